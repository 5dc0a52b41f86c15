import { GENDERS, HOUSEHOLD_RELATIONS } from '@contract/channels/casefile-fields';
import DeleteIcon from '@mui/icons-material/Delete';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../components/FormTextField';
import { DateField } from '../shared/DateField';
import { SelectField } from '../shared/SelectField';
import { DuplicateHint } from './DuplicateHint';
import type { NewCaseForm } from './new-case-form';

interface MemberFieldsProps {
  control: Control<NewCaseForm>;
  index: number;
  family: boolean;
  onRemove: (() => void) | null;
}

/** One person of the new case (a group named "Person n"), with the duplicate warning under the names. */
export function MemberFields({ control, index, family, onRemove }: MemberFieldsProps) {
  const { t } = useTranslation('cases');
  const headingId = useId();
  const p = `members.${index}.person` as const;
  const [familyName, givenNames, birthDate, birthYear] = useWatch({ control, name: [`${p}.familyName`, `${p}.givenNames`, `${p}.birthDate`, `${p}.birthYear`] });
  return (
    <Paper variant="outlined" role="group" aria-labelledby={headingId} sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography id={headingId} component="h3" variant="subtitle1">
          {t('wizard.member', { index: index + 1 })}
        </Typography>
        {onRemove && (
          <IconButton aria-label={t('wizard.removeMember', { index: index + 1 })} onClick={onRemove}>
            <DeleteIcon />
          </IconButton>
        )}
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <FormTextField control={control} name={`${p}.familyName`} label={t('person.familyName')} required autoComplete="off" />
        <FormTextField control={control} name={`${p}.givenNames`} label={t('person.givenNames')} required autoComplete="off" />
        <FormTextField control={control} name={`${p}.originalScriptName`} label={t('person.originalScriptName')} autoComplete="off" />
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <DateField control={control} name={`${p}.birthDate`} label={t('person.birthDate')} />
        <FormTextField control={control} name={`${p}.birthYear`} label={t('person.birthYear')} autoComplete="off" slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }} />
        <SelectField control={control} name={`${p}.gender`} label={t('person.gender')} options={GENDERS} labelOf={(g) => t(`genders.${g}`)} />
        {family && <SelectField control={control} name={`members.${index}.relation`} label={t('person.relation')} options={HOUSEHOLD_RELATIONS} labelOf={(r) => t(`relations.${r}`)} emptyLabel={t('person.notGiven')} />}
      </Stack>
      <Controller
        control={control}
        name={`${p}.birthDateApproximate`}
        render={({ field }) => <FormControlLabel control={<Checkbox checked={field.value ?? false} onChange={(e) => field.onChange(e.target.checked)} />} label={t('person.birthDateApproximate')} />}
      />
      {family && (
        <Controller
          control={control}
          name="primaryIndex"
          render={({ field }) => (
            <FormControlLabel control={<Radio checked={(field.value ?? 0) === index} onChange={() => field.onChange(index)} />} label={t('wizard.primary')} />
          )}
        />
      )}
      <DuplicateHint familyName={familyName ?? ''} givenNames={givenNames ?? ''} birthDate={birthDate ?? ''} birthYear={birthYear ?? ''} />
    </Paper>
  );
}
