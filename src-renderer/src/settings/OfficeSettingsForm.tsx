import { contract } from '@contract';
import type { OfficeSettings } from '@contract/channels/settings';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { keyOf } from '../api/queries';
import { useStatusUpdates } from '../app/use-app-status';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormTextField } from '../components/FormTextField';
import { SubmitButton } from '../components/SubmitButton';

const schema = contract['settings.update'].input;

export function OfficeSettingsForm({ initial }: { initial: OfficeSettings }) {
  const { t } = useTranslation(['admin', 'common']);
  const queryClient = useQueryClient();
  const { refresh } = useStatusUpdates();
  const { control, handleSubmit } = useForm({ resolver: zodResolver(schema), defaultValues: initial });
  const save = useMutation({
    mutationFn: (input: OfficeSettings) => call('settings.update', input),
    onSuccess: (next) => {
      queryClient.setQueryData(keyOf('settings.get', {}), next);
      void refresh(); // Office name in the header, idle lock time of the session.
    },
  });
  return (
    <form onSubmit={handleSubmit((values) => save.mutate({ ...initial, ...values }))} noValidate>
      <FormTextField control={control} name="officeName" label={t('office.officeName')} required autoComplete="organization" />
      <FormTextField
        control={control}
        name="idleLockMinutes"
        label={t('office.idleLockMinutes')}
        helperText={t('office.idleHint')}
        type="number"
        numeric
        required
        slotProps={{ htmlInput: { min: 1, max: 240, step: 1 } }}
      />
      <ErrorAlert error={save.error} />
      {save.isSuccess && (
        <Alert severity="success" sx={{ my: 2 }}>
          {t('office.done')}
        </Alert>
      )}
      <SubmitButton pending={save.isPending} label={t('common:save')} sx={{ mt: 1 }} />
    </form>
  );
}
