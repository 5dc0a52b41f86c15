import { afterAll, describe, expect, it } from 'vitest';
import { cli, initOffice, PASSWORD, removeDir, tempDir } from '../cli/cli-harness';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe('kim-fallakte seed', () => {
  it('seeds an empty office once, refuses a second run and wrong options', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    await initOffice(dataDir);
    const env = { KIM_PASSWORD: PASSWORD };

    const wrong = await cli(['seed', '--data-dir', dataDir, '--profile', 'huge'], env);
    expect(wrong.code).toBe(2);
    expect((await cli(['seed', '--data-dir', dataDir, '--profile', 'small', '--date', '2026-13-01'], env)).code).toBe(2);

    const run = await cli(['seed', '--data-dir', dataDir, '--profile', 'small', '--seed', '5', '--date', '2026-03-02'], env);
    expect(run.stderr).not.toContain('Fehler');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Profil small, Startwert 5, Stichtag 2026-03-02/);
    expect(run.stdout).toMatch(/cases\s+30\b/);

    // Now there are several accounts: the administration names itself.
    const again = await cli(['seed', '--data-dir', dataDir, '--profile', 'small'], { ...env, KIM_USER: 'it.admin' });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('bereits Fälle');
  });
});
