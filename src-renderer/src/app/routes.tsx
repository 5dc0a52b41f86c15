import AssessmentIcon from '@mui/icons-material/Assessment';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import EditNoteIcon from '@mui/icons-material/EditNote';
import FolderSharedIcon from '@mui/icons-material/FolderShared';
import PrintIcon from '@mui/icons-material/Print';
import SettingsIcon from '@mui/icons-material/Settings';
import TodayIcon from '@mui/icons-material/Today';
import type { SvgIconComponent } from '@mui/icons-material';
import type { ReactNode } from 'react';
import { CalendarRoute } from '../calendar/CalendarRoute';
import { CasesRoute } from '../cases/CasesRoute';
import { TodayPage } from '../cases/today/TodayPage';
import { ConsultationRoute } from '../consultations/ConsultationRoute';
import { PrintRoute } from '../print/PrintRoute';
import { ReportsRoute } from '../reports/ReportsRoute';
import { SettingsPage } from '../settings/SettingsPage';

export interface AppRoute {
  /** First path segment, e.g. `/faelle`; deeper paths (`/faelle/123`) belong to the same route. */
  path: string;
  /** i18n key in the `nav` namespace for the navigation entry. */
  labelKey: string;
  icon: SvgIconComponent;
  /** Renders the page; `rest` is what follows the route's path (`/123` for `/faelle/123`). */
  render: (rest: string) => ReactNode;
  /** Reached through links only: not listed in the navigation. */
  hidden?: boolean;
  /** A print preview: shown alone, without header and navigation (they would end up on paper). */
  bare?: boolean;
}

/** The one table of pages: features replace a placeholder or add a row here. */
export const ROUTES: readonly AppRoute[] = [
  { path: '/heute', labelKey: 'heute', icon: TodayIcon, render: () => <TodayPage /> },
  { path: '/faelle', labelKey: 'faelle', icon: FolderSharedIcon, render: (rest) => <CasesRoute rest={rest} /> },
  { path: '/kalender', labelKey: 'kalender', icon: CalendarMonthIcon, render: (rest) => <CalendarRoute rest={rest} /> },
  { path: '/berichte', labelKey: 'berichte', icon: AssessmentIcon, render: (rest) => <ReportsRoute rest={rest} /> },
  { path: '/einstellungen', labelKey: 'einstellungen', icon: SettingsIcon, render: () => <SettingsPage /> },
  { path: '/beratung', labelKey: 'beratung', icon: EditNoteIcon, hidden: true, render: (rest) => <ConsultationRoute rest={rest} /> },
  { path: '/druck', labelKey: 'druck', icon: PrintIcon, hidden: true, bare: true, render: (rest) => <PrintRoute rest={rest} /> },
];

export const START_PATH = '/heute';

export function matchRoute(path: string): { route: AppRoute; rest: string } | null {
  for (const route of ROUTES) {
    if (path === route.path || path.startsWith(`${route.path}/`)) return { route, rest: path.slice(route.path.length) };
  }
  return null;
}
