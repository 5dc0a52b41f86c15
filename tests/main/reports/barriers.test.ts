import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BarrierSummary, BarrierView, CaseBarrierLink } from '../../../src-main/contract/channels/barriers';
import type { StatisticsReport } from '../../../src-main/contract/channels/reports';
import { EXAMPLE_BARRIERS } from '../../../src-main/core/barriers/examples';
import { deleteCaseRows } from '../helpers/report-fixtures';
import { buildDataset, Q3, tableOf, type Dataset } from './report-dataset';

/** The app's clock in these tests: links made "today" fall into Q3 2026. */
const TODAY = Date.parse('2026-09-20T10:00:00Z');
let ds: Dataset;
let barrier: BarrierView;
beforeAll(async () => {
  ds = await buildDataset(() => TODAY);
  const example = EXAMPLE_BARRIERS[0]!;
  barrier = await ds.office.must<BarrierView>(
    'barriers.create',
    { title: example.title, category: example.category, description: example.description, responsible: example.responsible, kommuneIds: [ds.kommuneB], firstNoticedOn: '2026-06-15' },
    ds.lead.clientId,
  );
});
afterAll(() => ds.office.cleanup());

const db = () => ds.office.core.office.database();
const get = (clientId = ds.lead.clientId) => ds.office.must<BarrierView>('barriers.get', { id: barrier.id }, clientId);
const auditActions = () => (db().raw.prepare('SELECT action, entity, entity_id AS entityId FROM audit_events ORDER BY id').all() as { action: string; entity: string; entityId: string }[]);

describe('the barrier register', () => {
  it('creates a barrier in status erkannt with the first log entry, audited', async () => {
    expect(barrier).toMatchObject({ status: 'erkannt', kommunen: [{ id: ds.kommuneB, name: 'Beispielheim' }], affectedCases: 0, affectedPersons: 0, version: 0 });
    expect(barrier.log).toEqual([expect.objectContaining({ on: '2026-06-15', kind: 'status', status: 'erkannt' })]);
    expect(auditActions()).toContainEqual({ action: 'barrier.create', entity: 'barrier', entityId: barrier.id });
  });

  it('offers five typed examples for the demo data', () => {
    expect(EXAMPLE_BARRIERS).toHaveLength(5);
    expect(EXAMPLE_BARRIERS.map((b) => b.category)).toEqual(['aufenthalt_behoerden', 'sprache', 'kita_schule', 'arbeit_anerkennung', 'mobilitaet']);
  });

  it('refuses to send a barrier to an Arbeitskreis without naming it, then moves it with a dated log entry', async () => {
    const bad = await ds.office.call('barriers.setStatus', { id: barrier.id, version: 0, status: 'an_arbeitskreis', on: '2026-08-01' }, ds.lead.clientId);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Arbeitskreis') } });
    const moved = await ds.office.must<BarrierView>(
      'barriers.setStatus',
      { id: barrier.id, version: 0, status: 'an_arbeitskreis', on: '2026-08-01', note: 'In der Sitzung vorgestellt', workingGroup: 'AK Aufenthalt' },
      ds.cm1.clientId,
    );
    expect(moved).toMatchObject({ status: 'an_arbeitskreis', workingGroup: 'AK Aufenthalt', version: 1 });
    expect(moved.log.at(-1)).toMatchObject({ on: '2026-08-01', kind: 'status', status: 'an_arbeitskreis', text: 'In der Sitzung vorgestellt' });
    const stale = await ds.office.call('barriers.setStatus', { id: barrier.id, version: 0, status: 'benannt', on: '2026-08-02' }, ds.lead.clientId);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    barrier = moved;
  });

  it('appends actions and decisions; the log itself cannot be changed or deleted', async () => {
    barrier = await ds.office.must<BarrierView>('barriers.addLog', { id: barrier.id, on: '2026-08-20', kind: 'entscheidung', text: 'Lenkungsgruppe informieren' }, ds.lead.clientId);
    expect(barrier.log.map((l) => l.kind)).toEqual(['status', 'status', 'entscheidung']);
    expect(() => db().raw.prepare('UPDATE barrier_log SET text = ?').run('überschrieben')).toThrow(/append-only/);
    expect(() => db().raw.prepare('DELETE FROM barrier_log').run()).toThrow(/append-only/);
    const future = await ds.office.call('barriers.addLog', { id: barrier.id, on: '2099-01-01', kind: 'aktion', text: 'später' }, ds.lead.clientId);
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('filters the list by category, status, Kommune and words', async () => {
    const list = (input: object) => ds.office.must<BarrierSummary[]>('barriers.list', input, ds.cm2.clientId);
    expect(await list({ category: 'aufenthalt_behoerden' })).toHaveLength(1);
    expect(await list({ category: 'wohnraum' })).toHaveLength(0);
    expect(await list({ status: 'an_arbeitskreis', kommuneId: ds.kommuneB })).toHaveLength(1);
    expect(await list({ query: 'auslanderbehorde termin' })).toHaveLength(1);
    expect(await list({ query: 'Busverbindung' })).toHaveLength(0);
  });
});

describe('linking cases', () => {
  let link: CaseBarrierLink;

  it('links a case from inside it; the register counts it by Kommune and quarter, never who', async () => {
    link = await ds.office.must<CaseBarrierLink>(
      'barriers.linkCase',
      { barrierId: barrier.id, caseId: ds.familyCaseId, note: 'Familienvater wartet seit Mai auf Termin' },
      ds.cm1.clientId,
    );
    expect(link).toMatchObject({ barrierId: barrier.id, note: 'Familienvater wartet seit Mai auf Termin', goalId: null });
    await ds.office.must('barriers.linkCase', { barrierId: barrier.id, caseId: ds.singleCaseIds[0] }, ds.cm1.clientId);

    const view = await get();
    expect(view.impact.total).toEqual({ cases: 2, persons: 5 });
    expect(view.impact.byKommune).toEqual([{ kommuneId: ds.kommuneA, kommuneName: 'Musterstadt', cases: 2, persons: 5 }]);
    expect(view.impact.byQuarter).toEqual([{ quarter: '2026-Q3', cases: 2, persons: 5 }]); // linked today, 20.09.2026
    expect(view.kommunen.map((k) => k.name).sort()).toEqual(['Beispielheim', 'Musterstadt']); // the case's Kommune joined
    expect(auditActions()).toContainEqual({ action: 'barrier.link', entity: 'case', entityId: ds.familyCaseId });

    const everything = JSON.stringify([view, await ds.office.must('barriers.list', {}, ds.lead.clientId)]);
    for (const secret of [ds.familyCaseId, ds.singleCaseIds[0]!, link.id, 'wartet seit Mai', ...ds.names]) expect(everything).not.toContain(secret);
  });

  it('refuses a second link of the same case, links by people who are not its managers, and team leads', async () => {
    expect(await ds.office.call('barriers.linkCase', { barrierId: barrier.id, caseId: ds.familyCaseId }, ds.cm1.clientId)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await ds.office.call('barriers.linkCase', { barrierId: barrier.id, caseId: ds.youngCaseId }, ds.cm1.clientId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ds.office.call('barriers.linkCase', { barrierId: barrier.id, caseId: ds.youngCaseId }, ds.lead.clientId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ds.office.call('barriers.linkCase', { barrierId: 'nicht-da', caseId: ds.youngCaseId }, ds.cm2.clientId)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('shows the note inside the case to its managers only', async () => {
    const mine = await ds.office.must<CaseBarrierLink[]>('barriers.linksForCase', { caseId: ds.familyCaseId }, ds.cm1.clientId);
    expect(mine).toEqual([expect.objectContaining({ barrierTitle: barrier.title, status: 'an_arbeitskreis', note: 'Familienvater wartet seit Mai auf Termin' })]);
    const lead = await ds.office.must<CaseBarrierLink[]>('barriers.linksForCase', { caseId: ds.familyCaseId }, ds.lead.clientId);
    expect(lead).toEqual([expect.objectContaining({ barrierTitle: barrier.title, note: null })]);
    expect(await ds.office.call('barriers.linksForCase', { caseId: ds.familyCaseId }, ds.cm2.clientId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(auditActions().filter((a) => a.action === 'barrier.links.read')).toHaveLength(2); // the refused read left no trace
  });

  it('creates a new barrier from a case with a stuck goal; the goal must belong to the case', async () => {
    const goalOf = (caseId: string) => (db().raw.prepare('SELECT id FROM goals WHERE case_id = ? LIMIT 1').get(caseId) as { id: string }).id;
    const input = { caseId: ds.youngCaseId, note: 'Kurs nicht erreichbar', barrier: { title: 'Keine Busverbindung zum Kursträger', category: 'mobilitaet' } };
    const wrongGoal = await ds.office.call('barriers.createFromCase', { ...input, goalId: goalOf(ds.familyCaseId) }, ds.cm2.clientId);
    expect(wrongGoal).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await ds.office.must<BarrierSummary[]>('barriers.list', { category: 'mobilitaet' }, ds.cm2.clientId)).toHaveLength(0); // rolled back

    const created = await ds.office.must<CaseBarrierLink>('barriers.createFromCase', input, ds.cm2.clientId);
    expect(created).toMatchObject({ barrierTitle: 'Keine Busverbindung zum Kursträger', status: 'erkannt', category: 'mobilitaet' });
    const view = await ds.office.must<BarrierView>('barriers.get', { id: created.barrierId }, ds.cm2.clientId);
    expect(view).toMatchObject({ kommunen: [{ id: ds.kommuneA }], affectedCases: 1, affectedPersons: 1 });
  });

  it('keeps the anonymous count when a linked case is deleted, and drops it when a link is undone', async () => {
    deleteCaseRows(db(), ds.familyCaseId);
    expect((await get()).impact.total).toEqual({ cases: 2, persons: 5 });

    const [single] = await ds.office.must<CaseBarrierLink[]>('barriers.linksForCase', { caseId: ds.singleCaseIds[0] }, ds.cm1.clientId);
    expect(await ds.office.call('barriers.unlinkCase', { linkId: single!.id }, ds.cm2.clientId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await ds.office.must('barriers.unlinkCase', { linkId: single!.id }, ds.cm1.clientId);
    expect((await get()).impact.total).toEqual({ cases: 1, persons: 4 });
    expect(auditActions()).toContainEqual({ action: 'barrier.unlink', entity: 'case', entityId: ds.singleCaseIds[0] });
  });

  it('counts barriers in the report by category and status at the end of the period', async () => {
    const r = await ds.office.must<StatisticsReport>('reports.statistics', Q3, ds.lead.clientId);
    const t = tableOf(r, 'huerden.kategorie_status');
    expect(t.protected).toBe(false);
    const row = t.rows.indexOf('aufenthalt_behoerden');
    expect(t.cells[row]![t.columns.indexOf('an_arbeitskreis')]).toBe(1); // moved on 01.08.2026
    expect(t.cells[t.rows.indexOf('mobilitaet')]![t.columns.indexOf('erkannt')]).toBe(1); // noticed today, from the case
    expect(t.grandTotal).toBe(2);
    const june = await ds.office.must<StatisticsReport>('reports.statistics', { from: '2026-06-01', to: '2026-06-30' }, ds.lead.clientId);
    const juneTable = tableOf(june, 'huerden.kategorie_status');
    expect(juneTable.cells[row]![juneTable.columns.indexOf('erkannt')]).toBe(1); // status then
  });
});
