import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useStatusUpdates } from '../app/use-app-status';
import { RestoreFields, RestoreSubmit } from './RestoreFields';
import { useRestoreFlow } from './use-restore-flow';

/**
 * Restore of the running office (administration): the backup is checked and its content shown;
 * only an explicit confirmation replaces the data. Afterwards everyone is logged out and the app
 * shows the login.
 */
export function RestoreDialog({ initialPath = '', onClose }: { initialPath?: string; onClose: () => void }) {
  const { t } = useTranslation(['backup', 'common']);
  const titleId = useId();
  const { forgetAll } = useStatusUpdates();
  const flow = useRestoreFlow(
    {
      verify: (input) => call('backup.verify', input),
      restore: (input) => call('backup.restore', { ...input, confirm: true }),
      // The session is gone and every cached answer belongs to the old data.
      onRestored: () => void forgetAll(),
    },
    { initialPath, needsConfirmation: true },
  );
  return (
    <Dialog open onClose={flow.busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <form noValidate onSubmit={flow.submit}>
        <DialogTitle id={titleId}>{t('restore.title')}</DialogTitle>
        <DialogContent>
          <RestoreFields
            flow={flow}
            notice={
              <Alert severity="warning" sx={{ my: 2 }}>
                {t('restore.warning')}
              </Alert>
            }
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={flow.busy}>
            {t('common:cancel')}
          </Button>
          <RestoreSubmit flow={flow} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
