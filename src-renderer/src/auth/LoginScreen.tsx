import { loginInput } from '@contract/channels/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CenteredPage } from '../components/CenteredPage';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormTextField } from '../components/FormTextField';
import { SubmitButton } from '../components/SubmitButton';
import { RecoverPasswordScreen } from './RecoverPasswordScreen';
import { useSessionActions } from './use-session-actions';

type LoginView = { kind: 'login'; username: string; recovered: boolean } | { kind: 'recover'; username: string };

/** Anmeldung, or the reset of a forgotten password with the recovery code. */
export function LoginScreen() {
  const [view, setView] = useState<LoginView>({ kind: 'login', username: '', recovered: false });
  if (view.kind === 'recover') {
    return (
      <RecoverPasswordScreen
        initialUsername={view.username}
        onDone={(username) => setView({ kind: 'login', username, recovered: true })}
        onBack={(username) => setView({ kind: 'login', username, recovered: false })}
      />
    );
  }
  return <LoginForm username={view.username} recovered={view.recovered} onForgot={(username) => setView({ kind: 'recover', username })} />;
}

interface LoginFormProps {
  username: string;
  /** Just came back from a successful reset: say so, and the password is what is missing. */
  recovered: boolean;
  onForgot: (typedUsername: string) => void;
}

/** User name and password; wrong passwords and rate limits show the server's message. */
function LoginForm({ username, recovered, onForgot }: LoginFormProps) {
  const { t } = useTranslation('auth');
  const { login } = useSessionActions();
  const { control, handleSubmit, getValues } = useForm({ resolver: zodResolver(loginInput), defaultValues: { username, password: '' } });
  const submit = handleSubmit((input) => login.mutate(input));
  return (
    <CenteredPage title={t('login.title')}>
      {recovered && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {t('login.recovered')}
        </Alert>
      )}
      <Typography sx={{ mb: 1 }}>{t('login.intro')}</Typography>
      <form onSubmit={submit} noValidate>
        <FormTextField control={control} name="username" label={t('login.username')} required autoFocus={username === ''} autoComplete="username" />
        <FormTextField
          control={control}
          name="password"
          label={t('login.password')}
          type="password"
          required
          autoFocus={username !== ''}
          autoComplete="current-password"
        />
        <ErrorAlert error={login.error} />
        <SubmitButton pending={login.isPending} label={t('login.submit')} pendingLabel={t('login.pending')} sx={{ mt: 2 }} />
      </form>
      <Box sx={{ mt: 3 }}>
        <Link component="button" type="button" variant="body2" onClick={() => onForgot(getValues('username').trim())}>
          {t('login.forgot')}
        </Link>
      </Box>
    </CenteredPage>
  );
}
