import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import type { IcsPreview } from '@contract/channels/calendar';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { formatInstantDe } from './berlin';
import { useCalendarReload } from './calendar-api';
import { useCalendarErrorText } from './calendar-errors';

const MAX_BYTES = 5 * 1024 * 1024;

/** Import: choose a file, see what would be taken over, then import it all in one go. */
export function IcsImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['calendar', 'common']);
  const errorText = useCalendarErrorText();
  const reload = useCalendarReload();
  const titleId = useId();
  const [content, setContent] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const preview = useMutation({ mutationFn: (text: string) => call('calendar.importIcsPreview', { content: text }) });
  const run = useMutation({
    mutationFn: (text: string) => call('calendar.importIcs', { content: text }),
    onSuccess: async (r) => {
      setDone(r.imported);
      await reload();
    },
  });
  const choose = async (file: File | undefined) => {
    setLocalError(null);
    setDone(null);
    if (!file) return;
    if (file.size > MAX_BYTES) return setLocalError(t('import.tooLarge'));
    const text = await file.text();
    setContent(text);
    preview.mutate(text);
  };
  const data: IcsPreview | undefined = preview.data;
  const error = localError ?? (preview.error ? errorText(preview.error) : run.error ? errorText(run.error) : null);
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t('import.title')}</DialogTitle>
      <DialogContent>
        <Button component="label" variant="outlined">
          {t('import.choose')}
          <input hidden type="file" accept=".ics,text/calendar" onChange={(e) => void choose(e.target.files?.[0])} />
        </Button>
        {error && <Alert severity="error" role="alert" sx={{ my: 2 }}>{error}</Alert>}
        {done !== null && <Alert severity="success" sx={{ my: 2 }}>{t('import.done', { count: done })}</Alert>}
        {data && done === null && (
          <>
            <Alert severity="info" sx={{ my: 2 }}>{t('import.preview', { count: data.importable })}</Alert>
            <List dense>
              {data.events.map((e) => (
                <ListItem key={`${e.line}`}>
                  <ListItemText
                    primary={`${e.startUtc ? formatInstantDe(e.startUtc) : '—'} ${e.title}${e.isSeries ? ` (${t('import.series')})` : ''}`}
                    secondary={[e.duplicate ? t('import.duplicate') : !e.importable ? t('import.notImportable') : '', ...e.warnings].filter(Boolean).join(' · ')}
                  />
                </ListItem>
              ))}
            </List>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:close')}</Button>
        <Button variant="contained" disabled={!content || !data || data.importable === 0 || run.isPending || done !== null} onClick={() => content && run.mutate(content)}>
          {t('import.ok')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
