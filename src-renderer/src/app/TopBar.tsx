import LockIcon from '@mui/icons-material/Lock';
import LogoutIcon from '@mui/icons-material/Logout';
import AppBar from '@mui/material/AppBar';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { SessionView } from '@contract/channels/app';
import { useTranslation } from 'react-i18next';
import { GlobalSearch } from '../cases/search/GlobalSearch';

interface TopBarProps {
  officeName: string;
  session: SessionView;
  onLock: () => void;
  onLogout: () => void;
}

/** The header landmark: office, who is signed in, lock and sign out. */
export function TopBar({ officeName, session, onLock, onLogout }: TopBarProps) {
  const { t } = useTranslation(['nav', 'common']);
  return (
    <AppBar
      position="fixed"
      color="inherit"
      elevation={0}
      sx={{ zIndex: (theme) => theme.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}
    >
      <Toolbar sx={{ gap: 2 }}>
        <Typography component="p" variant="h6" noWrap sx={{ flexGrow: 1 }} data-testid="office-name">
          {officeName}
        </Typography>
        <GlobalSearch />
        <Typography component="p" variant="body2">
          {t('userLabel', { name: session.displayName, role: t(`common:roles.${session.role}`) })}
        </Typography>
        <Tooltip title={t('lockHint')} describeChild>
          <Button startIcon={<LockIcon />} onClick={onLock} aria-keyshortcuts="Control+L">
            {t('lock')}
          </Button>
        </Tooltip>
        <Button startIcon={<LogoutIcon />} onClick={onLogout}>
          {t('logout')}
        </Button>
      </Toolbar>
    </AppBar>
  );
}
