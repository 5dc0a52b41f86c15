import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormTextField } from '../../components/FormTextField';

/** A native select bound to a form field, with translated option labels and an optional empty choice. */
export function SelectField<T extends FieldValues>({
  control,
  name,
  label,
  options,
  labelOf,
  emptyLabel,
  required,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  options: readonly string[];
  labelOf: (value: string) => string;
  emptyLabel?: string;
  required?: boolean;
}) {
  return (
    <FormTextField control={control} name={name} label={label} select required={required} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((o) => (
        <option key={o} value={o}>
          {labelOf(o)}
        </option>
      ))}
    </FormTextField>
  );
}
