import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';

// What a crash can leave in the data directory is removed at the next start — but only when the
// process that made it is gone; a running process's temporary files are left alone.

let office: TempOffice | undefined;
afterEach(() => office?.cleanup());

const HEX = '0123456789abcdef';

describe('start of the office', () => {
  it('removes temporary backup and restore files of dead processes, keeps those of live ones', async () => {
    office = await setupAndLogin();
    const dir = office.dataDir;
    office.core.office.seal();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const live = process.pid;
    const paths = (pid: number) => [
      join(dir, `.restore-${pid}-${HEX}`, 'kim-fallakte.db'),
      join(dir, `.restore-journal.json.tmp-${pid}-${HEX}`),
      join(dir, `.backup-state.json.tmp-${pid}-${HEX}`),
      join(dir, `.backup-settings.json.tmp-${pid}-${HEX}`),
      join(dir, '.backup-tmp', `snapshot-${pid}-${HEX}.db`),
      join(dir, '.backup-tmp', `verify-${pid}-${HEX}`, 'kim-fallakte.db'),
    ];
    for (const p of [...paths(dead), ...paths(live)]) {
      mkdirSync(join(p, '..'), { recursive: true });
      writeFileSync(p, 'übrig');
    }
    const unrelated = join(dir, '.restore-notiz.txt');
    writeFileSync(unrelated, 'nicht von uns');

    office = openTempOffice(dir);
    expect(paths(dead).filter(existsSync)).toEqual([]);
    expect(paths(live).filter((p) => !existsSync(p))).toEqual([]);
    expect(existsSync(unrelated)).toBe(true);
    expect(office.core.office.phase).toBe('sealed');
  });
});
