import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../src-main/contract/channels/timeline';
import type { TodayOverview } from '../../../src-main/contract/channels/today';
import { caseVersion, createCase, type CaseFixture } from '../helpers/case-fixtures';
import { createConsent, createPartner, officeOnClock } from './network-helpers';

// The network's parts of the case file pages: its Verlauf entries and its Heute section.

let office: Awaited<ReturnType<typeof officeOnClock>>;
let c: CaseFixture;

beforeAll(async () => {
  office = await officeOnClock('2026-03-10T10:00:00Z');
  c = await createCase(office, 'fm');
  const personId = c.personIds[0] as string;
  const partner = await createPartner(office, 'Migrationsdienst (synthetisch)');
  const consent = await createConsent(office, { personId, partnerId: partner.id, givenOn: '2026-03-01', validUntil: '2026-04-01' });
  await office.must('referrals.create', { caseId: c.caseId, personId, partnerId: partner.id, purpose: 'Anmeldung' }, 'fm');
  const pdf = Buffer.from(`%PDF-1.4\n${randomBytes(4).toString('hex')}\n`, 'latin1').toString('base64');
  await office.must('documents.upload', { caseId: c.caseId, fileName: 'bescheid.pdf', contentBase64: pdf }, 'fm');
  await office.must('disputes.mark', { entity: 'person', entityId: personId, note: 'Schreibweise bestritten' }, 'fm');
  await office.must('consents.withdraw', { id: consent.id, version: consent.version, withdrawnOn: '2026-03-10' }, 'fm');
  await createConsent(office, { personId, partnerId: partner.id, givenOn: '2026-03-10', validUntil: '2026-03-31' });
  await office.must('cases.block', { caseId: c.caseId, version: caseVersion(office, c.caseId), reason: 'Sperrung beantragt' }, 'fm');
});
afterAll(() => office.cleanup());

describe('network entries on the case pages', () => {
  it('shows referrals, consents, documents, disputes and the block in the Verlauf', async () => {
    const timeline = await office.must<TimelineEntry[]>('timeline.get', { caseId: c.caseId }, 'fm');
    const seen = timeline.map((e) => `${e.kind}:${e.event}`);
    for (const expected of ['referral:created', 'consent:given', 'consent:withdrawn', 'document:uploaded', 'dispute:marked', 'block:gesperrt']) expect(seen).toContain(expected);
    const only = await office.must<TimelineEntry[]>('timeline.get', { caseId: c.caseId, kinds: ['referral'] }, 'tl');
    expect(only.map((e) => e.summary)).toEqual(['Anmeldung']);
  });

  it('lists the case manager’s expiring consents on Heute, with the office lead time', async () => {
    const today = await office.must<TodayOverview>('today.overview', {}, 'fm');
    expect(today.expiringConsents.map((e) => [e.validUntil, e.daysLeft, e.caseId])).toEqual([['2026-03-31', 21, c.caseId]]);
    expect((await office.must<TodayOverview>('today.overview', {}, 'fm2')).expiringConsents).toEqual([]);
  });
});
