import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../../src-main/contract';
import type { Result } from '../../../src-main/contract/result';
import { ROLES, type Role } from '../../../src-main/contract/roles';
import { setupAndLogin, type TempOffice } from '../helpers/temp-office';

const PASSWORD = 'Rollen-Passwort-1';
const NOBODY = '00000000-0000-4000-8000-000000000000';
const APPOINTMENT_SAMPLE = {
  title: 'Probe',
  type: 'Intern',
  start: { date: '2026-03-03', time: '10:00' },
  end: { date: '2026-03-03', time: '11:00' },
  staffIds: [NOBODY],
};

/**
 * One valid input per channel (validation runs before the access check, so an invalid sample would
 * hide the permission). Chosen to pass the gate without destroying the callers' sessions or data.
 * A new channel must add its sample here, or the matrix fails.
 */
const SAMPLES: Record<Channel, unknown> = {
  'app.status': {},
  'auth.setup': { officeName: 'Zweites Amt', adminUsername: 'zweit.admin', adminDisplayName: 'Zweit', adminPassword: 'Zweites-Passwort-1' },
  'auth.login': { username: 'probe.user', password: 'falsches-Passwort' },
  'auth.lock': {},
  'auth.unlock': { password: PASSWORD },
  'auth.logout': {},
  'auth.changePassword': { currentPassword: PASSWORD, newPassword: PASSWORD },
  'auth.recover': { recoveryCode: 'AAAA-BBBB-CCCC-DDDD', username: 'probe.user', newPassword: 'Neues-Passwort-1' },
  'users.list': {},
  'users.create': { username: 'matrix.neu', displayName: 'Neu (synthetisch)', role: 'fallmanagement', password: 'Neues-Passwort-1' },
  'users.update': { id: NOBODY, version: 0, displayName: 'Niemand' },
  'users.remove': { id: NOBODY },
  'users.resetPassword': { id: NOBODY, newPassword: 'Neues-Passwort-1' },
  'settings.get': {},
  'settings.update': { idleLockMinutes: 10 },
  'audit.verify': {},
  'appointments.range': { from: '2026-03-02', to: '2026-03-09' },
  'appointments.get': { id: NOBODY },
  'appointments.save': { id: NOBODY, version: 0, appointment: APPOINTMENT_SAMPLE },
  'appointments.move': { id: NOBODY, version: 0, startUtc: '2026-03-03T09:00:00Z', endUtc: '2026-03-03T10:00:00Z' },
  'appointments.cancel': { id: NOBODY, version: 0, reason: 'Krankheit' },
  'appointments.checkConflicts': { id: NOBODY, appointment: APPOINTMENT_SAMPLE },
  'appointments.caseOptions': {},
  'calendar.staffOptions': {},
  'availability.list': {},
  'availability.save': { staffId: NOBODY, version: 0, slots: [] },
  'calendar.exportIcs': { from: '2026-03-02', to: '2026-03-09' },
  'calendar.importIcsPreview': { content: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n' },
  'calendar.importIcs': { content: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n' },
  'partners.list': {},
  'partners.get': { id: NOBODY },
  'partners.create': { name: 'Matrix-Beratungsstelle (synthetisch)', kind: 'beratungsstelle' },
  'partners.update': { id: NOBODY, version: 0, name: 'Niemand' },
  'partners.remove': { id: NOBODY, version: 0 },
  'volunteers.list': {},
  'volunteers.create': { displayName: 'Matrix-Ehrenamt (synthetisch)' },
  'volunteers.update': { id: NOBODY, version: 0, helpsWith: 'Behördengänge' },
  'volunteers.listForCase': { caseId: NOBODY },
  'volunteers.assign': { volunteerId: NOBODY, caseId: NOBODY },
  'volunteers.unassign': { volunteerId: NOBODY, caseId: NOBODY },
  'consents.listForPerson': { personId: NOBODY },
  'consents.create': { personId: NOBODY, partnerId: NOBODY, purpose: 'Vermittlung', dataCategories: ['stammdaten'], givenOn: '2026-01-05' },
  'consents.withdraw': { id: NOBODY, version: 0, withdrawnOn: '2026-01-06' },
  'referrals.create': { caseId: NOBODY, personId: NOBODY, partnerId: NOBODY, purpose: 'Sprachkurs' },
  'referrals.listForCase': { caseId: NOBODY },
  'transfers.record': { caseId: NOBODY, personId: NOBODY, partnerId: NOBODY, dataCategories: ['kontaktdaten'] },
  'transfers.listForPerson': { personId: NOBODY },
  'disputes.mark': { entity: 'note', entityId: NOBODY, note: 'Bestritten' },
  'disputes.resolve': { id: NOBODY },
  'disputes.list': { entity: 'person', entityId: NOBODY },
  'disputes.listForCase': { caseId: NOBODY },
  'cases.block': { caseId: NOBODY, version: 0, reason: 'Sperrung' },
  'cases.unblock': { caseId: NOBODY, version: 0, reason: 'Entsperrung' },
  'documents.upload': { caseId: NOBODY, fileName: 'probe.pdf', contentBase64: 'JVBERi0xLjQK' },
  'documents.list': { caseId: NOBODY },
  'documents.download': { id: NOBODY },
  'documents.remove': { id: NOBODY },
  'backup.create': { path: '/kim-matrix-nicht-vorhanden/probe.kimbackup', secret: { source: 'passphrase', passphrase: 'Matrix-Sicherung-1' } },
  'backup.verify': { path: '/kim-matrix-nicht-vorhanden/probe.kimbackup', secret: { source: 'passphrase', passphrase: 'x' } },
  'backup.restore': { path: '/kim-matrix-nicht-vorhanden/probe.kimbackup', secret: { source: 'passphrase', passphrase: 'x' }, confirm: true },
  'backup.status': {},
  'backup.warnings': {},
  'backup.list': {},
  'backup.settings.get': {},
  'backup.settings.update': { warnAfterDays: 3 },
  'backup.pickPath': { purpose: 'save' },
  // Public, but refused by the service: this data directory already holds an office.
  'setup.verifyBackup': { path: '/kim-matrix-nicht-vorhanden/probe.kimbackup', secret: { source: 'passphrase', passphrase: 'x' } },
  'setup.restoreBackup': { path: '/kim-matrix-nicht-vorhanden/probe.kimbackup', secret: { source: 'passphrase', passphrase: 'x' }, confirm: true },
  'setup.pickBackupFile': {},
  'handover.export': { caseIds: [NOBODY], recipientPartnerId: NOBODY, passphrase: 'Matrix-Uebergabe-1' },
  // A preamble of a newer container format: refused with DB_NEWER before any key is needed.
  'handover.preview': { contentBase64: 'S0lNQkFLAAACAAAAAnt9', passphrase: 'x' },
  'handover.import': { contentBase64: 'S0lNQkFLAAACAAAAAnt9', passphrase: 'x', decisions: {} },
  'barriers.list': {},
  'barriers.get': { id: NOBODY },
  'barriers.create': { title: 'Matrix-Hürde (synthetisch)', category: 'sonstiges', firstNoticedOn: '2025-01-05' },
  'barriers.update': { id: NOBODY, version: 0, title: 'Niemand' },
  'barriers.setStatus': { id: NOBODY, version: 0, status: 'benannt', on: '2025-01-06' },
  'barriers.addLog': { id: NOBODY, on: '2025-01-06', kind: 'aktion', text: 'Gespräch' },
  'barriers.linkCase': { barrierId: NOBODY, caseId: NOBODY },
  'barriers.createFromCase': { caseId: NOBODY, barrier: { title: 'Matrix-Hürde', category: 'sonstiges' } },
  'barriers.unlinkCase': { linkId: NOBODY },
  'barriers.linksForCase': { caseId: NOBODY },
  'reports.statistics': { from: '2025-01-01', to: '2025-03-31' },
  'reports.lenkungsgruppe': { from: '2025-01-01', to: '2025-03-31' },
  'reports.export': { from: '2025-01-01', to: '2025-03-31', format: 'csv' },
  'kommunen.list': {},
  'kommunen.save': { name: 'Matrix-Kommune (synthetisch)' },
  'persons.get': { id: NOBODY },
  'persons.create': { caseId: NOBODY, relation: 'kind', person: { familyName: 'Probe', givenNames: 'Kind' } },
  'persons.update': { id: NOBODY, version: 0, patch: { phone: '0200 123' } },
  'persons.findDuplicates': { familyName: 'Probe', birthYear: 1990 },
  'households.create': { caseId: NOBODY, label: 'Probe', primaryRelation: 'elternteil' },
  'households.addMember': { householdId: NOBODY, personId: NOBODY, relation: 'kind' },
  'households.update': { id: NOBODY, version: 0, label: 'Probe' },
  'cases.create': { kommuneId: NOBODY, intakeReason: 'Probe', firstContactOn: '2025-01-06', members: [{ person: { familyName: 'Probe', givenNames: 'Person' } }] },
  'cases.update': { id: NOBODY, version: 0, intakeReason: 'Probe' },
  'cases.transition': { id: NOBODY, version: 0, to: 'assessment' },
  'cases.get': { id: NOBODY },
  'cases.list': {},
  'cases.managerOptions': {},
  'plan.get': { caseId: NOBODY },
  'assessments.save': { caseId: NOBODY, domain: 'wohnen', rating: 'stabil', assessedOn: '2025-01-06' },
  'goals.save': { caseId: NOBODY, domain: 'wohnen', description: 'Wohnung finden' },
  'measures.save': { goalId: NOBODY, description: 'Wohnungsbörse' },
  'followups.create': { caseId: NOBODY, dueOn: '2025-01-07', note: 'Nachfragen' },
  'followups.complete': { id: NOBODY, version: 0 },
  'followups.list': { caseId: NOBODY },
  'notes.create': { caseId: NOBODY, text: 'Probe' },
  'notes.update': { id: NOBODY, version: 0, text: 'Probe' },
  'notes.list': { caseId: NOBODY },
  'notes.history': { id: NOBODY },
  'timeline.get': { caseId: NOBODY },
  'search.global': { query: 'Probe' },
  'today.overview': {},
  'consultations.create': { caseId: NOBODY },
  'consultations.get': { id: NOBODY },
  'consultations.listForCase': { caseId: NOBODY },
  'consultations.saveDraft': { id: NOBODY, version: 0, content: {} },
  'consultations.finalise': { id: NOBODY, version: 0 },
  'consultations.addAddendum': { id: NOBODY, text: 'Nachtrag', reason: 'Korrektur' },
  'consultations.deleteDraft': { id: NOBODY, version: 0 },
  'consultations.printView': { id: NOBODY, copy: 'client' },
  'consultations.printed': { id: NOBODY, copy: 'file', output: 'pdf' },
  'print.toPdf': { fileName: 'beratung.pdf' },
  'print.dialog': {},
  'print.letterhead': {},
  'print.setLetterhead': { letterhead: { kommune: 'Matrixstadt', fachdienst: '', street: '', postalCode: '', city: '', phone: '', email: '' } },
  'print.setLogo': { dataUrl: null },
  'print.caseFile': { caseId: NOBODY },
  'print.consentForm': { consentId: NOBODY },
  'print.recorded': { document: 'fallakte', id: NOBODY, output: 'drucker' },
};

// Written by hand on purpose: the intended policy, independent of the contract it checks.
const INTENDED_ADMIN_ONLY: readonly string[] = ['users.list', 'kommunen.save', 'users.create', 'users.update', 'users.remove', 'users.resetPassword', 'settings.update', 'audit.verify', 'cases.unblock', 'backup.create', 'backup.verify', 'backup.restore', 'backup.status', 'backup.list', 'backup.settings.get', 'backup.settings.update', 'backup.pickPath', 'print.setLetterhead', 'print.setLogo'];
const INTENDED_PUBLIC: readonly string[] = ['app.status', 'auth.setup', 'auth.login', 'auth.recover', 'setup.verifyBackup', 'setup.restoreBackup', 'setup.pickBackupFile'];

function mayCall(channel: Channel, role: Role | null): boolean {
  const access = INTENDED_ADMIN_ONLY.includes(channel) ? (['administration'] as const) : contract[channel].access;
  if (access === 'public') return true;
  if (role === null) return false;
  return access === 'session' || access === 'user' || access.includes(role);
}

const clientOf = (role: Role) => `client-${role}`;
const usernameOf = (role: Role) => `matrix.${role}`;
let office: TempOffice;

/** Puts every caller back into a logged-in, unlocked session after a call that logged out or locked. */
async function restoreSessions(): Promise<void> {
  for (const role of ROLES) {
    const session = office.core.sessions.get(clientOf(role));
    if (!session) await office.must('auth.login', { username: usernameOf(role), password: PASSWORD }, clientOf(role));
    else if (session.locked) await office.must('auth.unlock', { password: PASSWORD }, clientOf(role));
  }
}

beforeAll(async () => {
  office = await setupAndLogin(); // the setup admin on test-client keeps the database open throughout
  for (const role of ROLES) {
    await office.must('users.create', { username: usernameOf(role), displayName: `Matrix ${role} (synthetisch)`, role, password: PASSWORD });
  }
  await office.must('users.create', { username: 'probe.user', displayName: 'Probe (synthetisch)', role: 'fallmanagement', password: 'Probe-Passwort-1' });
  await restoreSessions();
});
afterAll(() => office.cleanup());

describe('role matrix', () => {
  it('has exactly one valid sample input per channel', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...CHANNELS].sort());
    for (const ch of CHANNELS) expect(contract[ch].input.safeParse(SAMPLES[ch]).success, ch).toBe(true);
  });

  it('the contract matches the hand-written policy: admin-only stays admin-only, public stays the known few', () => {
    for (const ch of INTENDED_ADMIN_ONLY) expect(contract[ch as Channel]?.access, ch).toEqual(['administration']);
    expect(CHANNELS.filter((ch) => contract[ch].access === 'public').sort()).toEqual([...INTENDED_PUBLIC].sort());
  });

  it('answers every channel for every role and without a session exactly as the policy says', async () => {
    const outcomes: string[] = [];
    for (const channel of CHANNELS) {
      if (!Object.hasOwn(SAMPLES, channel)) throw new Error(`no sample input for ${channel}`);
      for (const role of [...ROLES, null]) {
        const clientId = role ? clientOf(role) : 'client-anonymous';
        const r = (await office.call(channel, SAMPLES[channel], clientId)) as Result<unknown>;
        const code = r.ok ? 'ok' : r.error.code;
        const label = `${channel} as ${role ?? 'no session'}: ${code}`;
        outcomes.push(label);
        if (mayCall(channel, role)) {
          expect(['FORBIDDEN', 'UNAUTHENTICATED', 'LOCKED', 'VALIDATION'], label).not.toContain(code);
        } else {
          expect(code, label).toBe(role ? 'FORBIDDEN' : 'UNAUTHENTICATED');
        }
        await restoreSessions();
      }
    }
    expect(outcomes).toHaveLength(CHANNELS.length * (ROLES.length + 1));
  });
});
