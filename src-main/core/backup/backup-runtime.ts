import type { AppCore } from '../ipc/app-core';
import { backupErrors } from './messages';

// Per running app (per AppCore): one backup or restore at a time, the shell's file dialog if there
// is one, and the scheduler's bookkeeping. Kept beside the core rather than in it, so the
// foundation's AppCore does not need to know about backups.

export type PickPurpose = 'save' | 'open' | 'folder';

/** The desktop shell's file dialogs; browser mode has none (paths are typed in there). */
export type PathPicker = (purpose: PickPurpose, clientId: string, suggestedName: string) => Promise<string | null>;

interface BackupRuntime {
  busy: boolean;
  picker: PathPicker | null;
  /** When the scheduler last tried an automatic backup (ms); it retries at most hourly. */
  lastAutoAttempt: number;
}

const runtimes = new WeakMap<AppCore, BackupRuntime>();

export function backupRuntime(core: AppCore): BackupRuntime {
  let rt = runtimes.get(core);
  if (!rt) {
    rt = { busy: false, picker: null, lastAutoAttempt: Number.NEGATIVE_INFINITY };
    runtimes.set(core, rt);
  }
  return rt;
}

export function setPathPicker(core: AppCore, picker: PathPicker): void {
  backupRuntime(core).picker = picker;
}

/** Runs `fn` as the only backup/restore of this app; a second one at the same time gets CONFLICT. */
export async function exclusive<T>(core: AppCore, fn: () => Promise<T>): Promise<T> {
  const rt = backupRuntime(core);
  if (rt.busy) throw backupErrors.busy();
  rt.busy = true;
  try {
    return await fn();
  } finally {
    rt.busy = false;
  }
}
