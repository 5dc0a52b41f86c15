import { contract } from '@contract';
import type { SessionView } from '@contract/channels/app';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CenteredPage } from '../components/CenteredPage';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormTextField } from '../components/FormTextField';
import { SubmitButton } from '../components/SubmitButton';
import { useSessionActions } from './use-session-actions';

/** Gesperrt: the signed-in user unlocks with the password or signs out. */
export function LockScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation('auth');
  const { unlock, logout } = useSessionActions();
  const { control, handleSubmit } = useForm({ resolver: zodResolver(contract['auth.unlock'].input), defaultValues: { password: '' } });
  const submit = handleSubmit((input) => unlock.mutate(input));
  return (
    <CenteredPage title={t('lock.title')}>
      <Typography sx={{ mb: 1 }}>{t('lock.intro', { name: session.displayName, username: session.username })}</Typography>
      <form onSubmit={submit} noValidate>
        {/* A hidden user name lets password managers match the entry; screen readers skip it. */}
        <input type="text" name="username" value={session.username} autoComplete="username" readOnly hidden />
        <FormTextField control={control} name="password" label={t('lock.password')} type="password" required autoFocus autoComplete="current-password" />
        <ErrorAlert error={unlock.error ?? logout.error} />
        <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
          <SubmitButton pending={unlock.isPending} label={t('lock.unlock')} pendingLabel={t('lock.pending')} />
          <Button variant="outlined" onClick={() => logout.mutate()} disabled={logout.isPending}>
            {t('lock.logout')}
          </Button>
        </Stack>
      </form>
    </CenteredPage>
  );
}
