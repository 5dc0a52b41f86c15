import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { keyOf, useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { Notice } from '../shared/Notice';

/** Administration: how many weeks before expiry a residence document shows up on Heute. */
export function ResidenceReminderSection() {
  const { t } = useTranslation('cases');
  const queryClient = useQueryClient();
  const settings = useCallQuery('settings.get', {});
  const [weeks, setWeeks] = useState('');
  useEffect(() => {
    if (settings.data) setWeeks(String(settings.data.residenceReminderWeeks));
  }, [settings.data]);
  const save = useMutation({
    mutationFn: (value: number) => call('settings.update', { residenceReminderWeeks: value }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyOf('settings.get') }),
  });
  return (
    <Section title={t('reminder.title')}>
      <Notice text={save.isSuccess ? t('reminder.saved') : ''} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(Number(weeks));
        }}
      >
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField type="number" label={t('reminder.weeks')} helperText={t('reminder.hint')} value={weeks} onChange={(e) => setWeeks(e.target.value)} slotProps={{ htmlInput: { min: 1, max: 52 } }} />
          <Button type="submit" variant="contained" disabled={save.isPending} sx={{ mt: 1 }}>
            {t('actions.save')}
          </Button>
        </Stack>
      </form>
      <ErrorAlert error={save.error ?? settings.error} />
    </Section>
  );
}
