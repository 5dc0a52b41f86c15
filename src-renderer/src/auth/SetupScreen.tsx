import { zodResolver } from '@hookform/resolvers/zod';
import type { InputOf } from '@contract';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { CenteredPage } from '../components/CenteredPage';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormTextField } from '../components/FormTextField';
import { NewPasswordField } from '../components/NewPasswordField';
import { SubmitButton } from '../components/SubmitButton';
import type { RecoverySheet } from './RecoveryCodeScreen';
import { SetupRestoreScreen } from './SetupRestoreScreen';
import { emptySetupForm, setupFormSchema } from './setup-form';

/**
 * First run (Einrichtung): office name and the first administrator; answers the recovery code.
 * Alternatively the office comes back from a backup (new workstation, lost data directory).
 */
export function SetupScreen({ onDone }: { onDone: (sheet: RecoverySheet) => void }) {
  const { t } = useTranslation(['auth', 'restore']);
  const [restoring, setRestoring] = useState(false);
  const { control, handleSubmit } = useForm({ resolver: zodResolver(setupFormSchema), defaultValues: emptySetupForm });
  const setup = useMutation({ mutationFn: (input: InputOf<'auth.setup'>) => call('auth.setup', input) });

  const submit = handleSubmit(({ passwordRepeat: _repeat, ...input }) =>
    setup.mutate(input, {
      onSuccess: ({ recoveryCode }) => onDone({ code: recoveryCode, officeName: input.officeName, createdAt: new Date() }),
    }),
  );

  if (restoring) return <SetupRestoreScreen onBack={() => setRestoring(false)} />;
  return (
    <CenteredPage title={t('setup.title')} maxWidth={600}>
      <Typography sx={{ mb: 1 }}>{t('setup.intro')}</Typography>
      <form onSubmit={submit} noValidate>
        <FormTextField control={control} name="officeName" label={t('setup.officeName')} required autoFocus autoComplete="organization" />
        <FormTextField
          control={control}
          name="adminUsername"
          label={t('setup.adminUsername')}
          helperText={t('setup.usernameHint')}
          required
          autoComplete="username"
        />
        <FormTextField control={control} name="adminDisplayName" label={t('setup.adminDisplayName')} required autoComplete="name" />
        <NewPasswordField control={control} name="adminPassword" label={t('setup.adminPassword')} />
        <FormTextField control={control} name="passwordRepeat" label={t('setup.passwordRepeat')} type="password" required autoComplete="new-password" />
        <ErrorAlert error={setup.error} />
        <SubmitButton pending={setup.isPending} label={t('setup.submit')} pendingLabel={t('setup.pending')} sx={{ mt: 2 }} />
      </form>
      <Divider sx={{ my: 3 }} />
      <Typography sx={{ mb: 1 }}>{t('restore:offer.text')}</Typography>
      <Button variant="outlined" onClick={() => setRestoring(true)}>
        {t('restore:offer.button')}
      </Button>
    </CenteredPage>
  );
}
