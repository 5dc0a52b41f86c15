import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppStatus } from '../../../src-main/contract/channels/app';
import { dataFiles } from '../../../src-main/core/config/data-dir';
import { hashTree } from '../helpers/file-hashes';
import { migrationsUpTo, openOfficeWith, readJournal } from '../helpers/migrations-copy';
import { keyFromRecoveryCode, openRaw } from '../helpers/raw-db';
import { ADMIN, MIGRATIONS_DIR, setupAndLogin, type TempOffice } from '../helpers/temp-office';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
const track = <T extends TempOffice>(o: T): T => (cleanups.push(() => o.cleanup()), o);
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

interface LedgerRow {
  hash: string;
  created_at: number;
}
const ledgerOf = (raw: ReturnType<typeof openRaw>) => raw.prepare('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at').all() as LedgerRow[];
const sqlHash = (tag: string) => createHash('sha256').update(readFileSync(join(MIGRATIONS_DIR, `${tag}.sql`), 'utf8')).digest('hex');

async function rawConnection(o: TempOffice & { recoveryCode: string }) {
  const raw = openRaw(dataFiles(o.dataDir).database, await keyFromRecoveryCode(o.dataDir, o.recoveryCode));
  cleanups.push(() => raw.open && raw.close());
  return raw;
}

describe('migrations', () => {
  it('gives a fresh database every migration, and the ledger matches the shipped journal', async () => {
    const o = track(await setupAndLogin());
    const raw = await rawConnection(o);
    const entries = readJournal().entries;
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(ledgerOf(raw)).toEqual(entries.map((e) => ({ hash: sqlHash(e.tag), created_at: e.when })));
    expect(existsSync(join(o.dataDir, 'pre-migration'))).toBe(false); // nothing to keep on a fresh install
  });

  it('refuses a database from a newer app with DB_NEWER and leaves the file untouched', async () => {
    const o = track(await setupAndLogin());
    await o.must('auth.logout');
    const raw = await rawConnection(o);
    const newest = Math.max(...readJournal().entries.map((e) => e.when));
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('f'.repeat(64), newest + 86_400_000);
    raw.close();
    const before = hashTree(o.dataDir, (f) => f.startsWith('logs'));

    const app = track(o.restart());
    const login = await app.call('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect(login).toMatchObject({ ok: false, error: { code: 'DB_NEWER', message: expect.stringMatching(/neueren Version von KIM Fallakte.*Daten bleiben unverändert/) } });
    const status = await app.must<AppStatus>('app.status');
    expect(status).toMatchObject({ phase: 'failed', failure: { code: 'DB_NEWER' }, session: null });
    // A second attempt stays refused without opening the file again.
    expect(await app.call('auth.login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'DB_NEWER' } });
    expect(hashTree(app.dataDir, (f) => f.startsWith('logs'))).toEqual(before);
  });

  it('keeps an encrypted copy in pre-migration/ before migrating an older database', async () => {
    const dataDir = tempDir('kim-test-');
    const older = migrationsUpTo(1);
    cleanups.push(() => rmSync(older, { recursive: true, force: true }));

    const oldApp = openOfficeWith(dataDir, older);
    const { recoveryCode } = await oldApp.must<{ recoveryCode: string }>('auth.setup', {
      officeName: 'Altes Amt (synthetisch)',
      adminUsername: ADMIN.username,
      adminDisplayName: ADMIN.displayName,
      adminPassword: ADMIN.password,
    });
    await oldApp.must('auth.login', { username: ADMIN.username, password: ADMIN.password });
    await oldApp.must('users.create', { username: 'alt.nutzer', displayName: 'Alte Daten (synthetisch)', role: 'teamleitung', password: 'Alt-Passwort-123' });
    await oldApp.must('auth.logout');

    const newApp = openOfficeWith(dataDir, MIGRATIONS_DIR);
    cleanups.push(() => newApp.core.office.seal());
    await newApp.must('auth.login', { username: ADMIN.username, password: ADMIN.password });
    const copies = readdirSync(join(dataDir, 'pre-migration'));
    expect(copies).toHaveLength(1);

    const key = await keyFromRecoveryCode(dataDir, recoveryCode);
    const copy = openRaw(join(dataDir, 'pre-migration', copies[0]!), key);
    cleanups.push(() => copy.open && copy.close());
    const first = readJournal().entries[0]!;
    expect(ledgerOf(copy)).toEqual([{ hash: sqlHash(first.tag), created_at: first.when }]);
    expect((copy.prepare('SELECT display_name FROM users').pluck().all() as string[]).sort()).toEqual(['Alte Daten (synthetisch)', ADMIN.displayName].sort());
    expect(copy.prepare(`SELECT count(*) FROM sqlite_master WHERE type='trigger'`).pluck().get()).toBe(0);
    // The copy needs the key: without it, it is noise.
    expect(() => openRaw(join(dataDir, 'pre-migration', copies[0]!), Buffer.alloc(32, 7))).toThrow();

    const current = openRaw(dataFiles(dataDir).database, key);
    cleanups.push(() => current.open && current.close());
    expect(ledgerOf(current)).toHaveLength(readJournal().entries.length);
    expect(current.prepare('SELECT count(*) FROM users').pluck().get()).toBe(2);
  });

  it('has an audit table that refuses UPDATE and DELETE', async () => {
    const o = track(await setupAndLogin());
    for (const db of [o.core.office.database().raw, await rawConnection(o)]) {
      const before = db.prepare('SELECT * FROM audit_events ORDER BY id').all();
      expect(() => db.prepare(`UPDATE audit_events SET action = 'x' WHERE id = 1`).run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_events').run()).toThrow(/append-only/);
      expect(db.prepare('SELECT * FROM audit_events ORDER BY id').all()).toEqual(before);
    }
  });
});
