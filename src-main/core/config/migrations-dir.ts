import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds the shipped `drizzle/` folder: `KIM_MIGRATIONS_DIR` if set (the packaged app sets it to its
 * resources), else the nearest `drizzle/meta/_journal.json` above this module (source and build).
 */
export function defaultMigrationsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KIM_MIGRATIONS_DIR) return env.KIM_MIGRATIONS_DIR;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'drizzle', 'meta', '_journal.json'))) return join(dir, 'drizzle');
    const up = resolve(dir, '..');
    if (up === dir) throw new Error('drizzle migrations folder not found');
    dir = up;
  }
}
