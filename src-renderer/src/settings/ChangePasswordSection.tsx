import { contract } from '@contract';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormTextField } from '../components/FormTextField';
import { NewPasswordField } from '../components/NewPasswordField';
import { withPasswordRepeat } from '../components/password-repeat';
import { Section } from '../components/Section';
import { SubmitButton } from '../components/SubmitButton';

const schema = withPasswordRepeat(contract['auth.changePassword'].input, 'newPassword');
const empty = { currentPassword: '', newPassword: '', passwordRepeat: '' };

/** Every user changes their own password (the server checks the current one first). */
export function ChangePasswordSection() {
  const { t } = useTranslation(['settings', 'common']);
  const { control, handleSubmit, reset } = useForm({ resolver: zodResolver(schema), defaultValues: empty });
  const change = useMutation({
    mutationFn: ({ passwordRepeat: _repeat, ...input }: typeof empty) => call('auth.changePassword', input),
    onSuccess: () => reset(empty),
  });
  return (
    <Section title={t('password.title')}>
      <form onSubmit={handleSubmit((values) => change.mutate(values))} noValidate>
        <FormTextField control={control} name="currentPassword" label={t('password.current')} type="password" required autoComplete="current-password" />
        <NewPasswordField control={control} name="newPassword" label={t('password.new')} />
        <FormTextField control={control} name="passwordRepeat" label={t('password.repeat')} type="password" required autoComplete="new-password" />
        <ErrorAlert error={change.error} />
        {change.isSuccess && (
          <Alert severity="success" sx={{ my: 2 }}>
            {t('password.done')}
          </Alert>
        )}
        <SubmitButton pending={change.isPending} label={t('password.submit')} sx={{ mt: 1 }} />
      </form>
    </Section>
  );
}
