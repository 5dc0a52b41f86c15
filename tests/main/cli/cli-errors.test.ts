import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { keyFromRecoveryCode, openRaw } from '../helpers/raw-db';
import { cli, initOffice, PASSWORD, removeDir, tempDir } from './cli-harness';

let dir: string;
afterEach(() => removeDir(dir));

// Exit codes: 0 ok, 1 failure (wrong password, broken chain, not set up), 2 usage error. A missing
// password is a usage error (2): it is detectable before anything is read, like a missing option.

const oneGermanLine = (stderr: string) => {
  expect(stderr.split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^Fehler: \S/);
  expect(stderr).not.toMatch(/\bat \S+:\d+|Error:/); // no stack trace, no raw exception
};

describe('kim-fallakte failures and usage errors', () => {
  it('refuses a wrong password with exit 1 and the German message, with and without KIM_USER', async () => {
    dir = tempDir();
    await initOffice(dir);
    for (const env of [{ KIM_PASSWORD: 'ganz-falsch-123' }, { KIM_PASSWORD: 'ganz-falsch-123', KIM_USER: 'it.admin' }, { KIM_PASSWORD: PASSWORD, KIM_USER: 'niemand' }]) {
      const r = await cli(['status', '--data-dir', dir], env);
      expect(r).toMatchObject({ code: 1, stdout: '', stderr: 'Fehler: Benutzername oder Passwort ist falsch.' });
    }
  });

  it('exits 2 with one clear line when no password is given', async () => {
    dir = tempDir();
    await initOffice(dir);
    for (const argv of [['status', '--data-dir', dir], ['audit', 'verify', '--data-dir', dir], ['init', '--data-dir', join(dir, 'neu'), '--office', 'X', '--admin', 'abc']]) {
      const r = await cli(argv, {});
      expect(r.code).toBe(2);
      oneGermanLine(r.stderr);
      expect(r.stderr).toMatch(/KIM_PASSWORD.*--password-file/);
    }
    expect(existsSync(join(dir, 'neu'))).toBe(false);
  });

  it('refuses a password given as an argument, in any spelling, without echoing it', async () => {
    dir = tempDir();
    await initOffice(dir);
    for (const opt of [['--password', 'x-geheim-1'], ['--password=x-geheim-1'], ['--admin-password', 'x-geheim-1'], ['--pw', 'x-geheim-1']]) {
      for (const cmd of [['status', '--data-dir', dir], ['init', '--data-dir', join(dir, 'neu'), '--office', 'X', '--admin', 'abc']]) {
        const r = await cli([...cmd, ...opt], { KIM_PASSWORD: PASSWORD });
        expect(r.code).toBe(2);
        oneGermanLine(r.stderr);
        expect(r.stderr).not.toContain('x-geheim-1');
      }
    }
    expect(existsSync(join(dir, 'neu'))).toBe(false);
  });

  it('reports a directory without an office clearly and creates nothing there', async () => {
    dir = tempDir();
    for (const argv of [['status', '--data-dir', dir], ['audit', 'verify', '--data-dir', dir], ['status', '--data-dir', join(dir, 'fehlt')]]) {
      const r = await cli(argv, { KIM_PASSWORD: PASSWORD });
      expect(r.code).toBe(1);
      oneGermanLine(r.stderr);
      expect(r.stderr).toMatch(/keine KIM Fallakte eingerichtet/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('passes on why an office cannot open: newer database, missing key file', async () => {
    dir = tempDir();
    const code = await initOffice(dir);
    const raw = openRaw(dataFiles(dir).database, await keyFromRecoveryCode(dir, code));
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('f'.repeat(64), 4_102_444_800_000);
    raw.close();
    const newer = await cli(['status', '--data-dir', dir], { KIM_PASSWORD: PASSWORD });
    expect(newer.code).toBe(1);
    oneGermanLine(newer.stderr);
    expect(newer.stderr).toMatch(/neueren Version von KIM Fallakte/);

    renameSync(dataFiles(dir).keyFile, `${dataFiles(dir).keyFile}.weg`);
    const noKeys = await cli(['status', '--data-dir', dir], { KIM_PASSWORD: PASSWORD, KIM_USER: 'it.admin' });
    expect(noKeys.code).toBe(1);
    expect(noKeys.stderr).toMatch(/^Fehler: Die Schlüsseldatei fehlt\./);
  });

  it('names the offending options of an invalid init, never the values', async () => {
    dir = tempDir();
    const badName = await cli(['init', '--data-dir', dir, '--office', 'Amt', '--admin', 'x y!'], { KIM_PASSWORD: PASSWORD });
    expect(badName.code).toBe(2);
    expect(badName.stderr).toMatch(/--admin /);
    expect(badName.stderr).not.toContain('x y!');
    const shortPw = await cli(['init', '--data-dir', dir, '--office', 'Amt', '--admin', 'admin'], { KIM_PASSWORD: 'kurz' });
    expect(shortPw.code).toBe(2);
    expect(shortPw.stderr).toMatch(/Passwort \(10 bis 256 Zeichen\)/);
    expect(readdirSync(dir).filter((f) => f !== 'logs')).toEqual([]);
  });

  it('rejects unknown commands, unknown, doubled and value-less options with exit 2', async () => {
    dir = tempDir();
    const cases = [
      [],
      ['gibtsnicht'],
      ['audit'],
      ['status', '--unbekannt'],
      ['status', '--data-dir'],
      ['status', '--data-dir', 'a', '--data-dir', 'b'],
      ['status', '--json=ja'],
      ['status', 'einfach-so'],
      ['init', '--data-dir', dir, '--admin', 'abc'],
    ];
    for (const argv of cases) {
      const r = await cli(argv, { KIM_PASSWORD: PASSWORD });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect((await cli(['init', '--data-dir', dir, '--admin', 'abc'], { KIM_PASSWORD: PASSWORD })).stderr).toBe('Fehler: Fehlende Angabe: --office NAME.');
  });

  it('prints help for the program and for every command', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    for (const name of ['init', 'status', 'audit verify']) {
      expect(top.stdout).toContain(name);
      const r = await cli([...name.split(' '), '--help']);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toContain(`kim-fallakte ${name}`);
      expect(r.stdout).toContain('--data-dir');
    }
  });
});

describe('kim-fallakte unexpected errors', () => {
  it('prints a generic line with the error code, never the raw message or a stack', async () => {
    const throwing = (error: unknown) => ({ boom: { summary: 'wirft', options: {}, run: () => Promise.reject(error) } });
    const cases: [unknown, string][] = [
      [Object.assign(new Error('EACCES: /home/mmustermann/geheim'), { code: 'EACCES' }), 'EACCES'],
      [new TypeError('Cannot read properties of undefined (reading "Frau Beispiel")'), 'INTERNAL'],
      ['nur ein String', 'INTERNAL'],
    ];
    for (const [error, code] of cases) {
      const err: string[] = [];
      const exit = await runCli(['boom'], { out: () => {}, err: (l) => err.push(l), env: {}, cwd: '.' }, throwing(error));
      expect(exit).toBe(1);
      expect(err).toEqual([`Fehler: Ein unerwarteter Fehler ist aufgetreten (Code ${code}). Bitte wenden Sie sich an die IT.`]);
    }
  });
});
