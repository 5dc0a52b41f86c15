import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type FormTextFieldProps<T extends FieldValues> = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'onBlur' | 'error'> & {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- forms with a zod transform have a different output type.
  control: Control<T, any, any>;
  name: Path<T>;
  /** Hands a number (NaN when empty) to the form instead of the text. */
  numeric?: boolean;
};

/** A labelled MUI text field bound to react-hook-form; its error is linked through aria-describedby. */
export function FormTextField<T extends FieldValues>({ control, name, numeric, helperText, ...rest }: FormTextFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          fullWidth
          margin="normal"
          {...rest}
          name={field.name}
          value={field.value ?? ''}
          inputRef={field.ref}
          onBlur={field.onBlur}
          onChange={(e) => field.onChange(numeric ? (e.target.value === '' ? Number.NaN : Number(e.target.value)) : e.target.value)}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}
