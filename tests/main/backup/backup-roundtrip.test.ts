import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupCreated, BackupSummary } from '../../../src-main/contract/channels/backup';
import { recoveryBackupKey } from '../../../src-main/core/backup/recovery-key';
import { commitRestore, prepareRestore } from '../../../src-main/core/backup/restore';
import { migrationsUpTo, openOfficeWith } from '../helpers/migrations-copy';
import { ADMIN, MIGRATIONS_DIR, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';
import { addMarkers, BACKUP_PASSPHRASE, expectFailure, expectMarkersVisible, loginAdmin, PASS_SECRET, removeFolder, tempFolder } from './backup-helpers';

let office: TempOffice | undefined;
let target: string | undefined;
afterEach(() => {
  office?.cleanup();
  if (target) removeFolder(target);
  office = target = undefined;
});

describe('backup → verify → lose everything → restore', () => {
  it('brings the office back into an empty data directory, with login and data', async () => {
    office = await setupAndLogin();
    const markers = await addMarkers(office);
    target = tempFolder('target');
    const out = join(target, 'amt.kimbackup');

    const created = await office.must<BackupCreated>('backup.create', { path: out, secret: PASS_SECRET });
    expect(created).toMatchObject({ path: out, recordCounts: { users: 2 } });
    const summary = await office.must<BackupSummary>('backup.verify', { path: out, secret: PASS_SECRET });
    expect(summary).toMatchObject({ compatibility: 'same', keySource: 'passphrase', recordCounts: { users: 2, settings: 1 } });
    expect(summary.schema.migrations).toBeGreaterThan(0);

    // Disk failure: the whole data directory is gone.
    const dataDir = office.dataDir;
    office.core.office.seal();
    rmSync(dataDir, { recursive: true, force: true });

    const prepared = await prepareRestore({ dataDir, migrationsDir: MIGRATIONS_DIR }, out, { source: 'passphrase', passphrase: BACKUP_PASSPHRASE }, { actorId: null });
    expect(prepared.summary.recordCounts.users).toBe(2);
    commitRestore(prepared, Date.now());

    office = openTempOffice(dataDir);
    expect((await office.must<{ phase: string }>('app.status')).phase).toBe('sealed');
    await loginAdmin(office);
    await expectMarkersVisible(office, markers);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.restore-') || n === 'restore-journal.json' || n === 'rollback')).toEqual([]);
    // The restore is in the restored database's audit chain, and the chain is intact.
    expect(await office.must('audit.verify')).toMatchObject({ ok: true });
  });

  it('restores through the app: later changes disappear, everyone is logged out, the rollback copy stays until the next login', async () => {
    office = await setupAndLogin();
    const markers = await addMarkers(office);
    target = tempFolder('target');
    const out = join(target, 'vorher.kimbackup');
    await office.must('backup.create', { path: out, secret: PASS_SECRET });
    await office.must('settings.update', { officeName: 'Nach der Sicherung geändert' });

    const r = await office.must<{ restored: BackupSummary }>('backup.restore', { path: out, secret: PASS_SECRET, confirm: true });
    expect(r.restored.recordCounts.users).toBe(2);
    expect(office.core.sessions.size).toBe(0);
    expect(office.core.office.phase).toBe('sealed');
    expectFailure(await office.call('users.list'), 'UNAUTHENTICATED');
    expect(readdirSync(join(office.dataDir, 'rollback'))).toHaveLength(1);

    await loginAdmin(office);
    await expectMarkersVisible(office, markers);
    expect(existsSync(join(office.dataDir, 'rollback'))).toBe(false);
  });

  it('writes and opens backups with the office recovery code instead of a passphrase', async () => {
    const o = await setupAndLogin();
    office = o;
    target = tempFolder('target');
    const out = join(target, 'code.kimbackup');
    const secret = { source: 'recovery', recoveryCode: o.recoveryCode.toLowerCase().replace(/-/g, ' ') };
    await o.must('backup.create', { path: out, secret });
    const summary = await o.must<BackupSummary>('backup.verify', { path: out, secret: { source: 'recovery', recoveryCode: o.recoveryCode } });
    expect(summary.keySource).toBe('recovery');
    expectFailure(await o.call('backup.verify', { path: out, secret: PASS_SECRET }), 'VALIDATION', 'KEY_SOURCE_MISMATCH');

    // A code that is not the office's would make an unopenable backup: refused before writing.
    const wrong = await o.call('backup.create', { path: join(target, 'falsch.kimbackup'), secret: { source: 'recovery', recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' } });
    expectFailure(wrong, 'WRONG_PASSWORD');
    expect(existsSync(join(target, 'falsch.kimbackup'))).toBe(false);
    // The derivation is fixed by the format: same code, same key.
    const a = await recoveryBackupKey(o.recoveryCode);
    const b = await recoveryBackupKey(o.recoveryCode.toLowerCase());
    expect(a).toEqual(b);
  });

  it('restores a backup of an older app version; the next login migrates it and keeps a pre-migration copy', async () => {
    const older = migrationsUpTo(1);
    const oldDir = mkdtempSync(join(tmpdir(), 'kim-backup-oldapp-'));
    target = tempFolder('target');
    try {
      const oldApp = openOfficeWith(oldDir, older);
      await oldApp.must('auth.setup', { officeName: 'Altes Amt (synthetisch)', adminUsername: ADMIN.username, adminDisplayName: ADMIN.displayName, adminPassword: ADMIN.password });
      await oldApp.must('auth.login', { username: ADMIN.username, password: ADMIN.password });
      await oldApp.must('users.create', { username: 'alt.nutzer', displayName: 'Alte Daten (synthetisch)', role: 'teamleitung', password: 'Alt-Passwort-123' });
      const out = join(target, 'alt.kimbackup');
      await oldApp.must('backup.create', { path: out, secret: PASS_SECRET });
      oldApp.core.office.seal();

      office = await setupAndLogin();
      const summary = await office.must<BackupSummary>('backup.verify', { path: out, secret: PASS_SECRET });
      expect(summary).toMatchObject({ compatibility: 'older', schema: { migrations: 1 } });
      await office.must('backup.restore', { path: out, secret: PASS_SECRET, confirm: true });
      await loginAdmin(office);
      const users = await office.must<{ displayName: string }[]>('users.list');
      expect(users.map((u) => u.displayName)).toContain('Alte Daten (synthetisch)');
      expect(readdirSync(join(office.dataDir, 'pre-migration'))).toHaveLength(1);
    } finally {
      rmSync(older, { recursive: true, force: true });
      rmSync(oldDir, { recursive: true, force: true });
    }
  });

  it('refuses a short passphrase and a target inside the data directory', async () => {
    office = await setupAndLogin();
    target = tempFolder('target');
    const short = await office.call('backup.create', { path: join(target, 'x.kimbackup'), secret: { source: 'passphrase', passphrase: 'zu-kurz-1' } });
    expect(expectFailure(short, 'VALIDATION', 'PASSPHRASE_TOO_SHORT').message).toContain('mindestens 12 Zeichen');
    expectFailure(await office.call('backup.create', { path: join(office.dataDir, 'x.kimbackup'), secret: PASS_SECRET }), 'VALIDATION', 'OUTPUT_IN_DATA_DIR');
    expect(readdirSync(target)).toEqual([]);
  });
});
