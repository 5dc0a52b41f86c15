import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditVerifyResult } from '../../../src-main/contract/channels/audit';
import type { SessionView } from '../../../src-main/contract/channels/app';
import type { UserView } from '../../../src-main/contract/channels/users';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { keyFromRecoveryCode, openRaw, tamperAuditRow } from '../helpers/raw-db';
import { ADMIN, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';

interface AuditRow {
  id: number;
  at: string;
  user_id: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  prev_hash: string;
  hash: string;
}

// Personal data the audit trail must never contain: it records who did what to which id, not values.
const P = {
  office: 'Auditamt Marker Rt6', officeRenamed: 'Auditamt Neu Marker Zu2',
  adminUser: 'audit.admin', adminName: 'Audit Anzeigename Pq1', adminPassword: 'Audit-Passwort-11',
  staffUser: 'audit.staff', staffName: 'Audit Mitarbeiterin Wx8', staffRenamed: 'Audit Umbenannt Yy3',
};

let office: TempOffice | undefined;
let raw: ReturnType<typeof openRaw> | undefined;
afterEach(() => {
  raw?.close();
  raw = undefined;
  office?.cleanup();
});

const rows = () => raw!.prepare('SELECT * FROM audit_events ORDER BY id').all() as AuditRow[];

/**
 * Runs a call and asserts it appended exactly one event with this action. `entity` and `userId`
 * are checked when given (null: must be empty).
 */
async function expectOneEvent(
  step: () => Promise<unknown>,
  action: string,
  entity?: { entity: string; entityId: string } | null,
  userId?: string | null,
) {
  const before = rows().length;
  await step();
  const after = rows();
  expect(after, action).toHaveLength(before + 1);
  const ev = after.at(-1)!;
  expect(ev.action).toBe(action);
  if (entity !== undefined) expect({ entity: ev.entity, entityId: ev.entity_id }, action).toEqual(entity ?? { entity: null, entityId: null });
  if (userId !== undefined) expect(ev.user_id, action).toBe(userId);
}

async function freshOffice(): Promise<TempOffice & { recoveryCode: string }> {
  const o = await setupAndLogin();
  office = o;
  raw = openRaw(dataFiles(o.dataDir).database, await keyFromRecoveryCode(o.dataDir, o.recoveryCode));
  return o;
}

describe('audit trail', () => {
  it('records every state-changing call with action and entity, and no personal data', async () => {
    let now = Date.parse('2026-11-25T09:00:00Z');
    const o = openTempOffice(undefined, () => now);
    office = o;
    const { recoveryCode } = await o.must<{ recoveryCode: string }>('auth.setup', { officeName: P.office, adminUsername: P.adminUser, adminDisplayName: P.adminName, adminPassword: P.adminPassword });
    raw = openRaw(dataFiles(o.dataDir).database, await keyFromRecoveryCode(o.dataDir, recoveryCode));
    expect(rows().map((r) => r.action)).toEqual(['office.setup']);

    let me = '';
    await expectOneEvent(async () => (me = (await o.must<SessionView>('auth.login', { username: P.adminUser, password: P.adminPassword })).userId), 'auth.login', null);
    expect(rows().at(-1)!.user_id).toBe(me);
    await expectOneEvent(() => o.must('auth.lock'), 'auth.lock', null, me);
    await expectOneEvent(() => o.must('auth.unlock', { password: P.adminPassword }), 'auth.unlock', null, me);
    let staff!: UserView;
    await expectOneEvent(async () => (staff = await o.must<UserView>('users.create', { username: P.staffUser, displayName: P.staffName, role: 'fallmanagement', password: 'Staff-Passwort-1' })), 'user.create');
    expect(rows().at(-1)).toMatchObject({ entity: 'user', entity_id: staff.id, user_id: me });
    await expectOneEvent(() => o.must('users.update', { id: staff.id, version: staff.version, displayName: P.staffRenamed }), 'user.update', { entity: 'user', entityId: staff.id }, me);
    await expectOneEvent(() => o.must('settings.update', { officeName: P.officeRenamed, idleLockMinutes: 15 }), 'settings.update', null, me);
    await expectOneEvent(() => o.must('auth.changePassword', { currentPassword: P.adminPassword, newPassword: 'Audit-Passwort-22' }), 'user.password_set', { entity: 'user', entityId: me }, me);
    await expectOneEvent(() => o.must('users.resetPassword', { id: staff.id, newPassword: 'Staff-Passwort-2' }), 'user.password_set', { entity: 'user', entityId: staff.id }, me);
    await expectOneEvent(() => o.must('auth.recover', { recoveryCode, username: P.staffUser, newPassword: 'Staff-Passwort-3' }), 'user.password_set', { entity: 'user', entityId: staff.id }, null);
    await expectOneEvent(() => o.must('users.remove', { id: staff.id }), 'user.remove', { entity: 'user', entityId: staff.id }, me);
    await expectOneEvent(() => o.call('auth.login', { username: P.adminUser, password: 'falsch-falsch' }, 'other'), 'auth.failed', null, null);
    await expectOneEvent(() => o.must('auth.logout'), 'auth.logout', null, me);
    expect(o.core.office.phase).toBe('sealed');

    const text = JSON.stringify(rows());
    for (const [name, value] of Object.entries(P)) expect(text, name).not.toContain(value);

    now += 60_000; // past the delay the failed attempt caused
    await o.must('auth.login', { username: P.adminUser, password: 'Audit-Passwort-22' });
    const verify = await o.must<AuditVerifyResult>('audit.verify');
    expect(verify).toEqual({ ok: true, checked: rows().length, firstBrokenId: null });
  });

  it('finds a changed row', async () => {
    const o = await freshOffice();
    await o.must('auth.lock');
    await o.must('auth.unlock', { password: ADMIN.password });
    const ids = rows().map((r) => r.id);
    tamperAuditRow(raw!, ids[1]!);
    expect(await o.must<AuditVerifyResult>('audit.verify')).toEqual({ ok: false, checked: 1, firstBrokenId: ids[1] });
  });

  it('finds a deleted row (at the row after the gap)', async () => {
    const o = await freshOffice();
    await o.must('auth.lock');
    await o.must('auth.unlock', { password: ADMIN.password });
    const ids = rows().map((r) => r.id);
    raw!.exec('DROP TRIGGER audit_events_no_delete');
    raw!.prepare('DELETE FROM audit_events WHERE id = ?').run(ids[1]);
    expect(await o.must<AuditVerifyResult>('audit.verify')).toEqual({ ok: false, checked: 1, firstBrokenId: ids[2] });
  });

  it('finds a row rewritten with a recomputed hash, at the next link', async () => {
    const o = await freshOffice();
    await o.must('auth.lock');
    await o.must('auth.unlock', { password: ADMIN.password });
    const [, victim, next] = rows();
    const forged = { ...victim!, action: 'auth.logout' };
    const hash = createHash('sha256').update(JSON.stringify([forged.prev_hash, forged.at, forged.user_id, forged.action, forged.entity, forged.entity_id])).digest('hex');
    raw!.exec('DROP TRIGGER audit_events_no_update');
    raw!.prepare('UPDATE audit_events SET action = ?, hash = ? WHERE id = ?').run(forged.action, hash, victim!.id);
    expect(await o.must<AuditVerifyResult>('audit.verify')).toEqual({ ok: false, checked: 2, firstBrokenId: next!.id });
  });
});
