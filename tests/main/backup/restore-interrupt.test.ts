import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../src-main/contract/channels/backup';
import { commitRestore, prepareRestore } from '../../../src-main/core/backup/restore';
import { swapIn, type SwapStep } from '../../../src-main/core/backup/restore-journal';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { keyFromPassword, openRaw } from '../helpers/raw-db';
import { ADMIN, MIGRATIONS_DIR, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';
import { addMarkers, BACKUP_PASSPHRASE, loginAdmin, newMarker, PASS_SECRET, removeFolder, tempFolder, type Markers } from './backup-helpers';

// A restore stopped at any step of the file swap: either by a crash (the step throws and nothing
// cleans up; the next start must repair) or by an error the restore itself handles (rolls back).
// Afterwards the office holds either the old or the new database, whole.

const KM = { source: 'passphrase', passphrase: BACKUP_PASSPHRASE } as const;
const STEPS: SwapStep[] = [
  'journal',
  'move-old:kim-fallakte.db-wal',
  'move-old:kim-fallakte.db-shm',
  'move-old:kim-fallakte.db',
  'move-old:kim-fallakte.keys',
  'move-new:kim-fallakte.db',
  'move-new:kim-fallakte.keys',
  'finish',
];

let base: TempOffice;
let work: string;
let backupFile: string;
let backupMarkers: Markers;

beforeAll(async () => {
  base = await setupAndLogin();
  backupMarkers = await addMarkers(base);
  work = tempFolder('interrupt');
  backupFile = join(work, 'b.kimbackup');
  await base.must<BackupSummary>('backup.create', { path: backupFile, secret: PASS_SECRET });
  await base.must('auth.logout');
});
afterAll(() => {
  base.cleanup();
  removeFolder(work);
});

/**
 * A copy of the base office with one change made after the backup ("old" marker), left as a
 * crash would leave it: the change exists only in the WAL beside the database file.
 */
async function officeWithWalOnlyChange(label: string): Promise<{ dataDir: string; oldMarker: string }> {
  const dataDir = join(work, label);
  cpSync(base.dataDir, dataDir, { recursive: true });
  const o = openTempOffice(dataDir);
  await loginAdmin(o);
  const oldMarker = newMarker();
  await o.must('settings.update', { officeName: `Nach der Sicherung ${oldMarker}` });
  const side = join(work, `${label}-wal`);
  mkdirSync(side);
  const live = dataFiles(dataDir).database;
  for (const suffix of ['', '-wal', '-shm']) copyFileSync(live + suffix, join(side, `db${suffix}`));
  o.core.office.seal(); // checkpoints and removes the WAL …
  for (const suffix of ['', '-wal', '-shm']) copyFileSync(join(side, `db${suffix}`), live + suffix); // … so put the crash state back
  return { dataDir, oldMarker };
}

/** Next start: whichever database is there must be whole and open normally. */
async function nextStartHolds(dataDir: string): Promise<'old' | 'new'> {
  const o = openTempOffice(dataDir);
  try {
    expect(existsSync(join(dataDir, 'restore-journal.json'))).toBe(false);
    expect(o.core.office.phase).toBe('sealed');
    const key = await keyFromPassword(dataDir, ADMIN.username, ADMIN.password);
    const raw = openRaw(dataFiles(dataDir).database, key);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    await loginAdmin(o);
    expect(await o.must('audit.verify')).toMatchObject({ ok: true });
    const { officeName } = await o.must<{ officeName: string }>('settings.get');
    if (officeName === backupMarkers.officeName) return 'new';
    expect(officeName).toMatch(/^Nach der Sicherung MARKER/);
    return 'old';
  } finally {
    o.core.office.seal();
  }
}

describe('restore interrupted during the swap', () => {
  it('walks exactly these steps', async () => {
    const { dataDir } = await officeWithWalOnlyChange('steps');
    const prepared = await prepareRestore({ dataDir, migrationsDir: MIGRATIONS_DIR }, backupFile, KM, { actorId: null });
    const seen: SwapStep[] = [];
    commitRestore(prepared, Date.now(), { beforeStep: (s) => seen.push(s) });
    expect(seen).toEqual(STEPS);
    expect(await nextStartHolds(dataDir)).toBe('new');
  });

  for (const step of STEPS) {
    it(`crash before "${step}": the next start leaves one database whole`, async () => {
      const { dataDir, oldMarker } = await officeWithWalOnlyChange(`crash-${step.replace(/[^a-z]/g, '')}`);
      const prepared = await prepareRestore({ dataDir, migrationsDir: MIGRATIONS_DIR }, backupFile, KM, { actorId: null });
      expect(() =>
        swapIn(dataDir, prepared.stagingName, Date.now(), {
          beforeStep: (s) => {
            if (s === step) throw new Error('simulated crash');
          },
        }),
      ).toThrow('simulated crash');
      const outcome = await nextStartHolds(dataDir);
      // Before the journal exists nothing has moved; after it, the staged files are complete and the swap is finished.
      expect(outcome).toBe(step === 'journal' ? 'old' : 'new');
      if (outcome === 'old') {
        const o = openTempOffice(dataDir);
        await loginAdmin(o);
        expect((await o.must<{ officeName: string }>('settings.get')).officeName).toContain(oldMarker);
        o.core.office.seal();
      }
    });

    it(`error before "${step}": the restore puts the old files back and says so`, async () => {
      const { dataDir, oldMarker } = await officeWithWalOnlyChange(`error-${step.replace(/[^a-z]/g, '')}`);
      const prepared = await prepareRestore({ dataDir, migrationsDir: MIGRATIONS_DIR }, backupFile, KM, { actorId: null });
      let thrown: unknown;
      try {
        commitRestore(prepared, Date.now(), {
          beforeStep: (s) => {
            if (s === step) throw Object.assign(new Error('disk error'), { code: 'EIO' });
          },
        });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toMatchObject({ code: 'IO', details: { reason: 'SWAP_FAILED', cause: 'EIO' } });
      expect(readdirSync(dataDir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
      expect(await nextStartHolds(dataDir)).toBe('old');
      const o = openTempOffice(dataDir);
      await loginAdmin(o);
      expect((await o.must<{ officeName: string }>('settings.get')).officeName).toContain(oldMarker);
      o.core.office.seal();
    });
  }
});
