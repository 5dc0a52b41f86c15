import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import type { SessionView } from '@contract/channels/app';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionActions } from '../auth/use-session-actions';
import { AppointmentReminders } from '../calendar/reminders/AppointmentReminders';
import { SkipLink } from '../components/SkipLink';
import { replacePath, useHashPath } from './hash-route';
import { NavDrawer } from './NavDrawer';
import { NotFoundPage } from './NotFoundPage';
import { matchRoute, START_PATH } from './routes';
import { TopBar } from './TopBar';
import { useIdleLock } from './use-idle-lock';
import { useLockShortcut } from './use-lock-shortcut';

const MAIN_ID = 'main-content';

/** The signed-in app: header, navigation, the current page; locks on idle and on Ctrl+L. */
export function AppShell({ officeName, session }: { officeName: string; session: SessionView }) {
  const { t } = useTranslation('nav');
  const path = useHashPath();
  const { lock, logout } = useSessionActions();
  const doLock = () => {
    if (!lock.isPending) lock.mutate();
  };
  useIdleLock(session.idleLockMinutes, doLock);
  useLockShortcut(doLock);

  useEffect(() => {
    if (path === '/') replacePath(START_PATH);
  }, [path]);

  // After a page change, focus moves to the new content so screen readers start there.
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(path);
  useEffect(() => {
    if (path !== firstPath.current) mainRef.current?.focus();
  }, [path]);

  const match = matchRoute(path);
  if (match?.route.bare) return <>{match.route.render(match.rest)}</>;
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <SkipLink targetId={MAIN_ID}>{t('skipToContent')}</SkipLink>
      <AppointmentReminders />
      <TopBar officeName={officeName} session={session} onLock={doLock} onLogout={() => logout.mutate()} />
      <NavDrawer current={match?.route ?? null} />
      <Box component="main" id={MAIN_ID} ref={mainRef} tabIndex={-1} sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        {match ? match.route.render(match.rest) : path === '/' ? null : <NotFoundPage />}
      </Box>
    </Box>
  );
}
