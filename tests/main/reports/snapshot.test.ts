import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatisticsReport } from '../../../src-main/contract/channels/reports';
import { caseStatSnapshots, persons } from '../../../src-main/core/db/schema';
import { caseVersion, createCase, officeWithStaff } from '../helpers/case-fixtures';
import { closeCase, deleteCaseRows, reopenCase } from '../helpers/report-fixtures';
import { buildDataset, Q3, rowsOf, tableOf, type Dataset } from './report-dataset';

let ds: Dataset;
beforeEach(async () => {
  ds = await buildDataset();
});
afterEach(() => ds.office.cleanup());

const db = () => ds.office.core.office.database();
const figures = async (input: object = Q3) => {
  const { generatedAt: _at, ...rest } = await ds.office.must<StatisticsReport>('reports.statistics', input, ds.lead.clientId);
  return rest;
};
const familySnapshot = () => db().orm.select().from(caseStatSnapshots).where(eq(caseStatSnapshots.caseId, ds.familyCaseId)).get();

describe('anonymous snapshot at closure', () => {
  it('keeps the report of an earlier period unchanged when the closed case is deleted', async () => {
    const before = await figures();
    const firstHalf = await figures({ from: '2026-05-01', to: '2026-06-30' });
    const familyPeople = db().orm.select({ id: persons.id }).from(persons).where(eq(persons.familyName, 'Familienvater')).all();
    expect(familyPeople).toHaveLength(1);

    deleteCaseRows(db(), ds.familyCaseId);
    expect(db().orm.select().from(persons).where(eq(persons.familyName, 'Familienvater')).all()).toHaveLength(0);

    expect(await figures()).toEqual(before);
    expect(await figures({ from: '2026-05-01', to: '2026-06-30' })).toEqual(firstHalf);
    // The snapshot no longer points to any case.
    const orphans = db().orm.select().from(caseStatSnapshots).all().filter((s) => s.caseId === null);
    expect(orphans).toHaveLength(1);
  });

  it('stores categories and counts only: no name, no person id', () => {
    const snap = familySnapshot()!;
    const stored = JSON.stringify(snap);
    for (const name of ds.names) expect(stored).not.toContain(name);
    for (const p of db().orm.select({ id: persons.id }).from(persons).all()) expect(stored).not.toContain(p.id);
    const facts = JSON.parse(snap.facts) as { persons: unknown[] };
    expect(facts.persons).toHaveLength(4);
    expect(facts.persons[0]).toEqual({ gender: 'maennlich', born: '1985-01', relation: 'elternteil', country: 'Ukraine', languages: ['Ukrainisch', 'Russisch'], residence: 'schutz_24' });
    expect(snap).toMatchObject({ kommuneId: ds.kommuneA, openedOn: '2026-05-10', closedOn: '2026-08-15', managerIds: JSON.stringify([ds.cm1.id]) });
  });

  it('reads a closed case without snapshot from the live tables with the same result', async () => {
    const withSnapshot = await figures();
    db().orm.delete(caseStatSnapshots).where(eq(caseStatSnapshots.caseId, ds.familyCaseId)).run();
    expect(await figures()).toEqual(withSnapshot);
  });

  it('lets a reopened case speak for itself, and replaces the snapshot when it is closed again', async () => {
    reopenCase(db(), ds.familyCaseId);
    const reopened = await figures();
    expect(rowsOf(tableOf(reopened, 'faelle.kennzahlen'))).toEqual({ neu: 7, aktiv: 9, abgeschlossen: 0 });

    closeCase(db(), ds.familyCaseId, '2026-09-20');
    expect(familySnapshot()?.closedOn).toBe('2026-09-20');
    expect(db().orm.select().from(caseStatSnapshots).all()).toHaveLength(2); // family + the old case, no duplicate
    const course = tableOf(await figures(), 'faelle.verlauf');
    expect(course.cells[2]).toEqual(['klein', 'klein']); // September: one new, one closed
  });
});

describe('closing through the case workflow (part A)', () => {
  it('writes the snapshot inside the closing transition and keeps one per case across a reopening', async () => {
    const office = await officeWithStaff(() => Date.parse('2026-10-14T09:00:00Z'));
    try {
      const { caseId } = await createCase(office, office.staff.fm, { persons: 3 });
      const version = () => caseVersion(office, caseId);
      const close = () => office.must('cases.transition', { id: caseId, version: version(), to: 'abschluss', closureReason: 'wegzug', goalAttainment: 'nicht_erreicht' }, office.staff.fm);
      const snapshots = () => office.core.office.database().orm.select().from(caseStatSnapshots).all();

      await close();
      expect(snapshots()).toEqual([expect.objectContaining({ caseId, openedOn: '2026-10-14', closedOn: '2026-10-14' })]);
      expect((JSON.parse(snapshots()[0]!.facts) as { persons: unknown[] }).persons).toHaveLength(3);

      await office.must('cases.transition', { id: caseId, version: version(), to: 'assessment', reason: 'Rückkehr in die Kommune' }, office.staff.fm);
      const october = { from: '2026-10-01', to: '2026-10-31' };
      const reopened = await office.must<StatisticsReport>('reports.statistics', october, office.staff.tl);
      expect(rowsOf(tableOf(reopened, 'faelle.kennzahlen'))).toEqual({ neu: 'klein', aktiv: 'klein', abgeschlossen: 0 });

      await close();
      expect(snapshots()).toHaveLength(1);
      const closed = await office.must<StatisticsReport>('reports.statistics', october, office.staff.tl);
      expect(rowsOf(tableOf(closed, 'faelle.kennzahlen'))).toEqual({ neu: 'klein', aktiv: 'klein', abgeschlossen: 'klein' });
    } finally {
      office.cleanup();
    }
  });
});
