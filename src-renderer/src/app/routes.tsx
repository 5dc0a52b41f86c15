import AssessmentIcon from '@mui/icons-material/Assessment';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import FolderSharedIcon from '@mui/icons-material/FolderShared';
import SettingsIcon from '@mui/icons-material/Settings';
import TodayIcon from '@mui/icons-material/Today';
import type { SvgIconComponent } from '@mui/icons-material';
import type { ReactNode } from 'react';
import { SettingsPage } from '../settings/SettingsPage';
import { PlaceholderPage } from './PlaceholderPage';

export interface AppRoute {
  /** First path segment, e.g. `/faelle`; deeper paths (`/faelle/123`) belong to the same route. */
  path: string;
  /** i18n key in the `nav` namespace for the navigation entry. */
  labelKey: string;
  icon: SvgIconComponent;
  /** Renders the page; `rest` is what follows the route's path (`/123` for `/faelle/123`). */
  render: (rest: string) => ReactNode;
}

/** The one table of pages: features replace a placeholder or add a row here. */
export const ROUTES: readonly AppRoute[] = [
  { path: '/heute', labelKey: 'heute', icon: TodayIcon, render: () => <PlaceholderPage id="heute" /> },
  { path: '/faelle', labelKey: 'faelle', icon: FolderSharedIcon, render: () => <PlaceholderPage id="faelle" /> },
  { path: '/kalender', labelKey: 'kalender', icon: CalendarMonthIcon, render: () => <PlaceholderPage id="kalender" /> },
  { path: '/berichte', labelKey: 'berichte', icon: AssessmentIcon, render: () => <PlaceholderPage id="berichte" /> },
  { path: '/einstellungen', labelKey: 'einstellungen', icon: SettingsIcon, render: () => <SettingsPage /> },
];

export const START_PATH = '/heute';

export function matchRoute(path: string): { route: AppRoute; rest: string } | null {
  for (const route of ROUTES) {
    if (path === route.path || path.startsWith(`${route.path}/`)) return { route, rest: path.slice(route.path.length) };
  }
  return null;
}
