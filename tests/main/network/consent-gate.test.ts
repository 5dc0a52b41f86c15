import { afterEach, describe, expect, it } from 'vitest';
import type { ReferralView, TransferView } from '../../../src-main/contract/channels/referrals';
import { auditRows, createCase } from '../helpers/case-fixtures';
import { createConsent, createPartner, officeOnClock } from './network-helpers';

type Office = Awaited<ReturnType<typeof officeOnClock>>;
let office: Office | undefined;
afterEach(() => office?.cleanup());

// 10 March 2026, 11:00 in Berlin (CET, UTC+1).
const START = '2026-03-10T10:00:00Z';

async function setup() {
  office = await officeOnClock(START);
  const c = await createCase(office, 'fm', { persons: 2 });
  const partner = await createPartner(office, 'Sprachschule Nord (synthetisch)');
  const other = await createPartner(office, 'Jobcenter Süd (synthetisch)');
  const refer = (partnerId = partner.id, personId = c.personIds[0] as string) =>
    office!.call<ReferralView>('referrals.create', { caseId: c.caseId, personId, partnerId, purpose: 'Anmeldung Integrationskurs' }, 'fm');
  const transfers = (personId = c.personIds[0] as string) =>
    office!.must<TransferView[]>('transfers.listForPerson', { personId }, 'fm');
  return { office, c, partner, other, refer, transfers };
}

describe('consent gate on referrals and transfers', () => {
  it('refuses a referral without consent and logs nothing', async () => {
    const { refer, transfers } = await setup();
    const r = await refer();
    expect(r).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', details: { reason: 'none' } } });
    if (!r.ok) expect(r.error.message).toMatch(/keine Einwilligung/);
    expect(await transfers()).toEqual([]);
  });

  it('accepts a referral with a valid consent and logs it as a transfer with categories, time and user', async () => {
    const { office, c, partner, refer, transfers } = await setup();
    const consent = await createConsent(office, { personId: c.personIds[0] as string, partnerId: partner.id, givenOn: '2026-03-01', validUntil: '2026-12-31' });
    expect(consent.status).toBe('gueltig');
    const r = await refer();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ partnerName: partner.name, consentId: consent.id, referredOn: '2026-03-10', userName: 'Netz fm (synthetisch)' });
    const log = await transfers();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ partnerId: partner.id, consentId: consent.id, caseId: c.caseId, dataCategories: ['stammdaten', 'kontaktdaten'], at: START.replace('Z', '.000Z') });
    expect(await office.must<ReferralView[]>('referrals.listForCase', { caseId: c.caseId }, 'tl')).toHaveLength(1);
  });

  it('refuses once the consent is withdrawn, and keeps the withdrawn consent on record', async () => {
    const { office, c, partner, refer } = await setup();
    const consent = await createConsent(office, { personId: c.personIds[0] as string, partnerId: partner.id, givenOn: '2026-03-01' });
    expect((await refer()).ok).toBe(true);
    const withdrawn = await office.must<{ status: string; withdrawnOn: string }>('consents.withdraw', { id: consent.id, version: consent.version, withdrawnOn: '2026-03-10' }, 'fm');
    expect(withdrawn).toMatchObject({ status: 'widerrufen', withdrawnOn: '2026-03-10' });
    const r = await refer();
    expect(r).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', details: { reason: 'widerrufen' } } });
    if (!r.ok) expect(r.error.message).toMatch(/widerrufen/);
    const list = await office.must<{ id: string; status: string }[]>('consents.listForPerson', { personId: c.personIds[0] }, 'fm');
    expect(list.map((x) => [x.id, x.status])).toEqual([[consent.id, 'widerrufen']]);
  });

  it('holds through the last Berlin day of validity and refuses from the next Berlin midnight', async () => {
    const { office, c, partner, refer } = await setup();
    await createConsent(office, { personId: c.personIds[0] as string, partnerId: partner.id, givenOn: '2026-03-01', validUntil: '2026-03-10' });
    expect((await refer()).ok).toBe(true);
    await office.setClock('2026-03-10T22:59:59Z'); // 23:59:59 in Berlin, still the 10th
    expect((await refer()).ok).toBe(true);
    await office.setClock('2026-03-10T23:00:00Z'); // 00:00 on the 11th in Berlin
    const r = await refer();
    expect(r).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', details: { reason: 'abgelaufen' } } });
    const list = await office.must<{ status: string }[]>('consents.listForPerson', { personId: c.personIds[0] }, 'fm');
    expect(list[0]?.status).toBe('abgelaufen');
  });

  it('is valid from the day it was given, not before', async () => {
    const { office, c, partner, refer } = await setup();
    await createConsent(office, { personId: c.personIds[0] as string, partnerId: partner.id, givenOn: '2026-03-10' });
    expect((await refer()).ok).toBe(true);
    const future = await office.call('consents.create', { personId: c.personIds[0], partnerId: partner.id, purpose: 'x', dataCategories: ['stammdaten'], givenOn: '2026-03-11' }, 'fm');
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a referral to a partner the consent does not name', async () => {
    const { office, c, partner, other, refer } = await setup();
    await createConsent(office, { personId: c.personIds[0] as string, partnerId: partner.id, givenOn: '2026-03-01' });
    expect(await refer(other.id)).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', details: { reason: 'none' } } });
  });

  it('refuses for another member of the household: consent is per person', async () => {
    const { office, c, partner, refer } = await setup();
    await createConsent(office, { personId: c.personIds[0] as string, partnerId: partner.id, givenOn: '2026-03-01' });
    expect(await refer(partner.id, c.personIds[1])).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
  });

  it('refuses a transfer of categories the consent does not cover and names them', async () => {
    const { office, c, partner, transfers } = await setup();
    const personId = c.personIds[0] as string;
    await createConsent(office, { personId, partnerId: partner.id, givenOn: '2026-03-01', dataCategories: ['stammdaten', 'kontaktdaten', 'bildung'] });
    const send = (dataCategories: string[]) => office.call<TransferView>('transfers.record', { caseId: c.caseId, personId, partnerId: partner.id, dataCategories }, 'fm');
    const refused = await send(['bildung', 'gesundheit']);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', details: { reason: 'kategorien', missingCategories: ['gesundheit'] } } });
    if (!refused.ok) expect(refused.error.message).toContain('Gesundheit');
    const sent = await send(['bildung', 'stammdaten']);
    expect(sent.ok && sent.value.dataCategories).toEqual(['stammdaten', 'bildung']);
    expect((await transfers()).map((t) => t.dataCategories)).toEqual([['stammdaten', 'bildung']]);
  });

  it('uses a second, covering consent when the first one does not cover the categories', async () => {
    const { office, c, partner } = await setup();
    const personId = c.personIds[0] as string;
    await createConsent(office, { personId, partnerId: partner.id, givenOn: '2026-03-01', dataCategories: ['stammdaten'] });
    const wide = await createConsent(office, { personId, partnerId: partner.id, givenOn: '2026-03-02', dataCategories: ['stammdaten', 'gesundheit'] });
    const t = await office.must<TransferView>('transfers.record', { caseId: c.caseId, personId, partnerId: partner.id, dataCategories: ['gesundheit'] }, 'fm');
    expect(t.consentId).toBe(wide.id);
  });

  it('refuses a person outside the case and callers who may not write the case', async () => {
    const { office, c, partner } = await setup();
    const stranger = await createCase(office, 'fm2');
    await createConsent(office, { personId: c.personIds[0] as string, partnerId: partner.id, givenOn: '2026-03-01' });
    const input = { caseId: c.caseId, personId: c.personIds[0], partnerId: partner.id, purpose: 'Kurs' };
    expect(await office.call('referrals.create', { ...input, personId: stranger.personIds[0] }, 'fm')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await office.call('referrals.create', input, 'fm2')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await office.call('referrals.create', input, 'tl')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await office.call('consents.listForPerson', { personId: c.personIds[0] }, 'fm2')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await office.call('consents.listForPerson', { personId: c.personIds[0] }, 'tl')).ok).toBe(true);
  });

  it('audits consents, referrals and transfers by id only, never purpose or names', async () => {
    const { office, c, partner, refer } = await setup();
    const consent = await createConsent(office, { personId: c.personIds[0] as string, partnerId: partner.id, givenOn: '2026-03-01' });
    await refer();
    await office.must('transfers.listForPerson', { personId: c.personIds[0] }, 'fm');
    const rows = auditRows(office);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['consent.create', 'transfer.record', 'referral.create', 'transfer.list']));
    expect(rows.find((r) => r.action === 'consent.create')).toMatchObject({ entity: 'consent', entity_id: consent.id, user_id: office.staff.userIds.fm });
    const text = JSON.stringify(rows);
    for (const secret of ['Sprachkurs', 'Integrationskurs', 'Testperson', 'Sprachschule']) expect(text).not.toContain(secret);
  });
});
