import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { damagedFolderName } from '../../../src-main/core/backup/damaged-files';
import { commitRestore, prepareRestore } from '../../../src-main/core/backup/restore';
import { swapIn, type SwapStep } from '../../../src-main/core/backup/restore-journal';
import { ADMIN, MIGRATIONS_DIR, openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';
import { addMarkers, BACKUP_PASSPHRASE, expectFailure, loginAdmin, PASS_SECRET, removeFolder, tempFolder, type Markers } from './backup-helpers';
import { damageDatabase, damagedFolders, officeFileHashes } from './damaged-office';
import { childKiller } from './kill-child';

// A restore from the failure screen stopped during the file swap: by a simulated crash at each
// step, by an error the restore handles, and by SIGKILL of a process running the real service.
// The damaged files are never lost: they are either still in place (old) or in `beschaedigt-*/`
// beside the restored files (new), byte for byte.

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
const killLater = childKiller({ KIM_USER: ADMIN.username, KIM_PASSWORD: ADMIN.password, KIM_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE });
const child = join('tests', 'main', 'backup', 'children', 'failed-restore-child.ts');

let work: string;
let damagedTemplate: string;
let damaged: Record<string, string>;
let backupFile: string;
let markers: Markers;

beforeAll(async () => {
  const base: TempOffice = await setupAndLogin();
  markers = await addMarkers(base);
  work = tempFolder('failed-interrupt');
  backupFile = join(work, 'amt.kimbackup');
  await base.must('backup.create', { path: backupFile, secret: PASS_SECRET });
  base.core.office.seal();
  damagedTemplate = join(work, 'template');
  cpSync(base.dataDir, damagedTemplate, { recursive: true });
  base.cleanup();
  damageDatabase(damagedTemplate, 0);
  damaged = officeFileHashes(damagedTemplate);
});
afterAll(() => removeFolder(work));

let copies = 0;
const damagedCopy = () => {
  const dataDir = join(work, `office-${++copies}`);
  cpSync(damagedTemplate, dataDir, { recursive: true });
  return dataDir;
};

/** The next start holds either the damaged files in place or the restored ones with the damaged ones kept. */
async function nextStart(dataDir: string): Promise<'old' | 'new'> {
  const o = openTempOffice(dataDir);
  try {
    expect(existsSync(join(dataDir, 'restore-journal.json'))).toBe(false);
    const folders = damagedFolders(dataDir);
    if (folders.length === 0) {
      expect(officeFileHashes(dataDir)).toEqual(damaged);
      expectFailure(await o.call('auth.login', { username: ADMIN.username, password: ADMIN.password }), 'DB_UNREADABLE');
      return 'old';
    }
    expect(folders).toHaveLength(1);
    expect(officeFileHashes(join(dataDir, folders[0]!))).toEqual(damaged);
    expect(o.core.office.phase).toBe('sealed');
    await loginAdmin(o);
    expect((await o.must<{ officeName: string }>('settings.get')).officeName).toBe(markers.officeName);
    expect(await o.must('audit.verify')).toMatchObject({ ok: true });
    return 'new';
  } finally {
    o.core.office.seal();
  }
}

const stage = (dataDir: string) => prepareRestore({ dataDir, migrationsDir: MIGRATIONS_DIR }, backupFile, KM, { actorId: null });

describe('restore from the failure screen, interrupted', () => {
  for (const step of STEPS) {
    it(`crash before "${step}": the next start has one set of files whole and the damaged ones kept`, async () => {
      const dataDir = damagedCopy();
      const prepared = await stage(dataDir);
      const keepOldIn = damagedFolderName(dataDir, Date.now());
      const crash = (s: SwapStep) => {
        if (s === step) throw new Error('simulated crash');
      };
      expect(() => swapIn(dataDir, prepared.stagingName, Date.now(), { keepOldIn, beforeStep: crash })).toThrow('simulated crash');
      // Before the journal nothing has moved; after it the staged files are complete and the swap is finished.
      expect(await nextStart(dataDir)).toBe(step === 'journal' ? 'old' : 'new');
    });

    it(`error before "${step}": the damaged files go back and the empty folder goes away`, async () => {
      const dataDir = damagedCopy();
      const prepared = await stage(dataDir);
      const keepOldIn = damagedFolderName(dataDir, Date.now());
      const fail = (s: SwapStep) => {
        if (s === step) throw Object.assign(new Error('disk error'), { code: 'EIO' });
      };
      expect(() => commitRestore(prepared, Date.now(), { keepOldIn, beforeStep: fail })).toThrow();
      expect(damagedFolders(dataDir)).toEqual([]);
      expect(await nextStart(dataDir)).toBe('old');
    });
  }

  it('SIGKILL of a process restoring through the setup channel: old or new, and the damaged files kept', { timeout: 240_000 }, async () => {
    // One run to the end first: the service works in the child, and it says how long a restore takes.
    const dataDir = damagedCopy();
    const full = await killLater([child, dataDir, backupFile], 120_000, 'ready');
    expect(full.exitedByItself).toBe(true);
    const window = Number(/restored in (\d+) ms/.exec(full.stdout)?.[1]);
    expect(window).toBeGreaterThan(0);
    expect(await nextStart(dataDir)).toBe('new');

    const seen = { old: 0, new: 0 };
    const budgetEnd = Date.now() + 40_000;
    for (let i = 0; i < 8 && Date.now() < budgetEnd; i++) {
      const dir = damagedCopy();
      // Anywhere from the start of the restore to a little after its usual end.
      const killed = await killLater([child, dir, backupFile], Math.floor(Math.random() * window * 1.2), 'ready');
      const outcome = await nextStart(dir);
      // The killed process's staging folder is gone too (the start removes leftovers of dead processes).
      expect(readdirSync(dir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
      seen[outcome]++;
      if (killed.stdout.includes('restored')) expect(outcome).toBe('new');
    }
    expect(seen.old + seen.new).toBeGreaterThanOrEqual(5);
  });
});
