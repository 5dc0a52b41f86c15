import { spawn } from 'node:child_process';
import { REPO_ROOT } from '../cli/cli-harness';

// Child processes (TypeScript via tsx) killed with SIGKILL at a chosen moment, for the crash tests.

export interface Killed {
  stdout: string;
  exitedByItself: boolean;
}

/**
 * Returns a starter for children with `env` (and none of the parent's KIM_ variables). Each child
 * is SIGKILLed `delayMs` after `trigger` appears on its stdout (or after start when no trigger is
 * given); the promise resolves once it is gone.
 */
export function childKiller(env: Record<string, string>) {
  return (args: string[], delayMs: number, trigger?: string): Promise<Killed> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
        cwd: REPO_ROOT,
        env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('KIM_'))), ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let armed = false;
      const arm = () => {
        if (armed) return;
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      };
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (trigger && stdout.includes(trigger)) arm();
      });
      child.stderr.resume();
      if (!trigger) arm();
      child.on('error', reject);
      child.on('close', (_code, signal) => resolve({ stdout, exitedByItself: signal === null }));
    });
}
