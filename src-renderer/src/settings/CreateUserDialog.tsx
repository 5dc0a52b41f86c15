import { contract } from '@contract';
import type { UserView } from '@contract/channels/users';
import { ROLES } from '@contract/roles';
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
import { FormTextField } from '../components/FormTextField';
import { NewPasswordField } from '../components/NewPasswordField';
import { SubmitButton } from '../components/SubmitButton';
import { useUserMutations } from './use-user-mutations';

const schema = contract['users.create'].input;

/** Creates an account with its first password; the role list uses the German role names. */
export function CreateUserDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (user: UserView) => void }) {
  const { t } = useTranslation(['admin', 'auth', 'common']);
  const titleId = useId();
  const { create } = useUserMutations();
  const { control, handleSubmit } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { username: '', displayName: '', role: 'fallmanagement' as const, password: '' },
  });
  const submit = handleSubmit((input) => create.mutate(input, { onSuccess: onCreated }));
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('users.createTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('users.passwordHint')}</DialogContentText>
          <FormTextField control={control} name="username" label={t('users.username')} helperText={t('auth:setup.usernameHint')} required autoFocus autoComplete="off" />
          <FormTextField control={control} name="displayName" label={t('users.displayName')} required autoComplete="off" />
          <FormTextField control={control} name="role" label={t('users.role')} select required slotProps={{ select: { native: true } }}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`common:roles.${role}`)}
              </option>
            ))}
          </FormTextField>
          <NewPasswordField control={control} name="password" label={t('users.password')} />
          <ErrorAlert error={create.error} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <SubmitButton pending={create.isPending} label={t('users.create')} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
