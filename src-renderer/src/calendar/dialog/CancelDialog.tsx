import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks for the reason of a cancellation (required). */
export function CancelDialog({ open, pending, onCancel, onClose }: { open: boolean; pending: boolean; onCancel: (reason: string) => void; onClose: () => void }) {
  const { t } = useTranslation(['calendar', 'common']);
  const [reason, setReason] = useState('');
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{t('cancelDialog.title')}</DialogTitle>
      <DialogContent>
        <TextField autoFocus fullWidth required label={t('cancelDialog.reason')} value={reason} onChange={(e) => setReason(e.target.value)} sx={{ mt: 1 }} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        <Button color="error" variant="contained" disabled={pending || reason.trim() === ''} onClick={() => onCancel(reason.trim())}>
          {t('cancelDialog.ok')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
