import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { REMINDER_CHOICES, setReminderMinutes, useReminderMinutes } from './reminder-settings';

/** Einstellungen: how long before an appointment to remind, and the notification permission. */
export function ReminderSection() {
  const { t } = useTranslation('calendar');
  const minutes = useReminderMinutes();
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  return (
    <Section title={t('reminders.title')}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <TextField select label={t('reminders.lead')} value={minutes} sx={{ minWidth: 220 }} onChange={(e) => setReminderMinutes(Number(e.target.value))}>
          {REMINDER_CHOICES.map((m) => (
            <MenuItem key={m} value={m}>{m === 0 ? t('reminders.off') : t('reminders.minutes', { count: m })}</MenuItem>
          ))}
        </TextField>
        {supported && permission === 'default' && (
          <Button variant="outlined" onClick={() => void Notification.requestPermission().then(setPermission)}>
            {t('reminders.permission')}
          </Button>
        )}
      </Stack>
      {!supported && <Alert severity="info" sx={{ mt: 2 }}>{t('reminders.unsupported')}</Alert>}
      {supported && permission === 'denied' && <Alert severity="warning" sx={{ mt: 2 }}>{t('reminders.denied')}</Alert>}
      {supported && permission === 'granted' && <Alert severity="success" sx={{ mt: 2 }}>{t('reminders.granted')}</Alert>}
    </Section>
  );
}
