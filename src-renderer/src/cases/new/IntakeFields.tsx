import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Alert from '@mui/material/Alert';
import { useId } from 'react';
import { Controller, useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { FormTextField } from '../../components/FormTextField';
import { DateField } from '../shared/DateField';
import { SelectField } from '../shared/SelectField';

interface IntakeShape {
  kommuneId?: string;
  intakeReason?: string;
  firstContactOn?: string;
  consentRecorded?: boolean;
  consentRecordedOn?: string;
}

/** Kommune, intake reason, first contact and the consent to open the full case file. */
export function IntakeFields<T extends FieldValues & IntakeShape>({ control }: { control: Control<T> }) {
  const { t } = useTranslation('cases');
  const kommunen = useCallQuery('kommunen.list', {});
  const hintId = useId();
  const recorded = useWatch({ control, name: 'consentRecorded' as Path<T> }) as boolean | undefined;
  const options = kommunen.data ?? [];
  return (
    <>
      {kommunen.data && options.length === 0 && <Alert severity="warning">{t('wizard.noKommune')}</Alert>}
      <SelectField
        control={control}
        name={'kommuneId' as Path<T>}
        label={t('wizard.kommune')}
        options={options.map((k) => k.id)}
        labelOf={(id) => options.find((k) => k.id === id)?.name ?? ''}
        emptyLabel=""
        required
      />
      <FormTextField control={control} name={'intakeReason' as Path<T>} label={t('wizard.intakeReason')} required multiline minRows={2} />
      <DateField control={control} name={'firstContactOn' as Path<T>} label={t('wizard.firstContactOn')} required />
      <Controller
        control={control}
        name={'consentRecorded' as Path<T>}
        render={({ field }) => (
          <FormControlLabel
            control={<Checkbox checked={Boolean(field.value)} onChange={(e) => field.onChange(e.target.checked)} slotProps={{ input: { 'aria-describedby': hintId } }} />}
            label={t('wizard.consentRecorded')}
          />
        )}
      />
      <FormHelperText id={hintId}>{t('wizard.consentHint')}</FormHelperText>
      {recorded && <DateField control={control} name={'consentRecordedOn' as Path<T>} label={t('wizard.consentRecordedOn')} required />}
    </>
  );
}
