import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../src-main/electron/menu';

vi.mock('electron', () => import('./fake-electron'));

const roles = (packaged: boolean) => menuTemplate(packaged).flatMap((m) => (m.submenu as Array<{ role?: string }>).map((i) => i.role).filter(Boolean));

describe('application menu', () => {
  it('is German, with only standard roles', () => {
    expect(menuTemplate(true).map((m) => m.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
    expect(roles(true)).toEqual(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'about']);
    for (const m of menuTemplate(true)) for (const item of m.submenu as Array<{ click?: unknown }>) expect(item.click).toBeUndefined();
  });

  it('has developer tools only in unpackaged builds', () => {
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });
});
