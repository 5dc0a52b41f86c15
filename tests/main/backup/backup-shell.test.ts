import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { AutoOutcome } from '../../../src-main/core/backup/auto-backup';
import type { AppCore } from '../../../src-main/core/ipc/app-core';
import { backupBeforeClose } from '../../../src-main/electron/backup-shell';

vi.mock('electron', () => import('../electron/fake-electron'));

// The desktop window's close is held once while the office is open, so the shutdown backup runs
// before the window's session logs out and seals the office.

class Win extends EventEmitter {
  closed = 0;
  /** Emits 'close' like Electron; closes only when no listener prevented it. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed++;
  }
}

const coreIn = (phase: string) => ({ office: { phase } }) as unknown as AppCore;

describe('backup before the window closes', () => {
  it('holds the first close, backs up, then closes once; a second click meanwhile is ignored', async () => {
    const win = new Win();
    let finish!: (o: AutoOutcome) => void;
    const backup = vi.fn(() => new Promise<AutoOutcome>((r) => (finish = r)));
    backupBeforeClose(coreIn('open'), win, backup);
    win.close();
    win.close();
    expect(win.closed).toBe(0);
    expect(backup).toHaveBeenCalledTimes(1);
    finish({ done: true, bytes: 1 });
    await vi.waitFor(() => expect(win.closed).toBe(1));
    expect(backup).toHaveBeenCalledTimes(1);
  });

  it('closes at once when the office is sealed, and also after a failed backup', async () => {
    const sealed = new Win();
    const backup = vi.fn(async (): Promise<AutoOutcome> => ({ done: false, skipped: 'not-open' }));
    backupBeforeClose(coreIn('sealed'), sealed, backup);
    sealed.close();
    expect(sealed.closed).toBe(1);
    expect(backup).not.toHaveBeenCalled();

    const failing = new Win();
    backupBeforeClose(coreIn('open'), failing, () => Promise.reject(new Error('disk')));
    failing.close();
    await vi.waitFor(() => expect(failing.closed).toBe(1));
  });
});
