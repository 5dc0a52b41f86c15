import Alert from '@mui/material/Alert';
import { isApiCallError } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';

/**
 * Why finalising was refused. The server's German sentences name every missing piece (date,
 * participants, agreements), so they are shown as they are, not as a generic validation error.
 */
export function FinaliseError({ error }: { error: unknown }) {
  if (isApiCallError(error) && error.code === 'VALIDATION') {
    return (
      <Alert severity="error" sx={{ my: 2 }}>
        {error.message}
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}
