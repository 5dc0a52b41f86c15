import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../src-main/contract/channels/backup';
import { writeContainer } from '../../../src-main/core/backup/container';
import { hashTree } from '../helpers/file-hashes';
import { setupAndLogin, type TempOffice } from '../helpers/temp-office';
import { addMarkers, BACKUP_PASSPHRASE, expectFailure, PASS_SECRET, removeFolder, tempFolder } from './backup-helpers';
import { parseLayout } from './container-helpers';
import { fromTheFuture, repackBackup } from './forge';

// Every broken or wrong input is refused with its own message, and the data directory is left
// exactly as it was: same files, same bytes (the log folder aside, which records the refusal).

let office: TempOffice;
let work: string;
let good: string;
let goodBytes: Buffer;

beforeAll(async () => {
  office = await setupAndLogin();
  await addMarkers(office);
  work = tempFolder('faults');
  good = join(work, 'gut.kimbackup');
  await office.must('backup.create', { path: good, secret: PASS_SECRET });
  goodBytes = readFileSync(good);
});
afterAll(() => {
  office.cleanup();
  removeFolder(work);
});

const variant = (name: string, bytes: Uint8Array) => {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
};

function flipped(at: number): Buffer {
  const b = Buffer.from(goodBytes);
  b[at]! ^= 0x01;
  return b;
}

async function expectRefusedWithoutChange(path: string, secret: unknown, code: string, reason?: string) {
  const before = hashTree(office.dataDir, (f) => f.startsWith('logs'));
  const r = await office.call('backup.restore', { path, secret, confirm: true });
  const err = expectFailure(r, code, reason);
  expect(hashTree(office.dataDir, (f) => f.startsWith('logs'))).toEqual(before);
  expect(office.core.office.phase).toBe('open');
  expect(office.core.sessions.size).toBe(1);
  return err;
}

describe('restore refuses faulty input and changes nothing', () => {
  it('wrong passphrase', async () => {
    const err = await expectRefusedWithoutChange(good, { source: 'passphrase', passphrase: 'Falsches Passwort 99' }, 'WRONG_PASSWORD');
    expect(err.message).toBe('Das Passwort für diese Datei ist falsch.');
  });

  it('truncated file', async () => {
    const err = await expectRefusedWithoutChange(variant('kurz.kimbackup', goodBytes.subarray(0, Math.floor(goodBytes.length * 0.6))), PASS_SECRET, 'VALIDATION', 'TRUNCATED');
    expect(err.message).toContain('unvollständig');
  });

  it('flipped bit in the header', async () => {
    const err = await expectRefusedWithoutChange(variant('kopf.kimbackup', flipped(20)), PASS_SECRET, 'VALIDATION', 'DAMAGED');
    expect(err.details?.part).toBe('header');
  });

  it('flipped bit in a data chunk and in the trailer', async () => {
    const { frames } = parseLayout(goodBytes);
    const first = frames[0]!;
    const err = await expectRefusedWithoutChange(variant('block.kimbackup', flipped(first.start + 40)), PASS_SECRET, 'VALIDATION', 'DAMAGED');
    expect(err.details).toMatchObject({ part: 'chunk', chunk: 0 });
    const last = frames.at(-1)!;
    await expectRefusedWithoutChange(variant('ende.kimbackup', flipped(last.start + 10)), PASS_SECRET, 'VALIDATION', 'DAMAGED');
    // The last data chunk holds the end of the database: written to staging, then thrown away.
    const lastData = frames.at(-2)!;
    await expectRefusedWithoutChange(variant('letzter.kimbackup', flipped(lastData.end - 3)), PASS_SECRET, 'VALIDATION', 'DAMAGED');
  });

  it('a case handover (.kimcase)', async () => {
    const path = join(work, 'fall.kimcase');
    await writeContainer(path, { kind: 'case', appVersion: '0.1.0', schemaVersion: '0001', recordCounts: { cases: 1 } }, [Buffer.from('{}')], {
      source: 'passphrase',
      passphrase: BACKUP_PASSPHRASE,
    }, { scryptN: 2 ** 14 });
    const err = await expectRefusedWithoutChange(path, PASS_SECRET, 'VALIDATION', 'CASE_FILE');
    expect(err.message).toContain('Fallübergabe');
  });

  it('a random file and an empty file', async () => {
    const random = await expectRefusedWithoutChange(variant('zufall.kimbackup', randomBytes(5000)), PASS_SECRET, 'VALIDATION', 'NOT_KIM_FILE');
    expect(random.message).toBe('Die Datei ist keine KIM-Sicherung.');
    await expectRefusedWithoutChange(variant('leer.kimbackup', Buffer.alloc(0)), PASS_SECRET, 'VALIDATION', 'NOT_KIM_FILE');
    await expectRefusedWithoutChange(join(work, 'gibt-es-nicht.kimbackup'), PASS_SECRET, 'IO');
  });

  it('a backup from a newer app version names the version it needs; verify shows it as newer', async () => {
    const path = join(work, 'zukunft.kimbackup');
    await repackBackup(good, path, { source: 'passphrase', passphrase: BACKUP_PASSPHRASE }, work, fromTheFuture);
    const summary = await office.must<BackupSummary>('backup.verify', { path, secret: PASS_SECRET });
    expect(summary).toMatchObject({ compatibility: 'newer', appVersion: '9.9.0' });
    const err = await expectRefusedWithoutChange(path, PASS_SECRET, 'DB_NEWER', 'BACKUP_NEWER');
    expect(err.message).toContain('KIM Fallakte 9.9.0');
  });

  it('verify reports the same faults without touching anything either', async () => {
    const before = hashTree(office.dataDir, (f) => f.startsWith('logs'));
    expectFailure(await office.call('backup.verify', { path: good, secret: { source: 'passphrase', passphrase: 'falsch' } }), 'WRONG_PASSWORD');
    expectFailure(await office.call('backup.verify', { path: variant('v-kurz.kimbackup', goodBytes.subarray(0, goodBytes.length - 1)) , secret: PASS_SECRET }), 'VALIDATION', 'TRUNCATED');
    expect(hashTree(office.dataDir, (f) => f.startsWith('logs'))).toEqual(before);
  });
});
