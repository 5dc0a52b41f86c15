import { MIN_PASSWORD_LENGTH } from '@contract/fields';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { passwordStrength } from './password-strength';
import { FormTextField } from './FormTextField';

interface NewPasswordFieldProps<T extends FieldValues> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see FormTextField.
  control: Control<T, any, any>;
  name: Path<T>;
  label: string;
  autoFocus?: boolean;
  /** A file passphrase (backup, handover) needs more than a login password. */
  minLength?: number;
}

/** A new-password field whose hint states the minimum length and a live strength estimate. */
export function NewPasswordField<T extends FieldValues>({ control, name, label, autoFocus = false, minLength = MIN_PASSWORD_LENGTH }: NewPasswordFieldProps<T>) {
  const { t } = useTranslation('common');
  const value: unknown = useWatch({ control, name });
  const strength = passwordStrength(typeof value === 'string' ? value : '', minLength);
  const hint = `${t('password.minLength', { count: minLength })} ${t('password.strengthLabel', { strength: t(`password.strength.${strength}`) })}`;
  return (
    <FormTextField
      control={control}
      name={name}
      label={label}
      type="password"
      autoComplete="new-password"
      required
      helperText={hint}
      autoFocus={autoFocus}
    />
  );
}
