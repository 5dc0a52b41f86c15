import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../src-main/contract/channels/backup';
import { setPathPicker, type PickPurpose } from '../../../src-main/core/backup/backup-runtime';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { hashTree, listFiles } from '../helpers/file-hashes';
import { ADMIN, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';
import { addMarkers, BACKUP_PASSPHRASE, expectFailure, expectMarkersVisible, loginAdmin, PASS_SECRET, removeFolder, tempFolder, type Markers } from './backup-helpers';
import { fromTheFuture, repackBackup } from './forge';

// Restore from the setup screen: a backup of a real encrypted office goes into an empty data
// directory through the public setup channels, and the original passwords open it again.

const WRONG_SECRET = { source: 'passphrase', passphrase: 'Falsches-Sicherungs-Passwort' } as const;

let offices: TempOffice[] = [];
let folders: string[] = [];
afterEach(() => {
  for (const o of offices) o.cleanup();
  for (const f of folders) removeFolder(f);
  offices = [];
  folders = [];
});

const track = <T extends TempOffice>(o: T): T => {
  offices.push(o);
  return o;
};
const folder = (label: string) => {
  const f = tempFolder(label);
  folders.push(f);
  return f;
};

/** Office A with marker data and a backup of it (sealed afterwards, like a closed app). */
async function officeWithBackup(secret: object = PASS_SECRET): Promise<{ source: TempOffice & { recoveryCode: string }; markers: Markers; file: string }> {
  const source = track(await setupAndLogin());
  const markers = await addMarkers(source);
  const file = join(folder('target'), 'amt.kimbackup');
  await source.must('backup.create', { path: file, secret });
  await source.must('auth.logout');
  return { source, markers, file };
}

/** A new workstation: an app started on a data directory that does not exist yet. */
function newWorkstation(now?: () => number): TempOffice {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'kim-setup-restore-')), 'daten');
  folders.push(join(dataDir, '..'));
  return track(openTempOffice(dataDir, now));
}

/** Files in the data directory other than the log (which records attempts on purpose). */
const dataFilesBesidesLogs = (o: TempOffice) => (existsSync(o.dataDir) ? listFiles(o.dataDir).filter((f) => !f.startsWith('logs')) : []);

describe('restore from the setup screen', () => {
  it('verifies, restores into an empty data directory, and the original admin password opens the data', async () => {
    const { markers, file } = await officeWithBackup();
    const fresh = newWorkstation();
    expect((await fresh.must<{ phase: string }>('app.status')).phase).toBe('setup');

    const summary = await fresh.must<BackupSummary>('setup.verifyBackup', { path: file, secret: PASS_SECRET });
    expect(summary).toMatchObject({ compatibility: 'same', keySource: 'passphrase', recordCounts: { users: 2, settings: 1 } });
    expect(fresh.core.office.phase).toBe('setup');
    expect(dataFilesBesidesLogs(fresh)).toEqual([]);

    const { restored } = await fresh.must<{ restored: BackupSummary }>('setup.restoreBackup', { path: file, secret: PASS_SECRET, confirm: true });
    expect(restored).toEqual(summary);
    expect((await fresh.must<{ phase: string; session: unknown }>('app.status')).phase).toBe('sealed');
    expect(dataFilesBesidesLogs(fresh).sort()).toEqual(['kim-fallakte.db', 'kim-fallakte.keys']);

    await loginAdmin(fresh);
    await expectMarkersVisible(fresh, markers);
    // The restore is in the restored database's audit chain (nobody was logged in), and the chain holds.
    const restoredEvents = fresh.core.office.database().raw.prepare("SELECT user_id FROM audit_events WHERE action = 'backup.restored'").all();
    expect(restoredEvents).toEqual([{ user_id: null }]);
    expect(await fresh.must('audit.verify')).toMatchObject({ ok: true });
    // Everyone else keeps their password too.
    await fresh.must('auth.logout');
    await fresh.must('auth.login', { username: markers.username, password: 'Marker-Passwort-1' });

    // And it stays an ordinary office after a restart: the setup channels are closed for good.
    const again = track(fresh.restart());
    expect((await again.must<{ phase: string }>('app.status')).phase).toBe('sealed');
    expectFailure(await again.call('setup.restoreBackup', { path: file, secret: PASS_SECRET, confirm: true }), 'ALREADY_SETUP', 'OFFICE_EXISTS');
  });

  it('is refused as soon as an office exists, sealed or open, and changes nothing', async () => {
    const { source, file } = await officeWithBackup();
    const before = hashTree(source.dataDir, (f) => f.startsWith('logs'));
    for (const [channel, input] of [
      ['setup.verifyBackup', { path: file, secret: PASS_SECRET }],
      ['setup.restoreBackup', { path: file, secret: PASS_SECRET, confirm: true }],
      ['setup.pickBackupFile', {}],
    ] as const) {
      const err = expectFailure(await source.call(channel, input, 'anonymous'), 'ALREADY_SETUP', 'OFFICE_EXISTS');
      expect(err.message).toContain('Es wurde nichts verändert.');
      await loginAdmin(source);
      expectFailure(await source.call(channel, input), 'ALREADY_SETUP', 'OFFICE_EXISTS');
      await source.must('auth.logout');
    }
    // Only the logins and logouts above changed the database.
    const after = hashTree(source.dataDir, (f) => f.startsWith('logs'));
    expect(after['kim-fallakte.keys']).toBe(before['kim-fallakte.keys']);
    expect(Object.keys(after).filter((f) => f.includes('.restore-') || f.startsWith('rollback'))).toEqual([]);
  });

  it('a setup that starts while the backup is being checked wins; the restore then changes nothing', async () => {
    const { file } = await officeWithBackup();
    const fresh = newWorkstation();
    const restoring = fresh.call('setup.restoreBackup', { path: file, secret: PASS_SECRET, confirm: true }, 'window-a');
    await fresh.must('auth.setup', { officeName: 'Neues Amt (synthetisch)', adminUsername: 'neu.admin', adminDisplayName: 'Neu', adminPassword: 'Neues-Passwort-1' }, 'window-b');
    expectFailure(await restoring, 'ALREADY_SETUP', 'OFFICE_EXISTS');
    await fresh.must('auth.login', { username: 'neu.admin', password: 'Neues-Passwort-1' });
    expect((await fresh.must<{ officeName: string }>('settings.get')).officeName).toBe('Neues Amt (synthetisch)');
    expect(dataFilesBesidesLogs(fresh).filter((f) => f.startsWith('.restore-') || f.startsWith('rollback'))).toEqual([]);
  });

  it('refuses while a first-run setup has written its database but not yet its key file', async () => {
    const { file } = await officeWithBackup();
    const fresh = newWorkstation();
    expect(fresh.core.office.phase).toBe('setup');
    mkdirSync(fresh.dataDir, { recursive: true });
    writeFileSync(dataFiles(fresh.dataDir).database, 'halb eingerichtet');
    expectFailure(await fresh.call('setup.verifyBackup', { path: file, secret: PASS_SECRET }), 'ALREADY_SETUP', 'OFFICE_EXISTS');
  });

  it('a wrong passphrase answers WRONG_PASSWORD, writes nothing, and further attempts are throttled', async () => {
    const { file, markers } = await officeWithBackup();
    let clock = Date.parse('2026-03-02T09:00:00Z');
    const fresh = newWorkstation(() => clock);

    const wrong = expectFailure(await fresh.call('setup.restoreBackup', { path: file, secret: WRONG_SECRET, confirm: true }), 'WRONG_PASSWORD');
    expect(wrong.message).not.toContain(WRONG_SECRET.passphrase);
    expect(fresh.core.office.phase).toBe('setup');
    expect(dataFilesBesidesLogs(fresh)).toEqual([]);

    // Even the right key must wait now, on both channels; the wait grows with each failure.
    const limited = expectFailure(await fresh.call('setup.restoreBackup', { path: file, secret: PASS_SECRET, confirm: true }), 'RATE_LIMITED');
    expect(limited.details?.retryAfterMs).toBe(1000);
    expectFailure(await fresh.call('setup.verifyBackup', { path: file, secret: PASS_SECRET }), 'RATE_LIMITED');
    clock += 1000;
    expectFailure(await fresh.call('setup.verifyBackup', { path: file, secret: WRONG_SECRET }), 'WRONG_PASSWORD');
    expect(expectFailure(await fresh.call('setup.verifyBackup', { path: file, secret: PASS_SECRET }), 'RATE_LIMITED').details?.retryAfterMs).toBe(2000);
    clock += 2000;

    await fresh.must('setup.restoreBackup', { path: file, secret: PASS_SECRET, confirm: true });
    await loginAdmin(fresh);
    await expectMarkersVisible(fresh, markers);
  });

  it('opens a backup written with the office recovery code; the old code still resets passwords afterwards', async () => {
    const source = track(await setupAndLogin());
    const file = join(folder('target'), 'code.kimbackup');
    await source.must('backup.create', { path: file, secret: { source: 'recovery', recoveryCode: source.recoveryCode } });
    const fresh = newWorkstation();

    expectFailure(await fresh.call('setup.verifyBackup', { path: file, secret: PASS_SECRET }), 'VALIDATION', 'KEY_SOURCE_MISMATCH');
    const secret = { source: 'recovery', recoveryCode: source.recoveryCode.toLowerCase() };
    await fresh.must('setup.restoreBackup', { path: file, secret, confirm: true });
    await fresh.must('auth.recover', { recoveryCode: source.recoveryCode, username: ADMIN.username, newPassword: 'Nach-Verlust-Neu-1' });
    await fresh.must('auth.login', { username: ADMIN.username, password: 'Nach-Verlust-Neu-1' });
  });

  it('a backup from a newer version: verify shows it as newer, restore names the version it needs and writes nothing', async () => {
    const { file } = await officeWithBackup();
    const future = join(folder('future'), 'zukunft.kimbackup');
    await repackBackup(file, future, { source: 'passphrase', passphrase: BACKUP_PASSPHRASE }, folder('work'), fromTheFuture);
    const fresh = newWorkstation();

    expect(await fresh.must<BackupSummary>('setup.verifyBackup', { path: future, secret: PASS_SECRET })).toMatchObject({ compatibility: 'newer', appVersion: '9.9.0' });
    const err = expectFailure(await fresh.call('setup.restoreBackup', { path: future, secret: PASS_SECRET, confirm: true }), 'DB_NEWER', 'BACKUP_NEWER');
    expect(err.message).toContain('KIM Fallakte 9.9.0');
    expect(fresh.core.office.phase).toBe('setup');
    expect(dataFilesBesidesLogs(fresh)).toEqual([]);
  });

  it('offers the shell\'s "open" dialog only while there is no office', async () => {
    const fresh = newWorkstation();
    expect(await fresh.must('setup.pickBackupFile')).toEqual({ supported: false, path: null });
    const asked: Array<[PickPurpose, string]> = [];
    setPathPicker(fresh.core, async (purpose, clientId) => {
      asked.push([purpose, clientId]);
      return '/mnt/usb/amt.kimbackup';
    });
    expect(await fresh.must('setup.pickBackupFile', {}, 'window:7')).toEqual({ supported: true, path: '/mnt/usb/amt.kimbackup' });
    expect(asked).toEqual([['open', 'window:7']]);
    await fresh.must('auth.setup', { officeName: 'Neues Amt (synthetisch)', adminUsername: 'neu.admin', adminDisplayName: 'Neu', adminPassword: 'Neues-Passwort-1' });
    expectFailure(await fresh.call('setup.pickBackupFile', {}, 'window:7'), 'ALREADY_SETUP', 'OFFICE_EXISTS');
    expect(asked).toHaveLength(1);
  });
});
