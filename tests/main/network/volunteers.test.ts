import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VolunteerView } from '../../../src-main/contract/channels/volunteers';
import { auditRows, createCase, officeWithStaff, type CaseFixture } from '../helpers/case-fixtures';

let office: Awaited<ReturnType<typeof officeWithStaff>>;
let mine: CaseFixture;
let theirs: CaseFixture;
beforeAll(async () => {
  office = await officeWithStaff();
  mine = await createCase(office, 'fm');
  theirs = await createCase(office, 'fm2');
});
afterAll(() => office.cleanup());

describe('volunteers (Ehrenamtliche)', () => {
  it('keeps minimal data, accompanies cases, and shows each reader only the cases they may open', async () => {
    const v = await office.must<VolunteerView>('volunteers.create', { displayName: 'Herr E. (synthetisch)', helpsWith: 'Begleitung zu Behörden, Arabisch' }, 'fm');
    expect(v).toMatchObject({ contact: null, active: true, caseIds: [] });
    await office.must('volunteers.assign', { volunteerId: v.id, caseId: mine.caseId }, 'fm');
    await office.must('volunteers.assign', { volunteerId: v.id, caseId: theirs.caseId }, 'fm2');
    expect(await office.call('volunteers.assign', { volunteerId: v.id, caseId: theirs.caseId }, 'fm')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const seenBy = async (client: string) => (await office.must<VolunteerView[]>('volunteers.list', {}, client)).find((x) => x.id === v.id)?.caseIds;
    expect(await seenBy('fm')).toEqual([mine.caseId]);
    expect(await seenBy('fm2')).toEqual([theirs.caseId]);
    expect(await seenBy('tl')).toEqual([mine.caseId, theirs.caseId].sort());

    expect((await office.must<VolunteerView[]>('volunteers.listForCase', { caseId: mine.caseId }, 'fm')).map((x) => x.id)).toEqual([v.id]);
    expect(await office.call('volunteers.listForCase', { caseId: mine.caseId }, 'fm2')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await office.must('volunteers.unassign', { volunteerId: v.id, caseId: mine.caseId }, 'fm');
    expect(await office.must<VolunteerView[]>('volunteers.listForCase', { caseId: mine.caseId }, 'fm')).toEqual([]);
  });

  it('updates with versions and refuses to assign an inactive volunteer', async () => {
    const v = await office.must<VolunteerView>('volunteers.create', { displayName: 'Frau F. (synthetisch)', contact: '0170 0000000' }, 'fm');
    const off = await office.must<VolunteerView>('volunteers.update', { id: v.id, version: v.version, active: false, contact: '' }, 'fm');
    expect(off).toMatchObject({ active: false, contact: null, version: v.version + 1 });
    expect(await office.call('volunteers.update', { id: v.id, version: v.version, helpsWith: 'x' }, 'fm')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await office.call('volunteers.assign', { volunteerId: v.id, caseId: mine.caseId }, 'fm')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await office.must<VolunteerView[]>('volunteers.list', {}, 'fm')).map((x) => x.id)).not.toContain(v.id);
    expect(await office.call('volunteers.create', { displayName: 'Y' }, 'tl')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('audits without names or contact data', () => {
    expect(auditRows(office).map((r) => r.action)).toEqual(expect.arrayContaining(['volunteer.create', 'volunteer.assign', 'volunteer.unassign', 'volunteer.update']));
    expect(JSON.stringify(auditRows(office))).not.toMatch(/Herr E|Frau F|0170/);
  });
});
