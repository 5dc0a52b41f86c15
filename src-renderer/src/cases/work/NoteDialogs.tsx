import { contract } from '@contract';
import type { NoteView } from '@contract/channels/notes';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormTextField } from '../../components/FormTextField';
import { formatInstant } from '../../network/format';
import { FormDialog } from '../shared/FormDialog';
import { useCaseMutation } from '../shared/use-case-mutation';

const editSchema = contract['notes.update'].input.pick({ text: true });

/** Changes a note's text; the server keeps the earlier text as a revision. */
export function NoteEditDialog({ note, onClose, onSaved }: { note: NoteView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('cases');
  const update = useCaseMutation('notes.update');
  const { control, handleSubmit } = useForm<z.input<typeof editSchema>>({ resolver: zodResolver(editSchema), defaultValues: { text: note.text } });
  const submit = handleSubmit((v) => update.mutate({ id: note.id, version: note.version, text: v.text }, { onSuccess: onSaved }));
  return (
    <FormDialog title={t('notes.editTitle')} onSubmit={submit} onClose={onClose} pending={update.isPending} error={update.error} maxWidth="md">
      <FormTextField control={control} name="text" label={t('notes.text')} required multiline minRows={4} autoFocus />
    </FormDialog>
  );
}

/** The earlier texts of a note, newest first, with when and by whom each was replaced. */
export function NoteHistoryDialog({ note, onClose }: { note: NoteView; onClose: () => void }) {
  const { t } = useTranslation('cases');
  const titleId = useId();
  const history = useCallQuery('notes.history', { id: note.id });
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t('notes.historyTitle')}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={history.error} />
        {history.data && history.data.length === 0 && <Typography>{t('notes.noHistory')}</Typography>}
        <List>
          {history.data?.map((r) => (
            <ListItem key={r.id} divider>
              <ListItemText
                primary={<span style={{ whiteSpace: 'pre-wrap' }}>{r.text}</span>}
                secondary={t('notes.replaced', { date: formatInstant(r.replacedAt), name: r.replacedByName ?? '' })}
              />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('notes.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
