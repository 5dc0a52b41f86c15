import type { DisputeEntity, DisputeView } from '@contract/channels/disputes';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../format';
import { useDisputeMutations } from './use-dispute-mutations';

interface Props {
  entity: DisputeEntity;
  entityId: string;
  /** What the entry is, for the title (e.g. the person's name or "Notiz vom 10.03.2026"). */
  label: string;
  disputes: DisputeView[];
  canEdit: boolean;
  onClose: () => void;
}

/** The disputes of one entry (§ 84 SGB X): listed, settled, and a new one marked with a note. */
export function DisputeDialog({ entity, entityId, label, disputes, canEdit, onClose }: Props) {
  const { t } = useTranslation(['network', 'common']);
  const titleId = useId();
  const { mark, resolve } = useDisputeMutations();
  const [note, setNote] = useState('');
  const [field, setField] = useState('');
  const save = () => mark.mutate({ entity, entityId, note, field: field || undefined }, { onSuccess: () => setNote('') });
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{`${t('disputes.title')}: ${label}`}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('disputes.intro')}</DialogContentText>
        {disputes.length === 0 ? (
          <DialogContentText sx={{ mt: 1 }}>{t('disputes.none')}</DialogContentText>
        ) : (
          <List dense>
            {disputes.map((d) => (
              <ListItem
                key={d.id}
                secondaryAction={
                  canEdit && d.resolvedOn === null ? (
                    <Button size="small" disabled={resolve.isPending} onClick={() => resolve.mutate({ id: d.id })}>
                      {t('disputes.resolve')}
                    </Button>
                  ) : undefined
                }
              >
                <ListItemText
                  primary={d.field ? `${d.field}: ${d.note}` : d.note}
                  secondary={[d.resolvedOn ? t('disputes.resolved', { date: formatDay(d.resolvedOn) }) : t('disputes.open', { date: formatDay(d.markedOn) }), d.userName && t('disputes.by', { name: d.userName })].filter(Boolean).join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        )}
        {canEdit && (
          <>
            <TextField label={t('disputes.note')} value={note} onChange={(e) => setNote(e.target.value)} required fullWidth multiline minRows={2} margin="normal" slotProps={{ htmlInput: { maxLength: 2000 } }} />
            <TextField label={t('disputes.field')} value={field} onChange={(e) => setField(e.target.value.replace(/[^A-Za-z0-9_.]/g, ''))} fullWidth margin="normal" slotProps={{ htmlInput: { maxLength: 64 } }} />
          </>
        )}
        <ErrorAlert error={mark.error ?? resolve.error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('close')}</Button>
        {canEdit && (
          <Button variant="contained" disabled={mark.isPending || note.trim() === ''} onClick={save}>
            {t('disputes.save')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
