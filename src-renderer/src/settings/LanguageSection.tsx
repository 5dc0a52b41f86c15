import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../components/Section';
import { currentLanguage, LANGUAGES, setLanguage, type Language } from '../i18n';

export function LanguageSection() {
  const { t } = useTranslation(['settings', 'common']);
  const labelId = useId();
  return (
    <Section title={t('language.title')}>
      <FormControl>
        <FormLabel id={labelId}>{t('language.label')}</FormLabel>
        <RadioGroup aria-labelledby={labelId} value={currentLanguage()} onChange={(e) => void setLanguage(e.target.value as Language)}>
          {LANGUAGES.map((language) => (
            // Each language names itself in its own words, so it can be found in either interface.
            <FormControlLabel key={language} value={language} control={<Radio />} label={t(`common:languages.${language}`)} lang={language} />
          ))}
        </RadioGroup>
      </FormControl>
    </Section>
  );
}
