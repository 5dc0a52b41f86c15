import { accessSync, constants, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { berlinDateTime } from './berlin-clock';

// The folder automatic backups go to, and the names they get there. Only files with exactly this
// name pattern are ever listed or rotated: anything else in the folder is left alone.

const AUTO_NAME = /^kim-fallakte-(\d{4}-\d{2}-\d{2})_(\d{2})(\d{2})(\d{2})(?:-(\d{1,3}))?\.kimbackup$/;

export interface AutoBackupFile {
  name: string;
  /** Berlin wall time `YYYY-MM-DDTHH:mm:ss` from the name. */
  localDateTime: string;
  bytes: number;
}

/** `kim-fallakte-YYYY-MM-DD_HHmmss.kimbackup` in Berlin time; `-n` if that name is taken. */
export function autoBackupName(ms: number, taken: (name: string) => boolean): string {
  const dt = berlinDateTime(ms);
  const base = `kim-fallakte-${dt.slice(0, 10)}_${dt.slice(11).replace(/:/g, '')}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.kimbackup` : `${base}-${n}.kimbackup`;
    if (!taken(name)) return name;
  }
}

export function parseAutoBackupName(name: string): string | null {
  const m = AUTO_NAME.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}` : null;
}

/** Exists, is a folder and is writable. */
export function isReachableFolder(dir: string): boolean {
  try {
    if (!statSync(dir).isDirectory()) return false;
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function isInside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The automatic backups in `dir`, newest first; an unreadable folder yields none. */
export function listAutoBackups(dir: string): AutoBackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: AutoBackupFile[] = [];
  for (const name of names) {
    const localDateTime = parseAutoBackupName(name);
    if (!localDateTime) continue;
    try {
      const st = statSync(join(dir, name));
      if (st.isFile()) out.push({ name, localDateTime, bytes: st.size });
    } catch {
      /* vanished meanwhile */
    }
  }
  return out.sort((a, b) => (a.localDateTime < b.localDateTime ? 1 : a.localDateTime > b.localDateTime ? -1 : a.name < b.name ? 1 : -1));
}

const PARTIAL = /^kim-fallakte-\d{4}-\d{2}-\d{2}_\d{6}(?:-\d{1,3})?\.kimbackup\.partial-[0-9a-f]{16}$/;
/** A writer updates its partial file continuously; one untouched for a day was left by a crash. */
const STALE_PARTIAL_MS = 24 * 60 * 60_000;

/** Removes half-written automatic backups that a crash left behind (never a complete file). */
export function removeStalePartials(dir: string, now: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!PARTIAL.test(name)) continue;
    try {
      if (now - statSync(join(dir, name)).mtimeMs > STALE_PARTIAL_MS) rmSync(join(dir, name), { force: true });
    } catch {
      /* gone meanwhile */
    }
  }
}
