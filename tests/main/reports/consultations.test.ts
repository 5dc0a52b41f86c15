import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, isNull } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportFile, ReportTable, StatisticsReport } from '../../../src-main/contract/channels/reports';
import { caseStatSnapshots } from '../../../src-main/core/db/schema';
import { protectCounts } from '../../../src-main/core/reports/suppression';
import { caseVersion, createCase, officeWithStaff } from '../helpers/case-fixtures';
import { deleteCaseRows } from '../helpers/report-fixtures';
import { MIGRATIONS_DIR } from '../helpers/temp-office';
import { buildDataset, Q3, type Dataset } from './report-dataset';
import { attackView, lineHasSpare, linearlyDetermined, pinnedByBounds } from './suppression-oracle';

// Section "Beratungen" against the hand-built data set (see report-dataset.ts for every record).

const FIRST_HALF = { from: '2026-05-01', to: '2026-06-30' };
const ID = 'beratungen.form_dolmetschung';

let ds: Dataset;
beforeEach(async () => {
  ds = await buildDataset();
});
afterEach(() => ds.office.cleanup());

const db = () => ds.office.core.office.database();
const report = (clientId: string, input: object = Q3) => ds.office.must<StatisticsReport>('reports.statistics', input, clientId);
const tableIn = (r: StatisticsReport): ReportTable => r.sections.find((s) => s.id === 'beratungen')!.tables.find((t) => t.id === ID)!;
const consultationTable = async (clientId: string, input: object = Q3) => tableIn(await report(clientId, input));
/** Row key → [with interpreter, without, row total]. */
const byForm = (t: ReportTable) => Object.fromEntries(t.rows.map((r, i) => [r, [...t.cells[i]!, t.rowTotals![i]!]]));

describe('consultations by form and interpreter', () => {
  it('has one row per form (and one for records without a form), with and without interpreter', async () => {
    const t = await consultationTable(ds.lead.clientId);
    expect(t.rows).toEqual(['im_buero', 'hausbesuch', 'telefonisch', 'video', 'begleitung', 'ohne_angabe']);
    expect(t.columns).toEqual(['mit', 'ohne']);
    expect(t).toMatchObject({ rowDimension: 'beratungsform', columnDimension: 'dolmetschung', chart: 'bar', protected: true });
  });

  it("counts a case manager's own finalised records of the period exactly: no draft, nothing from June", async () => {
    // cm1: S1–S6 (6 im Büro, 5 Hausbesuche) and the closed family case (2 Hausbesuche in Q3).
    const t = await consultationTable(ds.cm1.clientId);
    expect(byForm(t)).toEqual({
      im_buero: [0, 6, 6],
      hausbesuch: [7, 0, 7],
      telefonisch: [0, 0, 0],
      video: [0, 0, 0],
      begleitung: [0, 0, 0],
      ohne_angabe: [0, 0, 0],
    });
    expect(t.columnTotals).toEqual([7, 6]);
    expect(t.grandTotal).toBe(13);
  });

  it('shows small counts as "< 5" for one Kommune and for the other case manager', async () => {
    const b = await consultationTable('test-client', { ...Q3, kommuneId: ds.kommuneB });
    expect(byForm(b)).toMatchObject({ telefonisch: [0, 'klein', 'klein'], ohne_angabe: ['klein', 0, 'klein'], im_buero: [0, 0, 0] });
    expect(b.columnTotals).toEqual(['klein', 'klein']);
    expect(b.grandTotal).toBe('klein');

    const cm2 = await consultationTable(ds.cm2.clientId);
    expect(byForm(cm2)).toMatchObject({ telefonisch: [0, 'klein', 'klein'], video: ['klein', 0, 'klein'], ohne_angabe: ['klein', 0, 'klein'] });
  });

  it('protects all Kommunen together so that no hidden count can be worked out', async () => {
    // Truth for Q3: im Büro 0/6, Hausbesuch 7/0, telefonisch 0/1, Video 1/0, Begleitung 0/0, ohne Angabe 1/0.
    const truth = [[0, 6], [7, 0], [0, 1], [1, 0], [0, 0], [1, 0]];
    const t = await consultationTable(ds.lead.clientId);
    const shown = { cells: t.cells, rowTotals: t.rowTotals, columnTotals: t.columnTotals, grandTotal: t.grandTotal };
    const counts = { cells: truth, rowTotals: true, columnTotals: true };
    expect(shown).toEqual(protectCounts(counts));
    // Every shown number is the true one; every 1–4 is hidden; nothing hidden follows from the rest.
    const view = attackView(counts, shown);
    view.shown.forEach((row, i) =>
      row.forEach((c, j) => {
        if (typeof c === 'number') expect(c).toBe(view.truth[i]![j]);
        else if (view.truth[i]![j]! < 5) expect(c).toBe('klein');
      }),
    );
    expect(t.columnTotals?.[0]).toBe(9);
    expect(t.grandTotal).toBe(16);
    expect(linearlyDetermined(view)).toEqual([]);
    for (const cell of pinnedByBounds(view, 16)) expect(lineHasSpare(view, cell)).toBe(false);
  });

  it('keeps counting the records of a closed case after the case is deleted', async () => {
    const ownQ3 = await consultationTable(ds.cm1.clientId);
    const june = await consultationTable(ds.lead.clientId, FIRST_HALF);
    expect(byForm(june).begleitung).toEqual(['klein', 0, 'klein']);

    deleteCaseRows(db(), ds.familyCaseId);
    expect(db().raw.prepare('SELECT count(*) AS n FROM consultations WHERE case_id = ?').get(ds.familyCaseId)).toEqual({ n: 0 });
    expect(await consultationTable(ds.cm1.clientId)).toEqual(ownQ3);
    expect(await consultationTable(ds.lead.clientId, FIRST_HALF)).toEqual(june);
  });

  it('keeps date, form and interpreter yes/no in the snapshot: no interpreter name, no text', () => {
    const snap = db().orm.select().from(caseStatSnapshots).where(eq(caseStatSnapshots.caseId, ds.familyCaseId)).get()!;
    const facts = JSON.parse(snap.facts) as { consultations: unknown[] };
    expect(facts.consultations).toHaveLength(3);
    expect(facts.consultations).toContainEqual({ on: '2026-06-15', form: 'begleitung', interpreter: true });
    expect(snap.facts).not.toContain('Beispielname');
    expect(snap.facts).not.toContain('synthetisch');
  });

  it('lists the table in the exports with German labels', async () => {
    const file = await ds.office.must<ReportFile>('reports.export', { ...Q3, format: 'csv' }, ds.cm1.clientId);
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').split('\r\n');
    const at = lines.indexOf('Beratungen: Beratungen nach Form, mit und ohne Dolmetschung');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 9)).toEqual([
      'Form der Beratung;mit Dolmetschung;ohne Dolmetschung;Gesamt',
      'Im Büro;0;6;6',
      'Hausbesuch;7;0;7',
      'Telefonisch;0;0;0',
      'Video;0;0;0',
      'Begleitung;0;0;0',
      'ohne Angabe;0;0;0',
      'Gesamt;7;6;13',
    ]);
  });
});

describe('migration 0013: snapshots written before keep their consultations', () => {
  it("fills in the records of the snapshot's case, and an empty list for a deleted case", () => {
    const raw = db().raw;
    deleteCaseRows(db(), ds.familyCaseId); // its snapshot is orphaned now …
    raw.prepare("UPDATE case_stat_snapshots SET facts = json_remove(facts, '$.consultations')").run(); // … and all look old
    const old = db().orm.select().from(caseStatSnapshots).where(isNull(caseStatSnapshots.caseId)).get()!;
    const living = db().orm.select().from(caseStatSnapshots).all().find((s) => s.caseId !== null)!;
    // A closed case that still exists, with records: OLD gets two, one with interpreter and no form.
    raw.prepare("INSERT INTO consultations (id, case_id, held_on, form, interpreter, finalised_at) VALUES ('k1', ?, '2026-02-01', 'video', NULL, '2026-02-01T10:00:00Z'), ('k2', ?, '2026-03-01', NULL, '{\"name\":\"x\",\"language\":\"y\"}', '2026-03-01T10:00:00Z'), ('k3', ?, '2026-03-02', 'hausbesuch', NULL, NULL)").run(living.caseId, living.caseId, living.caseId);

    raw.exec(readFileSync(join(MIGRATIONS_DIR, '0013_report_snapshot_consultations.sql'), 'utf8'));
    const factsOf = (id: string) => JSON.parse(db().orm.select().from(caseStatSnapshots).where(eq(caseStatSnapshots.id, id)).get()!.facts) as Record<string, unknown>;
    expect(factsOf(old.id).consultations).toEqual([]);
    expect(factsOf(living.id).consultations).toEqual(
      expect.arrayContaining([
        { on: '2026-02-01', form: 'video', interpreter: false },
        { on: '2026-03-01', form: null, interpreter: true },
      ]),
    );
    expect(factsOf(living.id).consultations).toHaveLength(2); // the draft k3 does not count
    expect(factsOf(old.id).persons).toEqual(JSON.parse(old.facts).persons); // nothing else changed
  });
});

describe('a record finalised after the case was closed (service)', () => {
  it('counts in the report and stays when the case is deleted', async () => {
    const office = await officeWithStaff(() => Date.parse('2026-10-14T09:00:00Z'));
    try {
      const { caseId, personIds } = await createCase(office, office.staff.fm, { persons: 1 });
      const finalise = async (form: string, date: string) => {
        const { consultation } = await office.must<{ consultation: { id: string; version: number } }>('consultations.create', { caseId }, office.staff.fm);
        const saved = await office.must<{ id: string; version: number }>(
          'consultations.saveDraft',
          { id: consultation.id, version: consultation.version, content: { date, form, personIds, interpreter: { name: 'Dolmetscher (synthetisch)', language: 'Dari' } } },
          office.staff.fm,
        );
        await office.must('consultations.finalise', { id: saved.id, version: saved.version }, office.staff.fm);
      };
      const october = { from: '2026-10-01', to: '2026-10-31' };
      const table = async () => tableIn(await office.must<StatisticsReport>('reports.statistics', october, office.staff.tl));

      await finalise('im_buero', '2026-10-14');
      await office.must('cases.transition', { id: caseId, version: caseVersion(office, caseId), to: 'abschluss', closureReason: 'wegzug', goalAttainment: 'nicht_erreicht' }, office.staff.fm);
      await finalise('begleitung', '2026-10-14'); // written up after closing
      const expected = { im_buero: ['klein', 0, 'klein'], begleitung: ['klein', 0, 'klein'] };
      expect(byForm(await table())).toMatchObject(expected);

      deleteCaseRows(office.core.office.database(), caseId);
      expect(byForm(await table())).toMatchObject(expected);
    } finally {
      office.cleanup();
    }
  });
});
