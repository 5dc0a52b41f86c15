import type { BackupSummary } from '@contract/channels/backup';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useStatusUpdates } from '../app/use-app-status';
import { SubmitButton } from '../components/SubmitButton';
import { BackupErrorAlert } from './BackupErrorAlert';
import { BackupSummaryView } from './BackupSummaryView';
import { PathField } from './PathField';
import { EMPTY_SECRET, SecretFields, secretReady, toSecret } from './SecretFields';

const restorable = (s: BackupSummary) => s.compatibility === 'same' || s.compatibility === 'older';

/**
 * Restore in two steps: the backup is checked and its content shown; only an explicit
 * confirmation replaces the data. Afterwards everyone is logged out and the app shows the login.
 */
export function RestoreDialog({ initialPath = '', onClose }: { initialPath?: string; onClose: () => void }) {
  const { t } = useTranslation(['backup', 'common']);
  const titleId = useId();
  const { forgetAll } = useStatusUpdates();
  const [path, setPath] = useState(initialPath);
  const [secret, setSecret] = useState(EMPTY_SECRET);
  const [confirmed, setConfirmed] = useState(false);
  const check = useMutation({ mutationFn: () => call('backup.verify', { path: path.trim(), secret: toSecret(secret) }) });
  const restore = useMutation({
    mutationFn: () => call('backup.restore', { path: path.trim(), secret: toSecret(secret), confirm: true }),
    // The session is gone and every cached answer belongs to the old data.
    onSuccess: () => void forgetAll(),
  });
  const summary = check.data;
  const busy = check.isPending || restore.isPending;
  const editInput = <T,>(setter: (v: T) => void) => (v: T) => {
    setter(v);
    check.reset();
    setConfirmed(false);
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (summary && confirmed && restorable(summary)) restore.mutate();
          else if (!summary && path.trim() && secretReady(secret, 'read')) check.mutate();
        }}
      >
        <DialogTitle id={titleId}>{t('restore.title')}</DialogTitle>
        <DialogContent>
          <PathField label={t('path.file')} helperText={t('path.fileHint')} value={path} onChange={editInput(setPath)} purpose="open" required autoFocus />
          <SecretFields value={secret} onChange={editInput(setSecret)} mode="read" />
          <BackupErrorAlert error={check.error ?? restore.error} />
          {summary && (
            <>
              <BackupSummaryView summary={summary} />
              {restorable(summary) ? (
                <>
                  <Alert severity="warning" sx={{ my: 2 }}>
                    {t('restore.warning')}
                  </Alert>
                  <FormControlLabel control={<Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />} label={t('restore.confirm')} />
                </>
              ) : (
                <Alert severity="error" sx={{ my: 2 }}>
                  {t('restore.notRestorable')}
                </Alert>
              )}
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('common:cancel')}
          </Button>
          {summary ? (
            <SubmitButton
              color="error"
              pending={restore.isPending}
              disabled={busy || !confirmed || !restorable(summary)}
              label={t('restore.submit')}
              pendingLabel={t('restore.pending')}
            />
          ) : (
            <SubmitButton pending={check.isPending} disabled={busy || !path.trim() || !secretReady(secret, 'read')} label={t('restore.check')} pendingLabel={t('verify.pending')} />
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
