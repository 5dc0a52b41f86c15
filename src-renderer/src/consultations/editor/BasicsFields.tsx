import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { CONSULTATION_FORMS, MAX_DURATION_MINUTES, type ConsultationForm } from '@contract/channels/consultation-fields';
import { useTranslation } from 'react-i18next';
import { isInvalid, type EditorPartProps } from './editor-props';

/** Date, start, duration, form and place of the consultation. */
export function BasicsFields({ content, change, invalid }: EditorPartProps) {
  const { t } = useTranslation('consultations');
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <TextField
        type="date"
        label={t('fields.date')}
        value={content.date}
        required
        error={isInvalid(invalid, 'content.date')}
        onChange={(e) => change({ date: e.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField type="time" label={t('fields.startTime')} value={content.startTime} onChange={(e) => change({ startTime: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
      <TextField
        type="number"
        label={t('fields.duration')}
        value={content.durationMinutes ?? ''}
        onChange={(e) => {
          const n = Number.parseInt(e.target.value, 10);
          change({ durationMinutes: Number.isFinite(n) ? Math.min(Math.max(n, 0), MAX_DURATION_MINUTES) : null });
        }}
        slotProps={{ htmlInput: { min: 0, max: MAX_DURATION_MINUTES, step: 5 } }}
        sx={{ maxWidth: 180 }}
      />
      <TextField select label={t('fields.form')} value={content.form ?? ''} onChange={(e) => change({ form: (e.target.value || null) as ConsultationForm | null })} sx={{ minWidth: 200 }}>
        <MenuItem value="">–</MenuItem>
        {CONSULTATION_FORMS.map((f) => (
          <MenuItem key={f} value={f}>
            {t(`forms.${f}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField label={t('fields.place')} value={content.place} onChange={(e) => change({ place: e.target.value })} slotProps={{ htmlInput: { maxLength: 300 } }} sx={{ flexGrow: 1 }} />
    </Stack>
  );
}
