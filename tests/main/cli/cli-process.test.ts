import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { cliProcess, initOffice, PASSWORD, REPO_ROOT, removeDir, tempDir } from './cli-harness';

let dir: string;
afterEach(() => removeDir(dir));

describe('kim-fallakte as a real process', () => {
  it('runs status with the password from the environment and sets the exit code', async () => {
    dir = tempDir();
    await initOffice(dir);
    const ok = cliProcess(['status', '--data-dir', dir, '--json'], { KIM_PASSWORD: PASSWORD });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ counts: { users: 1 }, dataDir: dir });

    const wrong = cliProcess(['status', '--data-dir', dir], { KIM_PASSWORD: 'ganz-falsch-123' });
    expect(wrong).toMatchObject({ code: 1, stdout: '', stderr: 'Fehler: Benutzername oder Passwort ist falsch.\n' });
    expect(cliProcess(['status', '--data-dir', dir, '--password', 'x']).code).toBe(2);
  });

  it('bin/kim-fallakte.js says in one line to build first when the bundle is missing', () => {
    dir = tempDir();
    mkdirSync(join(dir, 'bin'));
    copyFileSync(join(REPO_ROOT, 'bin', 'kim-fallakte.js'), join(dir, 'bin', 'kim-fallakte.js'));
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'kim-fallakte.js'), 'status'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('npm run build');
  });
});
