import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CONSULTATION_FORMS, MAX_DURATION_MINUTES, type ConsultationForm, type NextAppointmentInput } from '@contract/channels/consultation-fields';
import { useTranslation } from 'react-i18next';
import { isInvalid, type EditorPartProps } from './editor-props';

/** Next steps (text) and the next appointment, booked in the calendar on finalising. */
export function NextFields({ content, change, invalid }: EditorPartProps) {
  const { t } = useTranslation('consultations');
  const next = content.nextAppointment;
  const set = (patch: Partial<NextAppointmentInput>) => next && change({ nextAppointment: { ...next, ...patch } });
  const fresh: NextAppointmentInput = { date: '', time: content.startTime, durationMinutes: content.durationMinutes || 60, form: content.form ?? 'im_buero', place: content.place };
  const wrong = isInvalid(invalid, 'content.nextAppointment');
  return (
    <Stack spacing={2}>
      <TextField label={t('fields.nextSteps')} value={content.nextSteps} onChange={(e) => change({ nextSteps: e.target.value })} multiline minRows={2} slotProps={{ htmlInput: { maxLength: 4000 } }} />
      <FormControlLabel label={t('fields.planNext')} control={<Checkbox checked={next !== null} onChange={(e) => change({ nextAppointment: e.target.checked ? fresh : null })} />} />
      {next && (
        <>
          <Typography variant="body2">{t('fields.nextHint')}</Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <TextField type="date" label={t('fields.nextDate')} value={next.date} required error={wrong} onChange={(e) => set({ date: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField type="time" label={t('fields.nextTime')} value={next.time} required error={wrong} onChange={(e) => set({ time: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField
              type="number"
              label={t('fields.nextDuration')}
              value={next.durationMinutes}
              onChange={(e) => {
                const n = Number.parseInt(e.target.value, 10);
                if (Number.isFinite(n)) set({ durationMinutes: Math.min(Math.max(n, 5), MAX_DURATION_MINUTES) });
              }}
              slotProps={{ htmlInput: { min: 5, max: MAX_DURATION_MINUTES, step: 5 } }}
            />
            <TextField select label={t('fields.nextForm')} value={next.form} onChange={(e) => set({ form: e.target.value as ConsultationForm })} sx={{ minWidth: 200 }}>
              {CONSULTATION_FORMS.map((f) => (
                <MenuItem key={f} value={f}>
                  {t(`forms.${f}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField label={t('fields.nextPlace')} value={next.place} onChange={(e) => set({ place: e.target.value })} slotProps={{ htmlInput: { maxLength: 300 } }} sx={{ flexGrow: 1 }} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
