import Autocomplete from '@mui/material/Autocomplete';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { NamedRef } from '@contract/channels/calendar';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { useStaffOptions } from '../../calendar/calendar-api';
import { isInvalid, type EditorPartProps } from './editor-props';

interface Props extends EditorPartProps {
  /** The case's household members. */
  persons: NamedRef[];
  /** Names already known from the record (a colleague who has left, a partner no longer active). */
  known: NamedRef[];
}

/** Several ids picked from named options; ids without an option keep the name the record knows. */
function MultiPick({ label, ids, options, known, onChange }: { label: string; ids: string[]; options: NamedRef[]; known: NamedRef[]; onChange: (ids: string[]) => void }) {
  const all = [...options, ...known.filter((k) => !options.some((o) => o.id === k.id))];
  const value = ids.map((id) => all.find((o) => o.id === id) ?? { id, name: id });
  return (
    <Autocomplete
      multiple
      options={options}
      value={value}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, picked) => onChange(picked.map((p) => p.id))}
      renderInput={(params) => <TextField {...params} label={label} />}
    />
  );
}

/** Household members, interpreter (with language), staff and partner organisations. */
export function ParticipantsFields({ content, change, invalid, persons, known }: Props) {
  const { t } = useTranslation('consultations');
  const staff = useStaffOptions();
  const partners = useCallQuery('partners.list', { includeInactive: false });
  const toggle = (id: string) => change({ personIds: content.personIds.includes(id) ? content.personIds.filter((p) => p !== id) : [...content.personIds, id] });
  const interpreter = content.interpreter;
  return (
    <Stack spacing={2}>
      <FormControl component="fieldset" error={isInvalid(invalid, 'content.personIds')}>
        <FormLabel component="legend">{t('fields.persons')}</FormLabel>
        <FormGroup row>
          {persons.map((p) => (
            <FormControlLabel key={p.id} label={p.name} control={<Checkbox checked={content.personIds.includes(p.id)} onChange={() => toggle(p.id)} />} />
          ))}
        </FormGroup>
      </FormControl>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <FormControlLabel
          label={t('fields.interpreter')}
          control={<Checkbox checked={interpreter !== null} onChange={(e) => change({ interpreter: e.target.checked ? { name: '', language: '' } : null })} />}
        />
        {interpreter && (
          <>
            <TextField label={t('fields.interpreterName')} value={interpreter.name} onChange={(e) => change({ interpreter: { ...interpreter, name: e.target.value } })} slotProps={{ htmlInput: { maxLength: 200 } }} />
            <TextField
              label={t('fields.interpreterLanguage')}
              value={interpreter.language}
              required
              error={isInvalid(invalid, 'content.interpreter')}
              onChange={(e) => change({ interpreter: { ...interpreter, language: e.target.value } })}
              slotProps={{ htmlInput: { maxLength: 60 } }}
            />
          </>
        )}
      </Stack>
      <MultiPick label={t('fields.staff')} ids={content.staffIds} options={staff.data ?? []} known={known} onChange={(staffIds) => change({ staffIds })} />
      <MultiPick
        label={t('fields.partners')}
        ids={content.partnerIds}
        options={(partners.data ?? []).map((p) => ({ id: p.id, name: p.name }))}
        known={known}
        onChange={(partnerIds) => change({ partnerIds })}
      />
    </Stack>
  );
}
