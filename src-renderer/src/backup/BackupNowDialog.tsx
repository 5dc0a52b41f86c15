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
import { PathField } from './PathField';
import { EMPTY_SECRET, SecretFields, secretReady, toSecret } from './SecretFields';
import { useBackupRefresh } from './use-backup-refresh';

/** "Jetzt sichern": to a chosen file, or (path left empty) into the configured target folder. */
export function BackupNowDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['backup', 'common']);
  const titleId = useId();
  const refresh = useBackupRefresh();
  const [path, setPath] = useState('');
  const [secret, setSecret] = useState(EMPTY_SECRET);
  const create = useMutation({
    mutationFn: () => call('backup.create', { ...(path.trim() ? { path: path.trim() } : {}), secret: toSecret(secret) }),
    onSuccess: refresh,
  });
  return (
    <Dialog open onClose={create.isPending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (secretReady(secret, 'write')) create.mutate();
        }}
      >
        <DialogTitle id={titleId}>{t('create.title')}</DialogTitle>
        <DialogContent>
          <PathField label={t('path.target')} helperText={t('path.targetHint')} value={path} onChange={setPath} purpose="save" autoFocus />
          <SecretFields value={secret} onChange={setSecret} mode="write" />
          <BackupErrorAlert error={create.error} />
          <div role="status">{create.data && <Alert severity="success">{t('create.done', { path: create.data.path })}</Alert>}</div>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={create.isPending}>
            {create.isSuccess ? t('close') : t('common:cancel')}
          </Button>
          {!create.isSuccess && (
            <SubmitButton pending={create.isPending} disabled={create.isPending || !secretReady(secret, 'write')} label={t('create.submit')} pendingLabel={t('create.pending')} />
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
