import type { UserView } from '@contract/channels/users';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../api/client';
import { useCallQuery } from '../api/queries';
import { useAppStatus } from '../app/use-app-status';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { Section } from '../components/Section';
import { CreateUserDialog } from './CreateUserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { useUserMutations } from './use-user-mutations';
import { UsersTable } from './UsersTable';

type OpenDialog = { kind: 'create' } | { kind: 'reset' | 'remove'; user: UserView } | null;

/** Administration only: the office's accounts, with create, (de)activate, reset and remove. */
export function UsersSection() {
  const { t } = useTranslation(['admin', 'common']);
  const users = useCallQuery('users.list', {});
  const currentUserId = useAppStatus().data?.session?.userId ?? '';
  const { update, remove } = useUserMutations();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState('');

  const done = (text: string) => {
    setDialog(null);
    setNotice(text);
  };
  const toggleActive = (user: UserView) => {
    setNotice('');
    update.mutate({ id: user.id, version: user.version, active: !user.active }, { onSuccess: () => setNotice(t('users.updated', { name: user.displayName })) });
  };
  const failure = update.error ?? remove.error ?? users.error;
  // CONFLICT with a version: someone changed the account meanwhile; reloading shows the current state.
  const staleList = isApiCallError(failure) && failure.code === 'CONFLICT' && failure.details?.currentVersion !== undefined;

  return (
    <Section title={t('users.title')}>
      <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setDialog({ kind: 'create' })} sx={{ mb: 2 }}>
        {t('users.create')}
      </Button>
      <div role="status">{notice && <Alert severity="success">{notice}</Alert>}</div>
      <ErrorAlert
        error={failure}
        action={staleList && (
          <Button color="inherit" size="small" onClick={() => void users.refetch()}>
            {t('common:reload')}
          </Button>
        )}
      />
      {users.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      {users.data && (
        <UsersTable
          users={users.data}
          currentUserId={currentUserId}
          busy={update.isPending || remove.isPending}
          onToggleActive={toggleActive}
          onResetPassword={(user) => setDialog({ kind: 'reset', user })}
          onRemove={(user) => setDialog({ kind: 'remove', user })}
        />
      )}
      {dialog?.kind === 'create' && (
        <CreateUserDialog onClose={() => setDialog(null)} onCreated={(user) => done(t('users.created', { name: user.displayName }))} />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} onDone={() => done(t('users.passwordReset', { name: dialog.user.displayName }))} />
      )}
      <ConfirmDialog
        open={dialog?.kind === 'remove'}
        title={t('users.removeTitle')}
        text={dialog?.kind === 'remove' ? t('users.removeText', { name: dialog.user.displayName }) : ''}
        confirmLabel={t('users.removeConfirm')}
        pending={remove.isPending}
        onClose={() => setDialog(null)}
        onConfirm={() => {
          if (dialog?.kind !== 'remove') return;
          const { user } = dialog;
          remove.mutate(
            { id: user.id },
            { onSuccess: () => done(t('users.removed', { name: user.displayName })), onError: () => setDialog(null) },
          );
        }}
      />
    </Section>
  );
}
