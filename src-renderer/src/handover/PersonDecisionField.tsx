import type { HandoverPersonPreview, PersonDecision } from '@contract/channels/handover';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionOf, decisionValue } from './person-decisions';

const fullName = (p: { givenNames: string; familyName: string }) => `${p.givenNames} ${p.familyName}`;
const yearText = (t: TFunction, year: number | null) => (year === null ? t('preview.yearUnknown') : t('preview.born', { year }));

interface PersonDecisionFieldProps {
  person: HandoverPersonPreview;
  value: PersonDecision | null | undefined;
  onChange: (d: PersonDecision) => void;
  /** Shown after a submit with this person still undecided. */
  showMissing: boolean;
}

/** One person of the file: who they are, and for a likely existing person, "new" or "merge with …". */
export function PersonDecisionField({ person, value, onChange, showMissing }: PersonDecisionFieldProps) {
  const { t } = useTranslation('handover');
  const labelId = useId();
  const name = fullName(person);
  const who = [name, yearText(t, person.birthYear), person.primary ? t('preview.primary') : ''].filter(Boolean).join(' · ');
  const hidden = person.hiddenMatches > 0 ? t('preview.hiddenMatches', { count: person.hiddenMatches }) : '';
  if (person.matches.length === 0) {
    return (
      <Typography sx={{ my: 1 }}>
        {who}: {t('preview.noMatch')} {hidden}
      </Typography>
    );
  }
  const missing = showMissing && !value;
  return (
    <FormControl component="fieldset" error={missing} sx={{ my: 1, display: 'block' }} required>
      <FormLabel component="legend" id={labelId} sx={{ color: 'text.primary' }}>
        {t('preview.decision', { name: who })}
      </FormLabel>
      <FormHelperText sx={{ mx: 0 }}>{t('preview.matchesFound')}</FormHelperText>
      <RadioGroup aria-labelledby={labelId} value={decisionValue(value)} onChange={(e) => onChange(decisionOf(e.target.value))}>
        <FormControlLabel value="new" control={<Radio />} label={t('preview.asNew')} />
        {person.matches.map((m) => (
          <FormControlLabel
            key={m.personId}
            value={`merge:${m.personId}`}
            control={<Radio />}
            label={t('preview.mergeWith', { name: fullName(m), year: yearText(t, m.birthYear), cases: m.cases.map((c) => c.caseNumber).join(', ') })}
          />
        ))}
      </RadioGroup>
      {hidden && <FormHelperText sx={{ mx: 0 }}>{hidden}</FormHelperText>}
    </FormControl>
  );
}
