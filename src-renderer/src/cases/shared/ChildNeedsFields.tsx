import { KITA_STATUSES, SCHOOL_STATUSES, U_UNTERSUCHUNGEN } from '@contract/channels/casefile-fields';
import Stack from '@mui/material/Stack';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../components/FormTextField';
import { DateField } from './DateField';
import type { PersonForm } from './person-form';
import { SelectField } from './SelectField';

/** Kita, school and U-Untersuchungen of a child: first-class fields for the family focus. */
export function ChildNeedsFields({ control }: { control: Control<PersonForm> }) {
  const { t } = useTranslation('cases');
  const none = t('person.notGiven');
  return (
    <>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectField control={control} name="childNeeds.kita.status" label={t('person.kitaStatus')} options={KITA_STATUSES} labelOf={(s) => t(`kita.${s}`)} emptyLabel={none} />
        <FormTextField control={control} name="childNeeds.kita.place" label={t('person.kitaPlace')} autoComplete="off" />
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectField control={control} name="childNeeds.schule.status" label={t('person.schoolStatus')} options={SCHOOL_STATUSES} labelOf={(s) => t(`schule.${s}`)} emptyLabel={none} />
        <FormTextField control={control} name="childNeeds.schule.school" label={t('person.school')} autoComplete="off" />
        <FormTextField control={control} name="childNeeds.schule.grade" label={t('person.grade')} autoComplete="off" sx={{ maxWidth: { md: 120 } }} />
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectField control={control} name="childNeeds.uUntersuchungen.last" label={t('person.uLast')} options={U_UNTERSUCHUNGEN} labelOf={(u) => u} emptyLabel={none} />
        <DateField control={control} name="childNeeds.uUntersuchungen.nextDue" label={t('person.uNextDue')} />
      </Stack>
    </>
  );
}
