import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { keyFromRecoveryCode, openRaw, tamperAuditRow } from '../helpers/raw-db';
import { openTempOffice } from '../helpers/temp-office';
import { cli, initOffice, journal, OFFICE_NAME, PASSWORD, recoveryCodesIn, removeDir, tempDir } from './cli-harness';

let dir: string;
afterEach(() => removeDir(dir));

const env = { KIM_PASSWORD: PASSWORD };

describe('kim-fallakte init → status → audit verify', () => {
  it('sets up an office, prints the recovery code once, and reports its state', async () => {
    dir = tempDir();
    const dataDir = join(dir, 'office');
    const init = await cli(['init', '--data-dir', dataDir, '--office', OFFICE_NAME, '--admin', 'it.admin'], env);
    expect(init).toMatchObject({ code: 0, stderr: '' });
    expect(recoveryCodesIn(init.stdout)).toHaveLength(1);
    expect(init.stdout).toMatch(/sicher auf/);
    expect(init.stdout).not.toContain(PASSWORD);

    const status = await cli(['status', '--data-dir', dataDir, '--json'], env);
    expect(status).toMatchObject({ code: 0, stderr: '' });
    expect(status.stdout.split('\n')).toHaveLength(1);
    const report = JSON.parse(status.stdout) as {
      counts: Record<string, number>;
      schemaVersion: { migrations: number; latestTag: string };
      auditChainLength: number;
      lastBackup: null;
      dataDir: string;
      appVersion: string;
    };
    const entries = journal().entries;
    expect(report.schemaVersion).toEqual({ migrations: entries.length, latestTag: entries.at(-1)!.tag });
    expect(report.counts.users).toBe(1);
    expect(report.counts.audit_events).toBeGreaterThanOrEqual(1);
    expect(report.auditChainLength).toBe(report.counts.audit_events);
    expect(report).toMatchObject({ lastBackup: null, dataDir, appVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) });

    // Every table of the file is counted (tables of later features included), drizzle's ledger is not.
    const raw = openRaw(dataFiles(dataDir).database, await keyFromRecoveryCode(dataDir, recoveryCodesIn(init.stdout)[0]!));
    const tables = (raw.prepare(`SELECT name FROM sqlite_master WHERE type='table'`).all() as { name: string }[])
      .map((t) => t.name)
      .filter((n) => !n.startsWith('sqlite_') && n !== '__drizzle_migrations');
    expect(Object.keys(report.counts).sort()).toEqual(tables.sort());
    raw.close();

    const human = await cli(['status', '--data-dir', dataDir], env);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('noch keine Sicherung');
    expect(human.stdout).toMatch(/^\s+users\s+1$/m);

    const verify = await cli(['audit', 'verify', '--data-dir', dataDir], env);
    expect(verify).toMatchObject({ code: 0, stderr: '' });
    expect(verify.stdout).toMatch(/^Audit-Protokoll in Ordnung \(\d+ Einträge\)$/);
  });

  it('reads the password from --password-file, minus one trailing newline', async () => {
    dir = tempDir();
    await initOffice(dir);
    const file = join(dir, 'pw.txt');
    writeFileSync(file, `${PASSWORD}\r\n`);
    expect((await cli(['status', '--data-dir', dir, '--password-file', file])).code).toBe(0);
    writeFileSync(file, `${PASSWORD}\n\n`);
    expect((await cli(['status', '--data-dir', dir, `--password-file=${file}`])).code).toBe(1);
  });

  it('refuses a second init of the same directory', async () => {
    dir = tempDir();
    await initOffice(dir);
    const again = await cli(['init', '--data-dir', dir, '--office', 'X', '--admin', 'zweite'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('Fehler: KIM Fallakte ist bereits eingerichtet.');
  });

  it('needs KIM_USER once there is more than one account, and audit verify stays admin-only', async () => {
    dir = tempDir();
    await initOffice(dir);
    const app = openTempOffice(dir);
    await app.must('auth.login', { username: 'it.admin', password: PASSWORD });
    await app.must('users.create', { username: 'fm.one', displayName: 'Fina FM (synthetisch)', role: 'fallmanagement', password: 'Fallmanagement-1' });
    await app.must('auth.logout');

    const ambiguous = await cli(['status', '--data-dir', dir], env);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/KIM_USER/);

    const asFm = { KIM_USER: 'fm.one', KIM_PASSWORD: 'Fallmanagement-1' };
    expect((await cli(['status', '--data-dir', dir, '--json'], asFm)).code).toBe(0);
    const forbidden = await cli(['audit', 'verify', '--data-dir', dir], asFm);
    expect(forbidden).toMatchObject({ code: 1, stdout: '', stderr: 'Fehler: Für diese Aktion fehlt Ihnen die Berechtigung.' });
    expect((await cli(['audit', 'verify', '--data-dir', dir], { ...env, KIM_USER: 'IT.Admin' })).code).toBe(0);
  });

  it('reports exactly the tampered audit row and exits 1', async () => {
    dir = tempDir();
    const code = await initOffice(dir);
    expect((await cli(['status', '--data-dir', dir], env)).code).toBe(0); // adds login/logout events
    const raw = openRaw(dataFiles(dir).database, await keyFromRecoveryCode(dir, code));
    const ids = (raw.prepare('SELECT id FROM audit_events ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const victim = ids[1]!;
    tamperAuditRow(raw, victim);
    raw.close();

    const verify = await cli(['audit', 'verify', '--data-dir', dir], env);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toBe(`Audit-Protokoll beschädigt: erster fehlerhafter Eintrag Nr. ${victim} (davor ${ids.indexOf(victim)} Einträge in Ordnung)`);
  });
});
