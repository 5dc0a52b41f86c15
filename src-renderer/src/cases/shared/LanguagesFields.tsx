import { LANGUAGE_LEVELS } from '@contract/channels/casefile-fields';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../components/FormTextField';
import type { PersonForm } from './person-form';
import { SelectField } from './SelectField';

/** The languages a person speaks, each with a level; rows can be added and removed. */
export function LanguagesFields({ control }: { control: Control<PersonForm> }) {
  const { t } = useTranslation('cases');
  const rows = useFieldArray({ control, name: 'languages' });
  return (
    <>
      {rows.fields.map((row, i) => (
        <Stack key={row.id} direction="row" spacing={1} role="group" aria-label={t('person.languageGroup', { index: i + 1 })} sx={{ alignItems: 'center' }}>
          <FormTextField control={control} name={`languages.${i}.language`} label={t('person.language')} required autoComplete="off" />
          <SelectField control={control} name={`languages.${i}.level`} label={t('person.languageLevel')} options={LANGUAGE_LEVELS} labelOf={(l) => t(`languageLevels.${l}`)} />
          <IconButton aria-label={t('person.removeLanguage', { index: i + 1 })} onClick={() => rows.remove(i)}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <Button startIcon={<AddIcon />} onClick={() => rows.append({ language: '', level: 'gut' })}>
        {t('person.addLanguage')}
      </Button>
    </>
  );
}
