import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseBlockState } from '../../../src-main/contract/channels/disputes';
import { auditRows, caseVersion, createCase, officeWithStaff, type CaseFixture } from '../helpers/case-fixtures';
import { createConsent, createPartner } from './network-helpers';

let office: Awaited<ReturnType<typeof officeWithStaff>>;
let c: CaseFixture;
let partnerId: string;

beforeAll(async () => {
  office = await officeWithStaff();
  // Managed by a case manager and by the administration, so both could write before the block.
  c = await createCase(office, 'fm', { coManagers: [office.staff.userIds.admin] });
  partnerId = (await createPartner(office, 'Beratung Ost (synthetisch)')).id;
  await createConsent(office, { personId: c.personIds[0] as string, partnerId, givenOn: '2026-01-05' });
});
afterAll(() => office.cleanup());

const pdf = Buffer.from(`%PDF-1.4\n${randomBytes(8).toString('hex')}\n%%EOF\n`, 'latin1').toString('base64');

/** One write of each kind this part owns, on the fixture case. */
const writes = (client: string) => ({
  referral: () => office.call('referrals.create', { caseId: c.caseId, personId: c.personIds[0], partnerId, purpose: 'Beratung' }, client),
  document: () => office.call('documents.upload', { caseId: c.caseId, fileName: 'x.pdf', contentBase64: pdf }, client),
  consent: () => office.call('consents.create', { personId: c.personIds[0], partnerId, purpose: 'Beratung', dataCategories: ['stammdaten'], givenOn: '2026-01-05' }, client),
  dispute: () => office.call('disputes.mark', { entity: 'case', entityId: c.caseId, note: 'Angabe bestritten' }, client),
  // A write path of the case file itself (part A), guarded by the same flag.
  note: () => office.call('notes.create', { caseId: c.caseId, text: 'Vermerk (synthetisch)' }, client),
});

describe('blocking a case (§ 84 SGB X)', () => {
  it('only case workers may block, and a stale version is a conflict', async () => {
    expect(await office.call('cases.block', { caseId: c.caseId, version: caseVersion(office, c.caseId), reason: 'Sperrung' }, 'tl')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await office.call('cases.block', { caseId: c.caseId, version: caseVersion(office, c.caseId), reason: 'Sperrung' }, 'fm2')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await office.call('cases.block', { caseId: c.caseId, version: caseVersion(office, c.caseId) + 1, reason: 'Sperrung' }, 'fm')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('makes the case read-only for case managers, with a clear message, but not for the administration', async () => {
    for (const write of Object.values(writes('fm'))) expect((await write()).ok).toBe(true);
    const state = await office.must<CaseBlockState>('cases.block', { caseId: c.caseId, version: caseVersion(office, c.caseId), reason: 'Antrag auf Sperrung nach § 84 SGB X' }, 'fm');
    expect(state).toMatchObject({ blocked: true, blockedReason: 'Antrag auf Sperrung nach § 84 SGB X' });

    for (const [name, write] of Object.entries(writes('fm'))) {
      const r = await write();
      expect(r, name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      if (!r.ok) expect(r.error.message, name).toMatch(/gesperrt/);
    }
    for (const [name, write] of Object.entries(writes('test-client'))) expect((await write()).ok, name).toBe(true);
    // Reading stays possible.
    expect((await office.call('documents.list', { caseId: c.caseId }, 'fm')).ok).toBe(true);
    expect((await office.call('referrals.listForCase', { caseId: c.caseId }, 'tl')).ok).toBe(true);
  });

  it('is lifted by the administration only, with a reason, after which case managers write again', async () => {
    const input = () => ({ caseId: c.caseId, version: caseVersion(office, c.caseId), reason: 'Sperrgrund entfallen' });
    expect(await office.call('cases.unblock', input(), 'fm')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const state = await office.must<CaseBlockState>('cases.unblock', input(), 'test-client');
    expect(state).toMatchObject({ blocked: false, blockedReason: null });
    expect(await office.call('cases.unblock', input(), 'test-client')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await writes('fm').document()).ok).toBe(true);
  });

  it('keeps every block and unblock with its reason and audits both without the reason', () => {
    const db = office.core.office.database();
    const events = db.raw.prepare('SELECT action, reason, user_id FROM case_block_events WHERE case_id = ? ORDER BY at, rowid').all(c.caseId);
    expect(events).toEqual([
      { action: 'gesperrt', reason: 'Antrag auf Sperrung nach § 84 SGB X', user_id: office.staff.userIds.fm },
      { action: 'entsperrt', reason: 'Sperrgrund entfallen', user_id: office.staff.userIds.admin },
    ]);
    const rows = auditRows(office).filter((r) => r.action === 'case.block' || r.action === 'case.unblock');
    expect(rows.map((r) => [r.action, r.entity_id])).toEqual([
      ['case.block', c.caseId],
      ['case.unblock', c.caseId],
    ]);
    expect(JSON.stringify(auditRows(office))).not.toMatch(/Sperrgrund|SGB/);
  });

  it('lets the administration block a case it does not manage', async () => {
    const other = await createCase(office, 'fm2');
    const state = await office.must<CaseBlockState>('cases.block', { caseId: other.caseId, version: caseVersion(office, other.caseId), reason: 'Sperrung' }, 'test-client');
    expect(state.blocked).toBe(true);
    const r = await office.call('documents.upload', { caseId: other.caseId, fileName: 'x.pdf', contentBase64: pdf }, 'fm2');
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
