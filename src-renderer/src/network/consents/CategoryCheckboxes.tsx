import { ART9_CATEGORIES, DATA_CATEGORIES, type DataCategory } from '@contract/channels/consents';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: DataCategory[];
  onChange: (value: DataCategory[]) => void;
  helperText?: string;
  error?: string | undefined;
}

/** A labelled group of checkboxes, one per data category, Art. 9 ones marked in the label. */
export function CategoryCheckboxes({ label, value, onChange, helperText, error }: Props) {
  const { t } = useTranslation('network');
  const helpId = useId();
  const toggle = (c: DataCategory, on: boolean) => onChange(DATA_CATEGORIES.filter((k) => (k === c ? on : value.includes(k))));
  return (
    <FormControl component="fieldset" error={error !== undefined} margin="normal" aria-describedby={helpId}>
      <FormLabel component="legend">{label}</FormLabel>
      <FormGroup row>
        {DATA_CATEGORIES.map((c) => (
          <FormControlLabel
            key={c}
            control={<Checkbox checked={value.includes(c)} onChange={(e) => toggle(c, e.target.checked)} />}
            label={ART9_CATEGORIES.has(c) ? `${t(`categories.${c}`)} (${t('art9')})` : t(`categories.${c}`)}
          />
        ))}
      </FormGroup>
      <FormHelperText id={helpId}>{error ?? helperText}</FormHelperText>
    </FormControl>
  );
}
