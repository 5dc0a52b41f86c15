import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../core/fs/atomic-write';

// Where the main window was, so it reopens there. Not office data: a missing or broken file just
// means the default size, and a position on a monitor that is gone is ignored.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 900, height: 600 };
/** How much of the window must lie on one display to count as visible (enough to grab the title bar). */
const MIN_VISIBLE = { width: 120, height: 60 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const extent = z.number().int().min(1).max(100_000);
const stateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: extent, height: extent }),
  maximized: z.boolean(),
});

export const windowStateFile = (dataDir: string) => join(dataDir, 'window-state.json');

export function loadWindowState(dataDir: string): WindowState | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(windowStateFile(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveWindowState(dataDir: string, state: WindowState): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileAtomic(windowStateFile(dataDir), JSON.stringify(state));
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** True when a good part of `bounds` lies on one of the displays' work areas. */
export function isOnScreen(bounds: Rect, workAreas: readonly Rect[]): boolean {
  return workAreas.some((area) => {
    const o = overlap(bounds, area);
    return o.width >= Math.min(MIN_VISIBLE.width, bounds.width) && o.height >= Math.min(MIN_VISIBLE.height, bounds.height);
  });
}

/** The saved state if it is still visible on the current displays, else null (use the default). */
export function restorableState(saved: WindowState | null, workAreas: readonly Rect[]): WindowState | null {
  return saved && isOnScreen(saved.bounds, workAreas) ? saved : null;
}
