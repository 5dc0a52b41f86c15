import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_PASSWORD } from '../helpers/case-fixtures';
import { cli } from '../cli/cli-harness';
import { buildCase, officeWithKommune, PASSPHRASE, rowCounts, type BuiltCase, type StaffOffice } from './handover-fixtures';

let a: StaffOffice & { kommuneId: string };
let b: StaffOffice & { kommuneId: string };
let built: BuiltCase;
let outDir: string;

const env = { KIM_USER: 'net.fm', KIM_PASSWORD: USER_PASSWORD, KIM_BACKUP_PASSPHRASE: PASSPHRASE };

beforeAll(async () => {
  a = await officeWithKommune();
  b = await officeWithKommune();
  built = await buildCase(a, { consent: true });
  // The command line opens the data directories itself, as a second process would.
  a.core.office.seal();
  b.core.office.seal();
  outDir = mkdtempSync(join(tmpdir(), 'kim-handover-cli-'));
}, 60_000);

afterAll(() => {
  a.cleanup();
  b.cleanup();
  rmSync(outDir, { recursive: true, force: true });
});

describe('kim-fallakte case export / case import', () => {
  const file = () => join(outDir, 'fall.kimcase');

  it('exports by case number and recipient, then previews without importing', async () => {
    const exported = await cli(['case', 'export', '--data-dir', a.dataDir, '--case', built.caseNumber, '--recipient', built.recipient.id, '--out', file()], env);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const preview = await cli(['case', 'import', file(), '--data-dir', b.dataDir], env);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain(`Fall ${built.caseNumber}`);
    expect(preview.stdout).toContain('Nichts übernommen');
  }, 60_000);

  it('refuses a wrong passphrase and imports with --merge-none', async () => {
    const wrong = await cli(['case', 'import', file(), '--data-dir', b.dataDir, '--merge-none'], { ...env, KIM_BACKUP_PASSPHRASE: 'falsches-Passwort-1' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Passwort für diese Datei ist falsch');
    const imported = await cli(['case', 'import', file(), '--data-dir', b.dataDir, '--merge-none'], env);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Übernommen: Fall ${built.caseNumber}`);
    const reopened = b.restart();
    await reopened.must('auth.login', { username: 'net.fm', password: USER_PASSWORD });
    expect(rowCounts(reopened)).toMatchObject({ cases: 1, persons: 2, documents: 1 });
    reopened.core.office.seal();
  }, 60_000);
});
