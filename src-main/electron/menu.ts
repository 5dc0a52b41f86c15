import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_NAME, APP_VERSION } from '../core/config/app-info';

// The German application menu. Only standard roles: locking (Strg+L) and everything else is
// handled by the renderer, so the menu cannot bypass the registry's checks.

export function menuTemplate(packaged: boolean): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = packaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: 'Neu laden' },
        { role: 'toggleDevTools', label: 'Entwicklerwerkzeuge' },
      ];
  return [
    { label: 'Datei', submenu: [{ role: 'quit', label: 'Beenden' }] },
    {
      label: 'Bearbeiten',
      submenu: [
        { role: 'undo', label: 'Rückgängig' },
        { role: 'redo', label: 'Wiederholen' },
        { type: 'separator' },
        { role: 'cut', label: 'Ausschneiden' },
        { role: 'copy', label: 'Kopieren' },
        { role: 'paste', label: 'Einfügen' },
        { role: 'selectAll', label: 'Alles auswählen' },
      ],
    },
    {
      label: 'Ansicht',
      submenu: [
        { role: 'zoomIn', label: 'Vergrößern' },
        { role: 'zoomOut', label: 'Verkleinern' },
        { role: 'resetZoom', label: 'Originalgröße' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Vollbild' },
        ...developerItems,
      ],
    },
    { label: 'Hilfe', submenu: [{ role: 'about', label: `Über ${APP_NAME}` }] },
  ];
}

export function installMenu(packaged: boolean): void {
  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: APP_VERSION });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(packaged)));
}
