import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TodayOverview } from '../../../src-main/contract/channels/today';
import { insertCase, type CaseFixture } from '../helpers/case-fixtures';
import { createPartner, officeOnClock } from '../network/network-helpers';

// Heute starts every list from the user's own cases. A person can belong to several cases (primary
// person of one, household member of others) managed by different people: each user sees the
// person once per own case, linked to an own case, and nothing of the others' cases.

let office: Awaited<ReturnType<typeof officeOnClock>>;
let ofFm2: CaseFixture;
let ofFm: CaseFixture[];
let shared: string;

const sql = (text: string, ...params: unknown[]) => office.core.office.database().raw.prepare(text).run(...params);
const overview = (client: string) => office.must<TodayOverview>('today.overview', {}, client);

beforeAll(async () => {
  office = await officeOnClock('2026-03-10T10:00:00Z');
  const { fm, fm2 } = office.staff.userIds;
  ofFm2 = insertCase(office, [fm2]);
  shared = ofFm2.personIds[0]!;
  // fm's family cases: the household of fm2's primary person, and a second case of that household.
  ofFm = [insertCase(office, [fm], 1), insertCase(office, [fm], 1)];
  const household = ofFm[0]!.householdId!;
  sql('UPDATE persons SET household_id = ? WHERE id = ?', household, shared);
  sql('UPDATE cases SET household_id = ? WHERE id = ?', household, ofFm[1]!.caseId);
  sql(`UPDATE persons SET residence_expires_on = '2026-03-15', residence_document_type = 'Aufenthaltserlaubnis' WHERE id = ?`, shared);
  const partner = await createPartner(office, 'Sprachschule (synthetisch)');
  sql(
    `INSERT INTO consents (id, person_id, partner_id, purpose, data_categories, given_on, valid_until) VALUES (?, ?, ?, 'Sprachkurs', '["stammdaten"]', '2026-01-05', '2026-03-20')`,
    randomUUID(),
    shared,
    partner.id,
  );
  // Ten more cases of fm, changed one after the other (two at the same moment).
  for (let i = 0; i < 10; i++) {
    const c = insertCase(office, [fm]);
    sql('UPDATE cases SET updated_at = ? WHERE id = ?', `2026-03-0${i < 9 ? i + 1 : 9}T08:00:00.000Z`, c.caseId);
    ofFm.push(c);
  }
});
afterAll(() => office.cleanup());

describe('Heute across cases of several managers', () => {
  it('lists a shared person’s residence document once per own open case', async () => {
    const [first, second] = ofFm as [CaseFixture, CaseFixture];
    const mine = (await overview('fm')).residenceExpiries.filter((r) => r.personId === shared);
    expect(mine.map((r) => r.caseId).sort()).toEqual([first.caseId, second.caseId].sort());
    expect((await overview('fm2')).residenceExpiries.map((r) => r.caseId)).toEqual([ofFm2.caseId]);
    sql(`UPDATE cases SET phase = 'abschluss' WHERE id = ?`, second.caseId);
    expect((await overview('fm')).residenceExpiries.map((r) => r.caseId)).toEqual([first.caseId]);
    sql(`UPDATE cases SET phase = 'klaerung' WHERE id = ?`, second.caseId);
  });

  it('links an expiring consent to the user’s own case with the smallest id', async () => {
    const own = [ofFm[0]!.caseId, ofFm[1]!.caseId].sort()[0];
    expect((await overview('fm')).expiringConsents.map((e) => [e.personId, e.caseId])).toEqual([[shared, own]]);
    expect((await overview('fm2')).expiringConsents.map((e) => e.caseId)).toEqual([ofFm2.caseId]);
  });

  it('shows the eight most recently changed own cases, newest first', async () => {
    const recent = (await overview('fm')).recentCases;
    const expected = office.core.office
      .database()
      .raw.prepare(
        `SELECT c.id FROM cases c JOIN case_managers m ON m.case_id = c.id WHERE m.user_id = ? ORDER BY c.updated_at DESC, c.case_number DESC LIMIT 8`,
      )
      .all(office.staff.userIds.fm) as { id: string }[];
    expect(recent.map((c) => c.id)).toEqual(expected.map((r) => r.id));
    expect(recent.map((c) => c.updatedAt)).toEqual([...recent.map((c) => c.updatedAt)].sort().reverse());
  });

  it('gives a team lead without own cases empty lists', async () => {
    const t = await overview('tl');
    expect([t.residenceExpiries, t.expiringConsents, t.recentCases, t.followUpsOverdue, t.appointmentsToday]).toEqual([[], [], [], [], []]);
  });
});
