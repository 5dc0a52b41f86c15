import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormTextField } from '../../components/FormTextField';

/** A calendar date (native date picker, YYYY-MM-DD) bound to a form field. */
export function DateField<T extends FieldValues>({ control, name, label, required }: { control: Control<T>; name: Path<T>; label: string; required?: boolean }) {
  return <FormTextField control={control} name={name} label={label} type="date" required={required} slotProps={{ inputLabel: { shrink: true } }} />;
}
