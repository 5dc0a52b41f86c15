import { loginInput } from '@contract/channels/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CenteredPage } from '../components/CenteredPage';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormTextField } from '../components/FormTextField';
import { SubmitButton } from '../components/SubmitButton';
import { useSessionActions } from './use-session-actions';

/** Anmeldung: user name and password; wrong passwords and rate limits show the server's message. */
export function LoginScreen() {
  const { t } = useTranslation('auth');
  const { login } = useSessionActions();
  const { control, handleSubmit } = useForm({ resolver: zodResolver(loginInput), defaultValues: { username: '', password: '' } });
  const submit = handleSubmit((input) => login.mutate(input));
  return (
    <CenteredPage title={t('login.title')}>
      <Typography sx={{ mb: 1 }}>{t('login.intro')}</Typography>
      <form onSubmit={submit} noValidate>
        <FormTextField control={control} name="username" label={t('login.username')} required autoFocus autoComplete="username" />
        <FormTextField control={control} name="password" label={t('login.password')} type="password" required autoComplete="current-password" />
        <ErrorAlert error={login.error} />
        <SubmitButton pending={login.isPending} label={t('login.submit')} pendingLabel={t('login.pending')} sx={{ mt: 2 }} />
      </form>
    </CenteredPage>
  );
}
