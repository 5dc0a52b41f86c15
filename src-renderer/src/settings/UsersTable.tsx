import type { UserView } from '@contract/channels/users';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';

export interface UserActions {
  onToggleActive: (user: UserView) => void;
  onResetPassword: (user: UserView) => void;
  onRemove: (user: UserView) => void;
}

interface UsersTableProps extends UserActions {
  users: UserView[];
  /** The signed-in administrator cannot deactivate or remove their own account here. */
  currentUserId: string;
  busy: boolean;
}

export function UsersTable({ users, currentUserId, busy, onToggleActive, onResetPassword, onRemove }: UsersTableProps) {
  const { t } = useTranslation(['admin', 'common']);
  // Every row has the same buttons; the accessible name says which user each one acts on.
  const nameFor = (action: string, user: UserView) => t('users.actionFor', { action, name: user.displayName });
  return (
    <TableContainer>
      <Table size="small" aria-label={t('users.caption')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('users.username')}</TableCell>
            <TableCell>{t('users.displayName')}</TableCell>
            <TableCell>{t('users.role')}</TableCell>
            <TableCell>{t('users.status')}</TableCell>
            <TableCell>{t('users.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {users.map((user) => {
            const self = user.id === currentUserId;
            const toggle = user.active ? t('users.deactivate') : t('users.activate');
            return (
              <TableRow key={user.id}>
                <TableCell>{user.username}</TableCell>
                <TableCell>{user.displayName}</TableCell>
                <TableCell>{t(`common:roles.${user.role}`)}</TableCell>
                <TableCell>{user.active ? t('users.active') : t('users.inactive')}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1}>
                    <Button size="small" disabled={self || busy} onClick={() => onToggleActive(user)} aria-label={nameFor(toggle, user)}>
                      {toggle}
                    </Button>
                    <Button size="small" disabled={busy} onClick={() => onResetPassword(user)} aria-label={nameFor(t('users.resetPassword'), user)}>
                      {t('users.resetPassword')}
                    </Button>
                    <Button size="small" color="error" disabled={self || busy} onClick={() => onRemove(user)} aria-label={nameFor(t('users.remove'), user)}>
                      {t('users.remove')}
                    </Button>
                  </Stack>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
