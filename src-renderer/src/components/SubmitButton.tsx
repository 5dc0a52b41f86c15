import Button, { type ButtonProps } from '@mui/material/Button';

/** The form's submit button: disabled and relabelled while the call runs, so it cannot be sent twice. */
export function SubmitButton({ pending, label, pendingLabel, ...rest }: ButtonProps & { pending: boolean; label: string; pendingLabel?: string }) {
  return (
    <Button type="submit" variant="contained" disabled={pending} {...rest}>
      {pending && pendingLabel ? pendingLabel : label}
    </Button>
  );
}
