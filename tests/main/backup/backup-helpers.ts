import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Result } from '../../../src-main/contract/result';
import { inTransaction } from '../../../src-main/core/db/open-encrypted';
import { listFiles } from '../helpers/file-hashes';
import { ADMIN, type TempOffice } from '../helpers/temp-office';

// Shared fixtures for the backup and restore tests: synthetic marker data put in through real
// calls, and scanners that look for those markers in plaintext anywhere on disk.

export const BACKUP_PASSPHRASE = 'Sicherungs-Passwort 2026!';
export const PASS_SECRET = { source: 'passphrase', passphrase: BACKUP_PASSPHRASE } as const;

export function tempFolder(label: string): string {
  return mkdtempSync(join(tmpdir(), `kim-backup-${label}-`));
}

export const removeFolder = (dir: string) => rmSync(dir, { recursive: true, force: true });

export const newMarker = () => `MARKER${randomBytes(6).toString('hex').toUpperCase()}`;

export interface Markers {
  officeName: string;
  userDisplayName: string;
  username: string;
  all: string[];
}

/** Puts marker strings into the office through the registry, as the UI would. */
export async function addMarkers(office: TempOffice): Promise<Markers> {
  const m = newMarker();
  const markers = {
    officeName: `Fachdienst ${m}-AMT`,
    userDisplayName: `Erika ${m}-NAME (synthetisch)`,
    username: `marker.${m.toLowerCase().slice(-8)}`,
  };
  await office.must('settings.update', { officeName: markers.officeName });
  await office.must('users.create', { username: markers.username, displayName: markers.userDisplayName, role: 'fallmanagement', password: 'Marker-Passwort-1' });
  return { ...markers, all: [`${m}-AMT`, `${m}-NAME`] };
}

/** Asserts the markers are readable through the app after a login (data survived). */
export async function expectMarkersVisible(office: TempOffice, markers: Markers): Promise<void> {
  const settings = await office.must<{ officeName: string }>('settings.get');
  expect(settings.officeName).toBe(markers.officeName);
  const users = await office.must<{ displayName: string }[]>('users.list');
  expect(users.map((u) => u.displayName)).toContain(markers.userDisplayName);
}

export const loginAdmin = (office: TempOffice) => office.must('auth.login', { username: ADMIN.username, password: ADMIN.password });

/** Bulk rows with markers, written straight into the real database: enough bytes for a long backup. */
export function addBulkRows(office: TempOffice, marker: string, rows: number, bytesPerRow = 8192): void {
  const db = office.core.office.database();
  inTransaction(db, () => {
    db.raw.exec('CREATE TABLE IF NOT EXISTS test_bulk (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.raw.prepare('INSERT INTO test_bulk (body) VALUES (?)');
    for (let i = 0; i < rows; i++) insert.run(`${marker} ${randomBytes(bytesPerRow / 2).toString('hex')}`);
  });
}

/** Every file (given directly or below a given folder; missing ones are skipped) that contains one of the markers in plaintext. */
export function filesWithMarkers(dirs: readonly string[], markers: readonly string[]): string[] {
  const needles = markers.map((m) => Buffer.from(m, 'utf8'));
  const hits: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    let files: string[];
    try {
      files = statSync(dir).isFile() ? [dir] : listFiles(dir).map((rel) => join(dir, rel));
    } catch {
      continue; // vanished while listing
    }
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        continue;
      }
      if (needles.some((n) => bytes.includes(n))) hits.push(file);
    }
  }
  return hits;
}

/** Entries of os.tmpdir() that did not exist at `before`, as full paths (our own new folders included). */
export function newTmpEntries(before: ReadonlySet<string>): string[] {
  return readdirSync(tmpdir())
    .filter((n) => !before.has(n))
    .map((n) => join(tmpdir(), n))
    .filter((p) => {
      try {
        return statSync(p).isDirectory() || statSync(p).isFile();
      } catch {
        return false;
      }
    });
}

export const tmpEntries = () => new Set(readdirSync(tmpdir()));

export function expectFailure(r: Result<unknown>, code: string, reason?: string): { code: string; message: string; details?: Record<string, unknown> } {
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error.code).toBe(code);
  if (reason) expect(r.error.details?.reason).toBe(reason);
  return r.error;
}
