import { contract } from '@contract';
import type { CaseView } from '@contract/channels/cases';
import type { NoteView } from '@contract/channels/notes';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormTextField } from '../../components/FormTextField';
import { Section } from '../../components/Section';
import { SubmitButton } from '../../components/SubmitButton';
import { formatDay, todayIso } from '../../network/format';
import { DateField } from '../shared/DateField';
import { Notice } from '../shared/Notice';
import { useCaseMutation } from '../shared/use-case-mutation';
import { NoteEditDialog, NoteHistoryDialog } from './NoteDialogs';

const schema = contract['notes.create'].input.omit({ caseId: true });
type Form = z.input<typeof schema>;

function NewNoteForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const { t } = useTranslation('cases');
  const create = useCaseMutation('notes.create');
  const { control, handleSubmit, reset } = useForm<Form>({ resolver: zodResolver(schema), defaultValues: { text: '', notedOn: todayIso() } });
  const submit = handleSubmit((v) =>
    create.mutate({ ...v, caseId }, { onSuccess: () => (reset({ text: '', notedOn: todayIso() }), onSaved()) }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <FormTextField control={control} name="text" label={t('notes.add')} required multiline minRows={3} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <DateField control={control} name="notedOn" label={t('notes.notedOn')} />
        <SubmitButton pending={create.isPending} label={t('notes.save')} pendingLabel={t('actions.saving')} />
      </Stack>
      <ErrorAlert error={create.error} />
    </form>
  );
}

/** Notizen: dated, with author; edited ones say "bearbeitet" and show their earlier texts. */
export function NotesTab({ kase }: { kase: CaseView }) {
  const { t } = useTranslation('cases');
  const notes = useCallQuery('notes.list', { caseId: kase.id });
  const [editing, setEditing] = useState<NoteView | null>(null);
  const [history, setHistory] = useState<NoteView | null>(null);
  const [notice, setNotice] = useState('');
  return (
    <Section title={t('notes.title')}>
      <Notice text={notice} />
      {kase.canEdit && <NewNoteForm caseId={kase.id} onSaved={() => setNotice(t('notes.saved'))} />}
      <ErrorAlert error={notes.error} />
      {notes.data && notes.data.length === 0 && <Typography>{t('notes.none')}</Typography>}
      <List>
        {notes.data?.map((n) => (
          <ListItem key={n.id} divider alignItems="flex-start">
            <ListItemText
              primary={<span style={{ whiteSpace: 'pre-wrap' }}>{n.text}</span>}
              secondary={
                <>
                  {t('notes.by', { date: formatDay(n.notedOn), author: n.authorName ?? '' })}
                  {n.edited && <Chip component="span" size="small" label={t('notes.edited')} sx={{ ml: 1 }} />}
                </>
              }
            />
            <Stack direction="row" spacing={1}>
              {n.edited && (
                <Button size="small" aria-label={t('notes.historyLabel', { date: formatDay(n.notedOn) })} onClick={() => setHistory(n)}>
                  {t('notes.history')}
                </Button>
              )}
              {kase.canEdit && (
                <Button size="small" aria-label={t('notes.editLabel', { date: formatDay(n.notedOn) })} onClick={() => setEditing(n)}>
                  {t('notes.edit')}
                </Button>
              )}
            </Stack>
          </ListItem>
        ))}
      </List>
      {editing && (
        <NoteEditDialog
          note={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(t('notes.saved'));
          }}
        />
      )}
      {history && <NoteHistoryDialog note={history} onClose={() => setHistory(null)} />}
    </Section>
  );
}
