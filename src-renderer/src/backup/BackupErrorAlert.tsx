import Alert from '@mui/material/Alert';
import { useBackupErrorText } from './use-backup-error-text';

/** A failed backup call as an announced message; nothing when there is no error. */
export function BackupErrorAlert({ error }: { error: unknown }) {
  const text = useBackupErrorText();
  if (!error) return null;
  return (
    <Alert severity="error" sx={{ my: 2 }}>
      {text(error)}
    </Alert>
  );
}
