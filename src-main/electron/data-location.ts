import { resolveDataDir } from '../core/config/data-dir';

/**
 * The office data folder of the desktop app: `--data-dir`, then `KIM_DATA_DIR`, then Electron's
 * `userData` (the same folder as core's `defaultDataDir()`, so desktop and browser mode share data).
 */
export function shellDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string): string {
  return resolveDataDir(argv, { ...env, KIM_DATA_DIR: env.KIM_DATA_DIR || userData });
}
