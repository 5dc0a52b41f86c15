import Autocomplete from '@mui/material/Autocomplete';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { CaseOption } from '@contract/channels/calendar';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { useStaffOptions } from '../calendar-api';
import type { FormState } from './appointment-form';

interface Props {
  form: FormState;
  onChange: (patch: Partial<FormState>) => void;
  disabled: boolean;
}

/** Choosing a case brings its persons (the primary person preselected) and their interpreter needs. */
function patchForCase(c: CaseOption | null): Partial<FormState> {
  if (!c) return { caseId: null, caseNumber: null, personIds: [] };
  const first = c.persons[0];
  const needing = c.persons.find((p) => p.interpreterNeeded);
  return {
    caseId: c.caseId,
    caseNumber: c.caseNumber,
    personIds: first ? [first.id] : [],
    ...(needing ? { interpreterNeeded: true, interpreterLanguage: needing.interpreterLanguage ?? '' } : {}),
  };
}

export function PeopleFields({ form, onChange, disabled }: Props) {
  const { t } = useTranslation('calendar');
  const [query, setQuery] = useState('');
  const options = useCallQuery('appointments.caseOptions', { query }, { enabled: !disabled });
  const current = useCallQuery('appointments.caseOptions', { query: form.caseNumber ?? '' }, { enabled: form.caseNumber !== null });
  const selected = current.data?.find((c) => c.caseId === form.caseId) ?? null;
  const staff = useStaffOptions();
  const staffValue = (staff.data ?? []).filter((s) => form.staffIds.includes(s.id));
  const togglePerson = (id: string) =>
    onChange({ personIds: form.personIds.includes(id) ? form.personIds.filter((p) => p !== id) : [...form.personIds, id] });
  return (
    <Stack spacing={2}>
      <Autocomplete
        options={options.data ?? []}
        value={selected ?? (form.caseId ? { caseId: form.caseId, caseNumber: form.caseNumber ?? '', persons: [] } : null)}
        disabled={disabled}
        getOptionLabel={(c) => [c.caseNumber, c.persons[0]?.name].filter(Boolean).join(' – ')}
        isOptionEqualToValue={(a, b) => a.caseId === b.caseId}
        filterOptions={(x) => x}
        onInputChange={(_e, value, reason) => reason === 'input' && setQuery(value)}
        onChange={(_e, value) => onChange(patchForCase(value))}
        renderInput={(params) => <TextField {...params} label={t('dialog.case')} placeholder={t('dialog.caseSearch')} helperText={form.caseId ? undefined : t('dialog.noCase')} />}
      />
      {selected && selected.persons.length > 0 && (
        <FormControl component="fieldset">
          <FormLabel component="legend">{t('dialog.persons')}</FormLabel>
          <FormGroup row>
            {selected.persons.map((p) => (
              <FormControlLabel key={p.id} label={p.name} disabled={disabled}
                control={<Checkbox checked={form.personIds.includes(p.id)} onChange={() => togglePerson(p.id)} />} />
            ))}
          </FormGroup>
        </FormControl>
      )}
      <Autocomplete
        multiple
        options={staff.data ?? []}
        value={staffValue}
        disabled={disabled}
        getOptionLabel={(s) => s.name}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        onChange={(_e, value) => onChange({ staffIds: value.map((s) => s.id) })}
        renderInput={(params) => <TextField {...params} label={t('dialog.staff')} />}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormControlLabel label={t('dialog.interpreter')} disabled={disabled}
          control={<Checkbox checked={form.interpreterNeeded} onChange={(e) => onChange({ interpreterNeeded: e.target.checked })} />} />
        {form.interpreterNeeded && (
          <TextField label={t('dialog.interpreterLanguage')} value={form.interpreterLanguage} disabled={disabled}
            onChange={(e) => onChange({ interpreterLanguage: e.target.value })} />
        )}
      </Stack>
    </Stack>
  );
}
