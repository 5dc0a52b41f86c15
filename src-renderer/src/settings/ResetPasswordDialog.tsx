import { contract } from '@contract';
import type { UserView } from '@contract/channels/users';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { NewPasswordField } from '../components/NewPasswordField';
import { SubmitButton } from '../components/SubmitButton';
import { useUserMutations } from './use-user-mutations';

const schema = contract['users.resetPassword'].input.omit({ id: true });

interface ResetPasswordDialogProps {
  user: UserView;
  onClose: () => void;
  onDone: () => void;
}

/** Sets a new password for another user, who then signs in with it and may change it. */
export function ResetPasswordDialog({ user, onClose, onDone }: ResetPasswordDialogProps) {
  const { t } = useTranslation(['admin', 'common']);
  const titleId = useId();
  const { resetPassword } = useUserMutations();
  const { control, handleSubmit } = useForm({ resolver: zodResolver(schema), defaultValues: { newPassword: '' } });
  const submit = handleSubmit(({ newPassword }) => resetPassword.mutate({ id: user.id, newPassword }, { onSuccess: onDone }));
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('users.resetTitle', { name: user.displayName })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('users.passwordHint')}</DialogContentText>
          <NewPasswordField control={control} name="newPassword" label={t('users.newPassword')} autoFocus />
          <ErrorAlert error={resetPassword.error} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <SubmitButton pending={resetPassword.isPending} label={t('users.resetPassword')} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
