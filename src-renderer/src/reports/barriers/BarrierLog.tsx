import { BARRIER_NOTE_KINDS, type BarrierView } from '@contract/channels/barriers';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { formatDay, todayIso } from '../../network/format';
import { useBarrierMutations } from './use-barrier-mutations';
import { NATIVE_SELECT } from '../select-props';

type NoteKind = (typeof BARRIER_NOTE_KINDS)[number];

/** The dated log, oldest first, and a form that appends to it (entries are never edited). */
export function BarrierLog({ barrier }: { barrier: BarrierView }) {
  const { t } = useTranslation('reports');
  const { addLog } = useBarrierMutations();
  const [kind, setKind] = useState<NoteKind>('aktion');
  const [on, setOn] = useState(todayIso());
  const [text, setText] = useState('');
  const [notice, setNotice] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNotice('');
    addLog.mutate(
      { id: barrier.id, on, kind, text },
      {
        onSuccess: () => {
          setText('');
          setNotice(t('barrier.logAdded'));
        },
      },
    );
  };
  return (
    <>
      {barrier.log.length === 0 ? (
        <Typography>{t('barrier.logEmpty')}</Typography>
      ) : (
        <List dense aria-label={t('barrier.log')}>
          {barrier.log.map((entry) => (
            <ListItem key={entry.id} divider data-testid="barrier-log-entry">
              <ListItemText
                primary={`${formatDay(entry.on)} · ${t(`dim.logart.${entry.kind}`)}${entry.status ? ` → ${t(`dim.huerdenstatus.${entry.status}`)}` : ''}`}
                secondary={[entry.text, entry.userName].filter(Boolean).join(' — ') || null}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Box component="form" onSubmit={submit} noValidate sx={{ mt: 2 }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
          <TextField select label={t('barrier.logKind')} value={kind} onChange={(e) => setKind(e.target.value as NoteKind)} slotProps={NATIVE_SELECT} sx={{ minWidth: 160 }}>
            {BARRIER_NOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`dim.logart.${k}`)}
              </option>
            ))}
          </TextField>
          <TextField type="date" label={t('barrier.on')} value={on} onChange={(e) => setOn(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField label={t('barrier.logText')} value={text} onChange={(e) => setText(e.target.value)} required multiline sx={{ flexGrow: 1 }} helperText={t('barrier.logHint')} />
          <SubmitButton pending={addLog.isPending} label={t('barrier.addLog')} disabled={!text.trim() || addLog.isPending} />
        </Stack>
      </Box>
      <ErrorAlert error={addLog.error} />
      <div role="status">{notice && <Alert severity="success">{notice}</Alert>}</div>
    </>
  );
}
