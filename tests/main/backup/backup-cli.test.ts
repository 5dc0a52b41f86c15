import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run';
import { hashTree } from '../helpers/file-hashes';
import { openTempOffice, TEST_SCRYPT } from '../helpers/temp-office';
import { cli, cliProcess, initOffice, PASSWORD, REPO_ROOT } from '../cli/cli-harness';
import { addMarkers, BACKUP_PASSPHRASE, expectMarkersVisible, removeFolder, tempFolder } from './backup-helpers';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) removeFolder(d);
  dirs = [];
});
const folder = (label: string) => {
  const d = tempFolder(label);
  dirs.push(d);
  return d;
};

const ENV = { KIM_USER: 'it.admin', KIM_PASSWORD: PASSWORD, KIM_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE };

/** An office set up by `init`, with markers added through the app's calls. */
async function officeWithMarkers(dataDir: string) {
  await initOffice(dataDir);
  const o = openTempOffice(dataDir);
  await o.must('auth.login', { username: 'it.admin', password: PASSWORD });
  const markers = await addMarkers(o);
  o.core.office.seal();
  return markers;
}

/** Runs a command line in-process with a scripted terminal answer. */
async function cliAnswering(argv: string[], answer: string) {
  const out: string[] = [];
  const err: string[] = [];
  const questions: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: ENV,
    cwd: REPO_ROOT,
    scrypt: TEST_SCRYPT,
    prompt: async (q) => {
      questions.push(q);
      return answer;
    },
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), questions };
}

describe('kim-fallakte backup … on the command line', () => {
  it('create → verify → data directory lost → restore into the empty folder → login works, data is there (real processes)', async () => {
    const dataDir = folder('cli-data');
    const target = folder('cli-target');
    const markers = await officeWithMarkers(dataDir);
    const file = join(target, 'amt.kimbackup');

    const created = cliProcess(['backup', 'create', '--data-dir', dataDir, '--out', file], ENV);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Sicherung geschrieben und geprüft');

    const verified = cliProcess(['backup', 'verify', file], { KIM_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE });
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('Die Sicherung ist in Ordnung.');
    expect(verified.stdout).toMatch(/users\s+2/);

    const status = cliProcess(['status', '--data-dir', dataDir, '--json'], ENV);
    expect(JSON.parse(status.stdout).lastBackup).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    rmSync(dataDir, { recursive: true, force: true });
    const noTerminal = cliProcess(['backup', 'restore', file, '--data-dir', dataDir], ENV);
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain('--yes');
    expect(existsSync(dataDir)).toBe(false);

    const restored = cliProcess(['backup', 'restore', file, '--data-dir', dataDir, '--yes'], { KIM_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE });
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('wiederhergestellt');

    const again = cliProcess(['status', '--data-dir', dataDir, '--json'], ENV);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ counts: { users: 2 } });
    const o = openTempOffice(dataDir);
    await o.must('auth.login', { username: 'it.admin', password: PASSWORD });
    await expectMarkersVisible(o, markers);
    o.core.office.seal();
  });

  it('asks before replacing data: "nein" changes nothing, "ja" restores', async () => {
    const dataDir = folder('cli-ask');
    const target = folder('cli-ask-target');
    await officeWithMarkers(dataDir);
    const file = join(target, 'a.kimbackup');
    expect((await cli(['backup', 'create', '--data-dir', dataDir, '--out', file], ENV)).code).toBe(0);
    const o = openTempOffice(dataDir);
    await o.must('auth.login', { username: 'it.admin', password: PASSWORD });
    await o.must('settings.update', { officeName: 'Nach der Sicherung' });
    o.core.office.seal();

    const before = hashTree(dataDir, (f) => f.startsWith('logs'));
    const no = await cliAnswering(['backup', 'restore', file, '--data-dir', dataDir], 'nein');
    expect(no.code).toBe(1);
    expect(no.questions[0]).toContain('werden durch diese Sicherung ersetzt');
    expect(no.stdout).toContain('Die Sicherung ist in Ordnung');
    expect(no.stderr).toContain('Es wurde nichts verändert.');
    expect(hashTree(dataDir, (f) => f.startsWith('logs'))).toEqual(before);

    const yes = await cliAnswering(['backup', 'restore', file, '--data-dir', dataDir], 'ja');
    expect(yes.code).toBe(0);
    const after = openTempOffice(dataDir);
    await after.must('auth.login', { username: 'it.admin', password: PASSWORD });
    expect((await after.must<{ officeName: string }>('settings.get')).officeName).not.toBe('Nach der Sicherung');
    after.core.office.seal();
  });

  it('takes the passphrase only from the environment or a file, and refuses bad input clearly', async () => {
    const dataDir = folder('cli-secret');
    const target = folder('cli-secret-target');
    await officeWithMarkers(dataDir);
    const file = join(target, 'b.kimbackup');

    const asArgument = await cli(['backup', 'create', '--data-dir', dataDir, '--out', file, '--passphrase', BACKUP_PASSPHRASE], ENV);
    expect(asArgument.code).toBe(2);
    expect(asArgument.stderr).not.toContain(BACKUP_PASSPHRASE);
    const missing = await cli(['backup', 'verify', file], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('KIM_BACKUP_PASSPHRASE');

    const passFile = join(target, 'pass.txt');
    writeFileSync(passFile, `${BACKUP_PASSPHRASE}\n`);
    expect((await cli(['backup', 'create', '--data-dir', dataDir, '--out', file, '--passphrase-file', passFile], { KIM_USER: 'it.admin', KIM_PASSWORD: PASSWORD })).code).toBe(0);
    expect((await cli(['backup', 'verify', '--passphrase-file', passFile, file], {})).code).toBe(0);

    const wrong = await cli(['backup', 'verify', file], { KIM_BACKUP_PASSPHRASE: 'Ein ganz anderes Passwort' });
    expect(wrong).toMatchObject({ code: 1, stderr: 'Fehler: Das Passwort für diese Datei ist falsch.' });
    const short = await cli(['backup', 'create', '--data-dir', dataDir, '--out', join(target, 'c.kimbackup')], { ...ENV, KIM_BACKUP_PASSPHRASE: 'kurz' });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('mindestens 12 Zeichen');
    writeFileSync(join(target, 'kaputt.kimbackup'), readFileSync(file).subarray(0, 200));
    const broken = await cli(['backup', 'restore', join(target, 'kaputt.kimbackup'), '--data-dir', dataDir, '--yes'], ENV);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('Es wurde nichts verändert.');
    expect((await cli(['backup', 'verify'], ENV)).code).toBe(2);
    expect((await cli(['backup', 'verify', file, 'noch-eine-datei'], ENV)).code).toBe(2);
  });

  it('backup list shows the automatic backups in the configured folder without a login', async () => {
    const dataDir = folder('cli-list');
    const target = folder('cli-list-target');
    await officeWithMarkers(dataDir);
    expect((await cli(['backup', 'list', '--data-dir', dataDir], {})).stdout).toContain('kein Zielordner');
    const o = openTempOffice(dataDir);
    await o.must('auth.login', { username: 'it.admin', password: PASSWORD });
    await o.must('backup.settings.update', { targetDir: target, autoPassphrase: 'Automatik-Passwort-1' });
    await o.must('backup.create', { secret: { source: 'passphrase', passphrase: BACKUP_PASSPHRASE } });
    o.core.office.seal();
    const listed = await cli(['backup', 'list', '--data-dir', dataDir], {});
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`Zielordner: ${target}`);
    expect(listed.stdout).toMatch(/\d{2}\.\d{2}\.\d{4} \d{2}:\d{2} .* Bytes {2}geprüft {2}.*kim-fallakte-.*\.kimbackup/);
  });
});
