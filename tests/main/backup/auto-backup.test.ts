import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupListEntry, BackupSettingsView, BackupStatus, BackupSummary } from '../../../src-main/contract/channels/backup';
import { runShutdownBackup } from '../../../src-main/core/backup/auto-backup';
import { backupWarnings } from '../../../src-main/core/backup/backup-status';
import { schedulerTick } from '../../../src-main/core/backup/scheduler';
import { ADMIN, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';
import { expectFailure, removeFolder, tempFolder } from './backup-helpers';

const AUTO_PASS = 'Automatik-Passwort-2026';
const DAY = 24 * 60 * 60_000;

let office: TempOffice | undefined;
let target: string | undefined;
afterEach(() => {
  office?.cleanup();
  if (target) removeFolder(target);
  office = target = undefined;
});

async function configuredOffice(startIso: string) {
  const clock = { now: Date.parse(startIso) };
  office = await setupAndLogin(openTempOffice(undefined, () => clock.now));
  target = tempFolder('auto');
  await office.must('backup.settings.update', { targetDir: target, autoPassphrase: AUTO_PASS, rotation: { daily: 3, weekly: 1, monthly: 0 } });
  return { o: office, clock, target };
}

const codes = (s: BackupStatus) => s.warnings.map((w) => w.code).sort();

describe('automatic backups', () => {
  it('warns until set up, then makes one verified backup per Berlin day and thins them out', async () => {
    const clock = { now: Date.parse('2026-03-02T07:00:00Z') };
    office = await setupAndLogin(openTempOffice(undefined, () => clock.now));
    expect(codes(await office.must<BackupStatus>('backup.status'))).toEqual(['AUTO_NOT_CONFIGURED', 'NO_BACKUP']);
    expect(await schedulerTick(office.core)).toBeNull();

    target = tempFolder('auto');
    writeFileSync(join(target, 'fremde-datei.txt'), 'bleibt liegen');
    const view = await office.must<BackupSettingsView>('backup.settings.update', { targetDir: target, autoPassphrase: AUTO_PASS, rotation: { daily: 3, weekly: 2, monthly: 0 } });
    expect(view).toMatchObject({ targetDir: target, automatic: true, autoPassphraseSet: true, warnAfterDays: 2 });
    expect(JSON.stringify(view)).not.toContain(AUTO_PASS);
    expect(readFileSync(join(office.dataDir, 'backup-settings.json'), 'utf8')).not.toContain(AUTO_PASS);

    expect(await schedulerTick(office.core)).toMatchObject({ done: true });
    expect(await schedulerTick(office.core)).toBeNull(); // today's exists
    const first = await office.must<{ backups: BackupListEntry[] }>('backup.list');
    expect(first.backups).toEqual([expect.objectContaining({ name: 'kim-fallakte-2026-03-02_080000.kimbackup', localDateTime: '2026-03-02T08:00:00', verified: true })]);
    const status = await office.must<BackupStatus>('backup.status');
    expect(status).toMatchObject({ lastGoodAt: '2026-03-02T07:00:00.000Z', targetReachable: true, autoPassphraseSet: true, warnings: [] });
    // The stored passphrase opens what the scheduler wrote.
    const summary = await office.must<BackupSummary>('backup.verify', { path: join(target, first.backups[0]!.name), secret: { source: 'passphrase', passphrase: AUTO_PASS } });
    expect(summary.recordCounts.users).toBe(1);

    for (let day = 1; day <= 9; day++) {
      clock.now += DAY;
      expect(await schedulerTick(office.core)).toMatchObject({ done: true });
    }
    const names = readdirSync(target).sort();
    // 3 daily (09.–11.03.) plus the newest of the previous ISO week (Sunday 08.03.); foreign files stay.
    expect(names).toEqual([
      'fremde-datei.txt',
      'kim-fallakte-2026-03-08_080000.kimbackup',
      'kim-fallakte-2026-03-09_080000.kimbackup',
      'kim-fallakte-2026-03-10_080000.kimbackup',
      'kim-fallakte-2026-03-11_080000.kimbackup',
    ]);
    // Backups kept running while the idle session was locked; the admin unlocks to look at them.
    await office.must('auth.unlock', { password: ADMIN.password });
    const listed = await office.must<{ backups: BackupListEntry[] }>('backup.list');
    expect(listed.backups.map((b) => b.verified)).toEqual([true, true, true, true]);
  });

  it('warns when the last good backup is older than the limit and when the target folder is gone', async () => {
    const { o, clock, target: dir } = await configuredOffice('2026-06-10T10:00:00Z');
    await schedulerTick(o.core);
    clock.now += 3 * DAY;
    await o.must('auth.unlock', { password: ADMIN.password }); // idle-locked after three days
    await o.must('backup.settings.update', { automatic: false });
    const overdue = backupWarnings(o.core);
    expect(overdue).toEqual([expect.objectContaining({ code: 'BACKUP_OVERDUE', days: 3 })]);
    expect(overdue[0]!.message).toContain('3 Tage');
    // Every user sees the warnings (for the Heute page), not the folder paths.
    await o.must('users.create', { username: 'fall.mitarbeit', displayName: 'Fall (synthetisch)', role: 'fallmanagement', password: 'Fall-Passwort-12' });
    await o.must('auth.login', { username: 'fall.mitarbeit', password: 'Fall-Passwort-12' }, 'fall-client');
    expect(await o.must('backup.warnings', {}, 'fall-client')).toEqual(overdue);
    expectFailure(await o.call('backup.status', {}, 'fall-client'), 'FORBIDDEN');

    await o.must('backup.settings.update', { automatic: true });
    rmSync(dir, { recursive: true, force: true });
    expect(await schedulerTick(o.core)).toEqual({ done: false, failed: 'TARGET_UNREACHABLE' });
    const status = await o.must<BackupStatus>('backup.status');
    expect(status.targetReachable).toBe(false);
    expect(codes(status)).toEqual(['BACKUP_OVERDUE', 'LAST_AUTO_FAILED', 'TARGET_UNREACHABLE']);
    // A failed attempt is retried after an hour, not at every look of the timer.
    expect(await schedulerTick(o.core)).toBeNull();
    clock.now += 61 * 60_000;
    expect(await schedulerTick(o.core)).toEqual({ done: false, failed: 'TARGET_UNREACHABLE' });
  });

  it('removes half-written automatic backups a crash left a day ago, never fresh ones or other files', async () => {
    const { o, clock, target: dir } = await configuredOffice('2026-06-10T10:00:00Z');
    const stale = join(dir, 'kim-fallakte-2026-06-08_100000.kimbackup.partial-0123456789abcdef');
    const fresh = join(dir, 'kim-fallakte-2026-06-10_095900.kimbackup.partial-fedcba9876543210');
    const foreign = join(dir, 'notizen.partial-0123456789abcdef');
    for (const f of [stale, fresh, foreign]) writeFileSync(f, 'halb');
    const twoDaysAgo = new Date(clock.now - 2 * DAY);
    utimesSync(stale, twoDaysAgo, twoDaysAgo);
    utimesSync(foreign, twoDaysAgo, twoDaysAgo);
    const minuteAgo = new Date(clock.now - 60_000);
    utimesSync(fresh, minuteAgo, minuteAgo);
    expect(await schedulerTick(o.core)).toMatchObject({ done: true });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(foreign)).toBe(true);
  });

  it('makes a backup when the app closes while the office is open, and none while sealed', async () => {
    const { o, target: dir } = await configuredOffice('2026-06-10T10:00:00Z');
    expect(await runShutdownBackup(o.core)).toMatchObject({ done: true });
    expect(readdirSync(dir)).toHaveLength(1);
    await o.must('auth.logout');
    expect(await runShutdownBackup(o.core)).toEqual({ done: false, skipped: 'not-open' });
  });

  it('"Jetzt sichern" without a path writes into the target folder; bad settings are refused', async () => {
    const { o, target: dir } = await configuredOffice('2026-06-10T10:00:00Z');
    await o.must('backup.create', { secret: { source: 'passphrase', passphrase: 'Manuelles-Passwort-1' } });
    expect((await o.must<{ backups: BackupListEntry[] }>('backup.list')).backups).toHaveLength(1);
    expectFailure(await o.call('backup.settings.update', { targetDir: join(o.dataDir, 'sicherungen') }), 'VALIDATION', 'OUTPUT_IN_DATA_DIR');
    expectFailure(await o.call('backup.settings.update', { targetDir: join(dir, 'gibt-es-nicht') }), 'IO', 'TARGET_UNREACHABLE');
    expectFailure(await o.call('backup.settings.update', { autoPassphrase: 'kurz' }), 'VALIDATION');
  });
});
