import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expiringConsents } from '../../../src-main/core/consents/expiring-consents';
import { createCase, type CaseFixture } from '../helpers/case-fixtures';
import { createConsent, createPartner, officeOnClock } from './network-helpers';

let office: Awaited<ReturnType<typeof officeOnClock>>;
let c: CaseFixture;
const TODAY = '2026-03-10';

beforeAll(async () => {
  office = await officeOnClock('2026-03-10T10:00:00Z');
  c = await createCase(office, 'fm', { persons: 2 });
  const partner = await createPartner(office, 'Kita Sonnenschein (synthetisch)');
  const [mother, child] = c.personIds as [string, string];
  const consent = (personId: string, validUntil: string | null) => createConsent(office, { personId, partnerId: partner.id, givenOn: '2026-01-05', validUntil });
  await consent(mother, '2026-03-09'); // expired yesterday
  await consent(mother, TODAY); // ends today
  await consent(child, '2026-05-05'); // last day of the 8-week window
  await consent(child, '2026-05-06'); // one day beyond
  await consent(child, null); // open-ended
  const withdrawn = await consent(mother, '2026-04-01');
  await office.must('consents.withdraw', { id: withdrawn.id, version: withdrawn.version, withdrawnOn: TODAY }, 'fm');
});
afterAll(() => office.cleanup());

const actor = (client: string) => {
  const s = office.core.sessions.get(client);
  if (!s) throw new Error(`no session on ${client}`);
  return s;
};

describe('expiring consents for the Heute page', () => {
  it('lists consents ending from today through the lead time, not withdrawn ones, soonest first', () => {
    const list = expiringConsents(office.core.office.database(), actor('fm'), TODAY);
    expect(list.map((e) => [e.validUntil, e.daysLeft, e.caseId])).toEqual([
      [TODAY, 0, c.caseId],
      ['2026-05-05', 56, c.caseId],
    ]);
    expect(list[0]).toMatchObject({ personId: c.personIds[0], partnerName: 'Kita Sonnenschein (synthetisch)', familyName: expect.stringMatching(/^Testperson/) });
  });

  it('honours a shorter lead time and, like the rest of Heute, shows only the own cases', () => {
    expect(expiringConsents(office.core.office.database(), actor('fm'), TODAY, 1).map((e) => e.validUntil)).toEqual([TODAY]);
    expect(expiringConsents(office.core.office.database(), actor('fm2'), TODAY)).toEqual([]);
    expect(expiringConsents(office.core.office.database(), actor('tl'), TODAY)).toEqual([]);
  });
});
