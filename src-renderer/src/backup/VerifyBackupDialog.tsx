import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { SubmitButton } from '../components/SubmitButton';
import { BackupErrorAlert } from './BackupErrorAlert';
import { BackupSummaryView } from './BackupSummaryView';
import { PathField } from './PathField';
import { EMPTY_SECRET, SecretFields, secretReady, toSecret } from './SecretFields';

/** "Sicherung prüfen": full check of a file (decryption, checksums, database); changes nothing. */
export function VerifyBackupDialog({ initialPath = '', onClose }: { initialPath?: string; onClose: () => void }) {
  const { t } = useTranslation(['backup', 'common']);
  const titleId = useId();
  const [path, setPath] = useState(initialPath);
  const [secret, setSecret] = useState(EMPTY_SECRET);
  const verify = useMutation({ mutationFn: () => call('backup.verify', { path: path.trim(), secret: toSecret(secret) }) });
  const ready = path.trim().length > 0 && secretReady(secret, 'read');
  return (
    <Dialog open onClose={verify.isPending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) verify.mutate();
        }}
      >
        <DialogTitle id={titleId}>{t('verify.title')}</DialogTitle>
        <DialogContent>
          <PathField label={t('path.file')} helperText={t('path.fileHint')} value={path} onChange={setPath} purpose="open" required autoFocus />
          <SecretFields value={secret} onChange={setSecret} mode="read" />
          <BackupErrorAlert error={verify.error} />
          <div role="status">{verify.data && <Alert severity="success">{t('verify.ok')}</Alert>}</div>
          {verify.data && <BackupSummaryView summary={verify.data} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={verify.isPending}>
            {t('common:cancel')}
          </Button>
          <SubmitButton pending={verify.isPending} disabled={verify.isPending || !ready} label={t('verify.submit')} pendingLabel={t('verify.pending')} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
