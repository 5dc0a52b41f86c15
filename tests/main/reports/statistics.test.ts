import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatisticsReport } from '../../../src-main/contract/channels/reports';
import { buildDataset, Q3, rowsOf, tableOf, type Dataset } from './report-dataset';

let ds: Dataset;
beforeAll(async () => {
  ds = await buildDataset();
});
afterAll(() => ds.office.cleanup());

const report = (clientId: string, input: object = Q3) => ds.office.must<StatisticsReport>('reports.statistics', input, clientId);

describe('statistics for Q3 2026, all Kommunen (team lead)', () => {
  let r: StatisticsReport;
  beforeAll(async () => {
    r = await report(ds.lead.clientId);
  });

  it('says what it covers', () => {
    expect(r).toMatchObject({ from: Q3.from, to: Q3.to, kommuneId: null, kommuneName: null, scope: 'alle', hasData: true });
    expect(r.officeName).toBe('Fachdienst Soziales Musterstadt');
    expect(r.sections.map((s) => s.id)).toEqual(['faelle', 'personen', 'bedarfe', 'ziele', 'vermittlungen', 'beratungen', 'huerden']);
  });

  it('counts new, active and closed cases; small counts and what would give them away are hidden', () => {
    expect(rowsOf(tableOf(r, 'faelle.kennzahlen'))).toEqual({ neu: 7, aktiv: 9, abgeschlossen: 'klein' });
    const course = tableOf(r, 'faelle.verlauf');
    expect(course.rows).toEqual(['2026-07', '2026-08', '2026-09']);
    // July 6 new is hidden, or September's single new case would follow from the total 7.
    expect(course.cells).toEqual([['verdeckt', 0], [0, 'klein'], ['klein', 0]]);
    expect(course.columnTotals).toEqual([7, 'klein']);
  });

  it('sorts the active cases by household type at the end of the period', () => {
    const t = tableOf(r, 'faelle.haushalt');
    // 1 family, 1 single parent, 6 single persons, 1 young person: the three ones alone would sum
    // to 9 - 6 = 3, i.e. exactly 1 each, so the 6 is hidden too.
    expect(rowsOf(t)).toEqual({ familie_mit_kindern: 'klein', alleinerziehend: 'klein', einzelperson: 'verdeckt', junge_menschen: 'klein', sonstige: 0 });
    expect(t.columnTotals).toEqual([9]);
  });

  it('counts the people of the active cases by gender, age group at period end, origin, residence status and language', () => {
    expect(rowsOf(tableOf(r, 'personen.geschlecht'))).toEqual({ weiblich: 6, maennlich: 7, divers: 0, keine_angabe: 0 });
    expect(tableOf(r, 'personen.geschlecht').columnTotals).toEqual([13]);
    expect(rowsOf(tableOf(r, 'personen.alter'))).toEqual({ '0-5': 'klein', '6-17': 'klein', '18-26': 'klein', '27-64': 9, '65+': 0, unbekannt: 0 });
    expect(rowsOf(tableOf(r, 'personen.herkunft'))).toEqual({ Syrien: 6, Ukraine: 'klein', Afghanistan: 'klein', Eritrea: 'klein' });
    expect(rowsOf(tableOf(r, 'personen.aufenthalt'))).toMatchObject({ aufenthaltserlaubnis: 6, schutz_24: 'klein', asylverfahren: 'klein', unbekannt: 'klein', duldung: 0 });
    const languages = tableOf(r, 'personen.sprachen');
    expect(rowsOf(languages)).toEqual({ Arabisch: 6, Ukrainisch: 'klein', Dari: 'klein', Russisch: 'klein', Tigrinya: 'klein' });
    expect(languages.columnTotals).toBeNull();
  });

  it('counts life domains with need at assessment (active cases) and at closure (closed cases)', () => {
    const t = rowsOf(tableOf(r, 'bedarfe.lebensbereiche'));
    expect(t.wohnen).toEqual([7, 'klein']);
    expect(t.sprache).toEqual([6, 0]);
    expect(t.bildung).toEqual(['klein', 0]); // rated stabil at the later assessment: no need at closure
    expect(t.arbeit).toEqual([0, 0]);
  });

  it('counts goals set and achieved', () => {
    const t = tableOf(r, 'ziele.lebensbereiche');
    expect(rowsOf(t)).toMatchObject({ wohnen: [7, 'verdeckt'], sprache: ['verdeckt', 0], bildung: ['klein', 'klein'], arbeit: [0, 0] });
    expect(t.columnTotals).toEqual([14, 7]);
  });

  it('counts the referrals made in the period by kind of partner (the June one is outside)', () => {
    const t = tableOf(r, 'vermittlungen.partnerart');
    expect(rowsOf(t)).toMatchObject({ kita: 'klein', sprachkurstraeger: 'klein', jobcenter: 0 });
    expect(t.columnTotals).toEqual(['klein']);
  });
});

describe('who sees what', () => {
  it('gives a case manager the figures of their own cases only', async () => {
    const own = await report(ds.cm1.clientId);
    expect(own.scope).toBe('eigene');
    expect(rowsOf(tableOf(own, 'faelle.kennzahlen'))).toEqual({ neu: 6, aktiv: 7, abgeschlossen: 'klein' });
    expect(tableOf(own, 'personen.geschlecht').columnTotals).toEqual([10]);

    const other = await report(ds.cm2.clientId);
    expect(rowsOf(tableOf(other, 'faelle.kennzahlen'))).toEqual({ neu: 'klein', aktiv: 'klein', abgeschlossen: 0 });
    expect(rowsOf(tableOf(other, 'vermittlungen.partnerart'))).toMatchObject({ kita: 0, sprachkurstraeger: 'klein' });
  });

  it('gives the administration all Kommunen, and one Kommune when asked', async () => {
    const all = await report('test-client');
    expect(all.scope).toBe('alle');
    expect(rowsOf(tableOf(all, 'faelle.kennzahlen'))).toEqual({ neu: 7, aktiv: 9, abgeschlossen: 'klein' });

    const b = await report('test-client', { ...Q3, kommuneId: ds.kommuneB });
    expect(b.kommuneName).toBe('Beispielheim');
    expect(rowsOf(tableOf(b, 'faelle.kennzahlen'))).toEqual({ neu: 0, aktiv: 'klein', abgeschlossen: 0 });
    expect(tableOf(b, 'personen.geschlecht').columnTotals).toEqual(['klein']);
  });
});

describe('bad and empty input', () => {
  it('refuses a period that ends before it starts, in German', async () => {
    const r = await ds.office.call('reports.statistics', { from: '2026-09-30', to: '2026-07-01' }, ds.lead.clientId);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Ende des Zeitraums') } });
  });

  it('refuses an unknown Kommune', async () => {
    const r = await ds.office.call('reports.statistics', { ...Q3, kommuneId: 'nicht-vorhanden' }, ds.lead.clientId);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers a period without data with an empty report that says so', async () => {
    const r = await report(ds.lead.clientId, { from: '2020-01-01', to: '2020-03-31' });
    expect(r.hasData).toBe(false);
    expect(rowsOf(tableOf(r, 'faelle.kennzahlen'))).toEqual({ neu: 0, aktiv: 0, abgeschlossen: 0 });
    expect(tableOf(r, 'personen.herkunft').rows).toEqual([]);
    expect(tableOf(r, 'personen.geschlecht').columnTotals).toEqual([0]);
  });
});
