import FormControlLabel from '@mui/material/FormControlLabel';
import FormControl from '@mui/material/FormControl';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateDe } from '../berlin';
import type { FoldQuestion } from '../calendar-errors';
import { type Fold, type FormState, withStartDate } from './appointment-form';

interface Props {
  form: FormState;
  onChange: (patch: Partial<FormState>) => void;
  disabled: boolean;
  /** The server asked which of the two October 02:xx is meant. */
  fold: FoldQuestion | null;
}

const shrink = { inputLabel: { shrink: true } } as const;

/** Start and end (Berlin wall time), all-day switch, and the October fold question. */
export function TimeFields({ form, onChange, disabled, fold }: Props) {
  const { t } = useTranslation('calendar');
  const foldLabel = useId();
  const foldValue = fold ? (fold.field === 'start' ? form.startFold : form.endFold) : null;
  return (
    <>
      <FormControlLabel
        control={<Switch checked={form.allDay} onChange={(e) => onChange({ allDay: e.target.checked })} disabled={disabled} />}
        label={t('dialog.allDay')}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField type="date" label={t('dialog.startDate')} value={form.startDate} disabled={disabled} slotProps={shrink}
          onChange={(e) => onChange({ ...withStartDate(form, e.target.value), startFold: null, ...(e.target.value > form.endDate ? { endDate: e.target.value } : {}) })} />
        {!form.allDay && (
          <TextField type="time" label={t('dialog.startTime')} value={form.startTime} disabled={disabled} slotProps={shrink}
            onChange={(e) => onChange({ startTime: e.target.value, startFold: null })} />
        )}
        <TextField type="date" label={t('dialog.endDate')} value={form.endDate} disabled={disabled} slotProps={shrink}
          onChange={(e) => onChange({ endDate: e.target.value, endFold: null })} />
        {!form.allDay && (
          <TextField type="time" label={t('dialog.endTime')} value={form.endTime} disabled={disabled} slotProps={shrink}
            onChange={(e) => onChange({ endTime: e.target.value, endFold: null })} />
        )}
      </Stack>
      {fold && (
        <FormControl>
          <FormLabel id={foldLabel}>{t('dialog.foldQuestion', { time: fold.time, date: formatDateDe(fold.date) })}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={foldLabel}
            value={foldValue ?? ''}
            onChange={(e) => onChange(fold.field === 'start' ? { startFold: e.target.value as Fold } : { endFold: e.target.value as Fold })}
          >
            <FormControlLabel value="earlier" control={<Radio />} label={t('dialog.foldEarlier')} />
            <FormControlLabel value="later" control={<Radio />} label={t('dialog.foldLater')} />
          </RadioGroup>
        </FormControl>
      )}
    </>
  );
}
