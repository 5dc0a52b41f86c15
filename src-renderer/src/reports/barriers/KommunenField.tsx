import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useCallQuery } from '../../api/queries';

/** Several Kommunen picked from the office's list, bound to a form field of ids. */
export function KommunenField<T extends FieldValues>({ control, name, label }: { control: Control<T>; name: Path<T>; label: string }) {
  const kommunen = useCallQuery('kommunen.list', {});
  const options = kommunen.data ?? [];
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Autocomplete
          multiple
          options={options.map((k) => k.id)}
          getOptionLabel={(id) => options.find((k) => k.id === id)?.name ?? ''}
          value={(field.value as string[] | undefined) ?? []}
          onChange={(_e, ids) => field.onChange(ids)}
          renderInput={(params) => <TextField {...params} label={label} margin="normal" />}
        />
      )}
    />
  );
}
