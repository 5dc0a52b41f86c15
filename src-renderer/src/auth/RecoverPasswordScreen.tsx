import type { InputOf } from '@contract';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { CenteredPage } from '../components/CenteredPage';
import { FormTextField } from '../components/FormTextField';
import { NewPasswordField } from '../components/NewPasswordField';
import { SubmitButton } from '../components/SubmitButton';
import { useRecoverErrorText } from './recover-error-text';
import { emptyRecoverForm, recoverFormSchema } from './recover-form';

interface RecoverPasswordScreenProps {
  /** What was typed on the login screen, so it need not be typed twice. */
  initialUsername: string;
  /** After the reset, with the user name to fill in on the login screen. */
  onDone: (username: string) => void;
  /** Back without a reset, keeping the user name typed here. */
  onBack: (typedUsername: string) => void;
}

/** Passwort vergessen: the office recovery code sets a new password for one user name. */
export function RecoverPasswordScreen({ initialUsername, onDone, onBack }: RecoverPasswordScreenProps) {
  const { t } = useTranslation('auth');
  const errorText = useRecoverErrorText();
  const { control, handleSubmit, getValues } = useForm({ resolver: zodResolver(recoverFormSchema), defaultValues: emptyRecoverForm(initialUsername) });
  const recover = useMutation({ mutationFn: (input: InputOf<'auth.recover'>) => call('auth.recover', input) });
  const submit = handleSubmit(({ passwordRepeat: _repeat, ...input }) => recover.mutate(input, { onSuccess: () => onDone(input.username) }));

  return (
    <CenteredPage title={t('recover.title')} maxWidth={600}>
      <Typography gutterBottom>{t('recover.intro')}</Typography>
      <Typography sx={{ mb: 1 }}>{t('recover.caseManagers')}</Typography>
      <form onSubmit={submit} noValidate>
        <FormTextField
          control={control}
          name="username"
          label={t('recover.username')}
          required
          autoFocus={initialUsername === ''}
          autoComplete="username"
        />
        <FormTextField
          control={control}
          name="recoveryCode"
          label={t('recover.code')}
          helperText={t('recover.codeHint')}
          required
          autoFocus={initialUsername !== ''}
          autoComplete="off"
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'characters', style: { fontFamily: 'Consolas, "Courier New", monospace' } } }}
        />
        <NewPasswordField control={control} name="newPassword" label={t('recover.newPassword')} />
        <FormTextField control={control} name="passwordRepeat" label={t('recover.passwordRepeat')} type="password" required autoComplete="new-password" />
        {recover.error && (
          <Alert severity="error" sx={{ my: 2 }}>
            {errorText(recover.error)}
          </Alert>
        )}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 2 }}>
          <SubmitButton pending={recover.isPending} label={t('recover.submit')} pendingLabel={t('recover.pending')} />
          <Button variant="outlined" onClick={() => onBack(getValues('username').trim())}>
            {t('recover.back')}
          </Button>
        </Stack>
      </form>
    </CenteredPage>
  );
}
