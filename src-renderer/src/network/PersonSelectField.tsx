import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormTextField } from '../components/FormTextField';
import type { PersonOption } from './person-option';

/** A native select of the case's persons, bound to a form field; `emptyLabel` allows "none". */
export function PersonSelectField<T extends FieldValues>({ control, name, label, persons, emptyLabel }: { control: Control<T>; name: Path<T>; label: string; persons: PersonOption[]; emptyLabel?: string }) {
  return (
    <FormTextField control={control} name={name} label={label} select required={emptyLabel === undefined} slotProps={{ select: { native: true } }}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {persons.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </FormTextField>
  );
}
