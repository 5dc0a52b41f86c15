import Alert from '@mui/material/Alert';
import type { ReactNode } from 'react';
import { useErrorText } from '../api/error-text';

/** A failed call as an announced (role="alert") message; nothing when there is no error. */
export function ErrorAlert({ error, action }: { error: unknown; action?: ReactNode }) {
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <Alert severity="error" sx={{ my: 2 }} action={action}>
      {errorText(error)}
    </Alert>
  );
}
