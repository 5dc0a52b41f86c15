import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../src-main/contract/channels/backup';
import { REPO_ROOT } from '../cli/cli-harness';
import { ADMIN, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';
import {
  addBulkRows,
  addMarkers,
  BACKUP_PASSPHRASE,
  expectMarkersVisible,
  filesWithMarkers,
  newMarker,
  newTmpEntries,
  PASS_SECRET,
  removeFolder,
  tempFolder,
  tmpEntries,
  type Markers,
} from './backup-helpers';

// Backup, verify and restore must never put personal data in plaintext on disk: not in the data
// directory, not in the target folder, not in the temp folder. Markers go in through real calls
// (and a bulk table so the backup takes a while); the disk is scanned after each step and, while a
// real child process works, every 100 ms.

let office: TempOffice;
let target: string;
let restoreDir: string;
let markers: Markers;
let needles: string[];
let tmpBefore: Set<string>;

const ENV = { KIM_USER: ADMIN.username, KIM_PASSWORD: ADMIN.password, KIM_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE };

// The data and target folders are new temp entries themselves: each file is reported once.
const scan = () => [...new Set(filesWithMarkers([office.dataDir, target, restoreDir, ...newTmpEntries(tmpBefore)], needles))];

/** Runs the command line in a child process while scanning the disk; resolves with the hits seen. */
function runWhileScanning(argv: string[]): Promise<{ code: number | null; stderr: string; hits: string[]; scans: number }> {
  return new Promise((resolve, reject) => {
    const hits = new Set<string>();
    let scans = 0;
    const child = spawn(process.execPath, ['--import', 'tsx', join('src-main', 'cli', 'main.ts'), ...argv], {
      cwd: REPO_ROOT,
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('KIM_'))), ...ENV },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setInterval(() => {
      for (const h of scan()) hits.add(h);
      scans++;
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, stderr, hits: [...hits], scans });
    });
  });
}

beforeAll(async () => {
  tmpBefore = tmpEntries();
  office = await setupAndLogin();
  markers = await addMarkers(office);
  const bulk = newMarker();
  addBulkRows(office, bulk, 3000); // about 25 MB
  needles = [...markers.all, bulk];
  target = tempFolder('plain-target');
  restoreDir = join(tempFolder('plain-restore'), 'daten');
});
afterAll(() => {
  office.cleanup();
  removeFolder(target);
  removeFolder(join(restoreDir, '..'));
});

describe('no plaintext on disk', () => {
  it('the scanner finds a plaintext marker (so its silence below means something)', () => {
    const probe = join(target, 'probe.txt');
    writeFileSync(probe, `Akte von ${markers.userDisplayName}`);
    expect(scan()).toEqual([probe]);
    removeFolder(probe);
    expect(scan()).toEqual([]);
  });

  it('backup in the app: nothing in plaintext after it', async () => {
    await office.must('backup.create', { path: join(target, 'app.kimbackup'), secret: PASS_SECRET });
    await office.must<BackupSummary>('backup.verify', { path: join(target, 'app.kimbackup'), secret: PASS_SECRET });
    expect(scan()).toEqual([]);
  });

  it('backup, verify and restore in real processes: nothing in plaintext during or after each', async () => {
    office.core.office.seal(); // the command line opens the office itself
    const file = join(target, 'cli.kimbackup');
    const created = await runWhileScanning(['backup', 'create', '--data-dir', office.dataDir, '--out', file]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.scans).toBeGreaterThan(3);
    expect(created.hits).toEqual([]);

    const verified = await runWhileScanning(['backup', 'verify', file]);
    expect(verified.code).toBe(0);
    expect(verified.hits).toEqual([]);

    const restored = await runWhileScanning(['backup', 'restore', file, '--data-dir', restoreDir, '--yes']);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.hits).toEqual([]);
    expect(scan()).toEqual([]);

    // And the data really is in there, behind the password.
    const back = openTempOffice(restoreDir);
    await back.must('auth.login', { username: ADMIN.username, password: ADMIN.password });
    await expectMarkersVisible(back, markers);
    back.core.office.seal();
    expect(scan()).toEqual([]);
  });
});
