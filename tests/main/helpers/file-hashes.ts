import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir` (recursively), by relative path. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** SHA-256 of every file below `dir` except those `skip` matches, by relative path. */
export function hashTree(dir: string, skip: (relPath: string) => boolean = () => false): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir)
      .filter((f) => !skip(f))
      .map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]),
  );
}
