import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { FormState, Repeat } from './appointment-form';

interface Props {
  form: FormState;
  onChange: (patch: Partial<FormState>) => void;
  disabled: boolean;
}

const WEEK_OF_MONTH = [1, 2, 3, 4, 5, -1] as const;
const shrink = { inputLabel: { shrink: true } } as const;

/** Weekly (every n weeks, on weekdays), monthly by weekday, daily; ends on a date or after n. */
export function RecurrenceFields({ form, onChange, disabled }: Props) {
  const { t } = useTranslation('calendar');
  const days = t('weekdays', { returnObjects: true }) as string[];
  const toggleDay = (day: number) =>
    onChange({ weekdays: form.weekdays.includes(day) ? form.weekdays.filter((d) => d !== day) : [...form.weekdays, day].sort() });
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField select label={t('recurrence.label')} value={form.repeat} disabled={disabled} sx={{ minWidth: 220 }}
          onChange={(e) => onChange({ repeat: e.target.value as Repeat })}>
          {(['none', 'daily', 'weekly', 'monthly'] as const).map((r) => (
            <MenuItem key={r} value={r}>{t(`recurrence.${r}`)}</MenuItem>
          ))}
        </TextField>
        {form.repeat !== 'none' && (
          <TextField type="number" label={t('recurrence.interval')} value={form.interval} disabled={disabled}
            slotProps={{ htmlInput: { min: 1, max: 99 } }} onChange={(e) => onChange({ interval: Math.max(1, Number(e.target.value) || 1) })} />
        )}
      </Stack>
      {form.repeat === 'weekly' && (
        <FormControl component="fieldset">
          <FormLabel component="legend">{t('recurrence.weekdays')}</FormLabel>
          <FormGroup row>
            {days.map((name, i) => (
              <FormControlLabel key={name} label={name} disabled={disabled}
                control={<Checkbox checked={form.weekdays.includes(i + 1)} onChange={() => toggleDay(i + 1)} />} />
            ))}
          </FormGroup>
        </FormControl>
      )}
      {form.repeat === 'monthly' && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField select label={t('recurrence.weekOfMonth')} value={form.weekOfMonth} disabled={disabled} sx={{ minWidth: 160 }}
            onChange={(e) => onChange({ weekOfMonth: Number(e.target.value) as FormState['weekOfMonth'] })}>
            {WEEK_OF_MONTH.map((w) => (
              <MenuItem key={w} value={w}>{t(`recurrence.weekOfMonthOptions.${w}`)}</MenuItem>
            ))}
          </TextField>
          <TextField select label={t('recurrence.weekday')} value={form.monthWeekday} disabled={disabled} sx={{ minWidth: 160 }}
            onChange={(e) => onChange({ monthWeekday: Number(e.target.value) })}>
            {days.map((name, i) => (
              <MenuItem key={name} value={i + 1}>{name}</MenuItem>
            ))}
          </TextField>
        </Stack>
      )}
      {form.repeat !== 'none' && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField select label={t('recurrence.end')} value={form.endKind} disabled={disabled} sx={{ minWidth: 180 }}
            onChange={(e) => onChange({ endKind: e.target.value as FormState['endKind'] })}>
            <MenuItem value="until">{t('recurrence.endUntil')}</MenuItem>
            <MenuItem value="count">{t('recurrence.endCount')}</MenuItem>
          </TextField>
          {form.endKind === 'until' ? (
            <TextField type="date" label={t('recurrence.until')} value={form.until} disabled={disabled} slotProps={shrink}
              onChange={(e) => onChange({ until: e.target.value })} />
          ) : (
            <TextField type="number" label={t('recurrence.count')} value={form.count} disabled={disabled}
              slotProps={{ htmlInput: { min: 1, max: 1000 } }} onChange={(e) => onChange({ count: Math.max(1, Number(e.target.value) || 1) })} />
          )}
        </Stack>
      )}
    </Stack>
  );
}
