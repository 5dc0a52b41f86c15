import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import type { ConsultationView } from '@contract/channels/consultations';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useCommonText } from './use-common-text';
import { FinaliseError } from './FinaliseError';

/** A Nachtrag to a finalised record: text and reason are required; the original stays untouched. */
export function AddendumDialog({ id, open, onClose, onAdded }: { id: string; open: boolean; onClose: () => void; onAdded: (view: ConsultationView) => void }) {
  const { t } = useTranslation('consultations');
  const common = useCommonText();
  const titleId = useId();
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [forClient, setForClient] = useState(false);
  const [tried, setTried] = useState(false);
  const add = useMutation({
    mutationFn: () => call('consultations.addAddendum', { id, text, reason, forClient }),
    onSuccess: (view) => {
      setText('');
      setReason('');
      setForClient(false);
      setTried(false);
      onAdded(view);
    },
  });
  const submit = () => {
    setTried(true);
    if (text.trim() && reason.trim()) add.mutate();
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t('addendum.title')}</DialogTitle>
      <DialogContent>
        <TextField label={t('addendum.text')} value={text} onChange={(e) => setText(e.target.value)} required multiline minRows={4} fullWidth margin="normal"
          error={tried && !text.trim()} helperText={tried && !text.trim() ? common('required') : undefined} slotProps={{ htmlInput: { maxLength: 10_000 } }} autoFocus />
        <TextField label={t('addendum.reason')} value={reason} onChange={(e) => setReason(e.target.value)} required fullWidth margin="normal"
          error={tried && !reason.trim()} helperText={tried && !reason.trim() ? common('required') : undefined} slotProps={{ htmlInput: { maxLength: 500 } }} />
        <FormControlLabel label={t('addendum.forClient')} control={<Checkbox checked={forClient} onChange={(e) => setForClient(e.target.checked)} />} />
        <FinaliseError error={add.error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{common('cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={add.isPending}>
          {t('addendum.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
