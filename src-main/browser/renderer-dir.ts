import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built renderer (`out/renderer`), found from the bundle (out/main) or the source tree. */
export function findRendererDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.KIM_RENDERER_DIR) return env.KIM_RENDERER_DIR;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    for (const candidate of [join(dir, 'renderer'), join(dir, 'out', 'renderer')]) {
      if (existsSync(join(candidate, 'index.html'))) return candidate;
    }
    const up = resolve(dir, '..');
    if (up === dir) return null;
    dir = up;
  }
}
