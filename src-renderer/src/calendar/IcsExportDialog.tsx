import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { addDays, formatDateDe } from './berlin';
import { type VisibleRange } from './calendar-api';
import { saveTextFile } from '../components/save-file';

/** Exports the visible range as .ics; without client names unless asked (privacy default). */
export function IcsExportDialog({ range, onClose }: { range: VisibleRange; onClose: () => void }) {
  const { t } = useTranslation(['calendar', 'common']);
  const titleId = useId();
  const [names, setNames] = useState(false);
  const [details, setDetails] = useState(false);
  const run = useMutation({
    mutationFn: () => call('calendar.exportIcs', { from: range.from, to: range.to, includeClientNames: names, includeClientDetails: details }),
    onSuccess: (file) => {
      saveTextFile(file.fileName, file.content, 'text/calendar');
      onClose();
    },
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t('export.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('export.range', { from: formatDateDe(range.from), to: formatDateDe(addDays(range.to, -1)) })}</DialogContentText>
        <Alert severity="info" sx={{ my: 2 }}>{t('export.privacy')}</Alert>
        <FormControlLabel control={<Checkbox checked={names} onChange={(e) => setNames(e.target.checked)} />} label={t('export.names')} />
        <FormControlLabel control={<Checkbox checked={details} onChange={(e) => setDetails(e.target.checked)} />} label={t('export.details')} />
        <ErrorAlert error={run.error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        <Button variant="contained" disabled={run.isPending} onClick={() => run.mutate()}>{t('export.ok')}</Button>
      </DialogActions>
    </Dialog>
  );
}
