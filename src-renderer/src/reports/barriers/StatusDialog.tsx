import { BARRIER_STATUSES, type BarrierStatus, type BarrierView } from '@contract/channels/barriers';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { todayIso } from '../../network/format';
import { useBarrierMutations } from './use-barrier-mutations';
import { NATIVE_SELECT } from '../select-props';

/** Moves the barrier to another status on a date, with a note; names the Arbeitskreis when it goes to one. */
export function StatusDialog({ barrier, onClose, onSaved }: { barrier: BarrierView; onClose: () => void; onSaved: (b: BarrierView) => void }) {
  const { t } = useTranslation(['reports', 'common']);
  const titleId = useId();
  const { setStatus } = useBarrierMutations();
  const next = BARRIER_STATUSES[BARRIER_STATUSES.indexOf(barrier.status) + 1] ?? barrier.status;
  const [status, setValue] = useState<BarrierStatus>(next === barrier.status ? 'in_bearbeitung' : next);
  const [on, setOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const [workingGroup, setWorkingGroup] = useState(barrier.workingGroup ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStatus.mutate(
      { id: barrier.id, version: barrier.version, status, on, note, ...(status === 'an_arbeitskreis' ? { workingGroup } : {}) },
      { onSuccess: onSaved },
    );
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('barrier.changeStatus')}</DialogTitle>
        <DialogContent>
          <TextField select fullWidth margin="normal" label={t('barrier.newStatus')} value={status} onChange={(e) => setValue(e.target.value as BarrierStatus)} slotProps={NATIVE_SELECT}>
            {BARRIER_STATUSES.filter((s) => s !== barrier.status).map((s) => (
              <option key={s} value={s}>
                {t(`dim.huerdenstatus.${s}`)}
              </option>
            ))}
          </TextField>
          {status === 'an_arbeitskreis' && (
            <TextField fullWidth margin="normal" required label={t('barrier.workingGroup')} value={workingGroup} onChange={(e) => setWorkingGroup(e.target.value)} autoComplete="off" />
          )}
          <TextField fullWidth margin="normal" type="date" required label={t('barrier.on')} value={on} onChange={(e) => setOn(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField fullWidth margin="normal" multiline minRows={2} label={t('barrier.note')} value={note} onChange={(e) => setNote(e.target.value)} />
          <ErrorAlert error={setStatus.error} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <SubmitButton pending={setStatus.isPending} label={t('common:save')} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
