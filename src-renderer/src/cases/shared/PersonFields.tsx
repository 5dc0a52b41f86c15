import { GENDERS, GERMAN_LEVELS, HOUSEHOLD_RELATIONS } from '@contract/channels/casefile-fields';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { Controller, type Control, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../components/FormTextField';
import { ChildNeedsFields } from './ChildNeedsFields';
import { DateField } from './DateField';
import { LanguagesFields } from './LanguagesFields';
import type { PersonDialogForm, PersonForm } from './person-form';
import { SelectField } from './SelectField';

/** A titled group of fields (fieldset semantics for screen readers). */
function Group({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} style={{ marginTop: 16 }}>
      <Typography id={id} component="h3" variant="subtitle1">
        {title}
      </Typography>
      {children}
    </section>
  );
}

function Check({ control, name, label }: { control: Control<PersonForm>; name: Path<PersonForm>; label: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <FormControlLabel control={<Checkbox checked={Boolean(field.value)} onChange={(e) => field.onChange(e.target.checked)} />} label={label} />}
    />
  );
}

/** Every field of a person, grouped; `relation` adds the household relation (edited outside the person schema). */
export function PersonFields({ control, relation }: { control: Control<PersonDialogForm>; relation?: boolean }) {
  const { t } = useTranslation('cases');
  const c = control as unknown as Control<PersonForm>;
  return (
    <>
      <Group title={t('person.sections.identity')}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <FormTextField control={c} name="familyName" label={t('person.familyName')} required autoComplete="off" autoFocus />
          <FormTextField control={c} name="givenNames" label={t('person.givenNames')} required autoComplete="off" />
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <FormTextField control={c} name="originalScriptName" label={t('person.originalScriptName')} autoComplete="off" />
          <FormTextField control={c} name="altSpellings" label={t('person.altSpellings')} helperText={t('person.altSpellingsHint')} autoComplete="off" />
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <DateField control={c} name="birthDate" label={t('person.birthDate')} />
          <FormTextField control={c} name="birthYear" label={t('person.birthYear')} autoComplete="off" slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }} />
          <SelectField control={c} name="gender" label={t('person.gender')} options={GENDERS} labelOf={(g) => t(`genders.${g}`)} />
          {relation && (
            <SelectField control={control} name="relation" label={t('person.relation')} options={HOUSEHOLD_RELATIONS} labelOf={(r) => t(`relations.${r}`)} />
          )}
        </Stack>
        <Check control={c} name="birthDateApproximate" label={t('person.birthDateApproximate')} />
      </Group>
      <Group title={t('person.sections.origin')}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <FormTextField control={c} name="nationality" label={t('person.nationality')} autoComplete="off" />
          <FormTextField control={c} name="countryOfOrigin" label={t('person.countryOfOrigin')} autoComplete="off" />
          <SelectField control={c} name="germanLevel" label={t('person.germanLevel')} options={GERMAN_LEVELS} labelOf={(l) => t(`germanLevels.${l}`, { defaultValue: l })} emptyLabel={t('person.germanUnknown')} />
        </Stack>
        <LanguagesFields control={c} />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
          <Check control={c} name="interpreterNeeded" label={t('person.interpreterNeeded')} />
          <FormTextField control={c} name="interpreterLanguage" label={t('person.interpreterLanguage')} autoComplete="off" />
        </Stack>
      </Group>
      <Group title={t('person.sections.contact')}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <FormTextField control={c} name="phone" label={t('person.phone')} autoComplete="off" />
          <FormTextField control={c} name="email" label={t('person.email')} type="email" autoComplete="off" />
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <FormTextField control={c} name="street" label={t('person.street')} autoComplete="off" />
          <FormTextField control={c} name="postalCode" label={t('person.postalCode')} autoComplete="off" sx={{ maxWidth: { md: 140 } }} />
          <FormTextField control={c} name="city" label={t('person.city')} autoComplete="off" />
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <DateField control={c} name="arrivalGermany" label={t('person.arrivalGermany')} />
          <DateField control={c} name="arrivalKommune" label={t('person.arrivalKommune')} />
        </Stack>
      </Group>
      <Group title={t('person.sections.residence')}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <FormTextField control={c} name="residenceStatus" label={t('person.residenceStatus')} autoComplete="off" />
          <FormTextField control={c} name="residenceDocumentType" label={t('person.residenceDocumentType')} autoComplete="off" />
          <DateField control={c} name="residenceExpiresOn" label={t('person.residenceExpiresOn')} />
        </Stack>
      </Group>
      <Group title={t('person.childNeeds')}>
        <ChildNeedsFields control={c} />
      </Group>
    </>
  );
}
