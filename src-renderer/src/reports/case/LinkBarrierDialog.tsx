import { BARRIER_CATEGORIES, type BarrierCategory, type CaseBarrierLink } from '@contract/channels/barriers';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { useBarrierMutations } from '../barriers/use-barrier-mutations';
import { NATIVE_SELECT } from '../select-props';

interface LinkBarrierDialogProps {
  caseId: string;
  /** Barriers the case is linked to already (left out of the choice). */
  linkedBarrierIds?: readonly string[];
  onClose: () => void;
  onLinked: (link: CaseBarrierLink) => void;
}

/**
 * "Hürde melden" from inside a case: links the case (or one of its goals) to a barrier of the
 * register, or names a new one; a short note stays in the case. The case page mounts this.
 */
export function LinkBarrierDialog({ caseId, linkedBarrierIds = [], onClose, onLinked }: LinkBarrierDialogProps) {
  const { t } = useTranslation(['reports', 'common']);
  const titleId = useId();
  const textId = useId();
  const { linkCase, createFromCase } = useBarrierMutations();
  const barriers = useCallQuery('barriers.list', {});
  const plan = useCallQuery('plan.get', { caseId });
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [barrierId, setBarrierId] = useState('');
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<BarrierCategory>('sonstiges');
  const [description, setDescription] = useState('');
  const [goalId, setGoalId] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const choices = (barriers.data ?? []).filter((b) => !linkedBarrierIds.includes(b.id));
  const link = { caseId, note, ...(goalId ? { goalId } : {}) };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = mode === 'existing' ? !barrierId : !title.trim();
    setMissing(incomplete);
    if (incomplete) return;
    if (mode === 'existing') linkCase.mutate({ ...link, barrierId }, { onSuccess: onLinked });
    else createFromCase.mutate({ ...link, barrier: { title, category, description } }, { onSuccess: onLinked });
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} aria-describedby={textId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('link.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText id={textId}>{t('link.privacy')}</DialogContentText>
          <RadioGroup row value={mode} onChange={(e) => setMode(e.target.value as 'existing' | 'new')} aria-label={t('link.mode')} sx={{ mt: 1 }}>
            <FormControlLabel value="existing" control={<Radio />} label={t('link.existing')} />
            <FormControlLabel value="new" control={<Radio />} label={t('link.new')} />
          </RadioGroup>
          {mode === 'existing' ? (
            <TextField
              select
              fullWidth
              margin="normal"
              required
              label={t('link.barrier')}
              value={barrierId}
              onChange={(e) => setBarrierId(e.target.value)}
              slotProps={NATIVE_SELECT}
              error={missing}
              helperText={missing ? t('link.chooseBarrier') : undefined}
            >
              <option value="" />
              {choices.map((b) => (
                <option key={b.id} value={b.id}>
                  {`${b.title} (${t(`dim.huerdenkategorie.${b.category}`)})`}
                </option>
              ))}
            </TextField>
          ) : (
            <>
              <TextField fullWidth margin="normal" required label={t('barrier.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={missing} autoComplete="off" />
              <TextField select fullWidth margin="normal" label={t('barrier.category')} value={category} onChange={(e) => setCategory(e.target.value as BarrierCategory)} slotProps={NATIVE_SELECT}>
                {BARRIER_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`dim.huerdenkategorie.${c}`)}
                  </option>
                ))}
              </TextField>
              <TextField fullWidth margin="normal" multiline minRows={2} label={t('barrier.description')} value={description} onChange={(e) => setDescription(e.target.value)} />
            </>
          )}
          <TextField select fullWidth margin="normal" label={t('link.goal')} value={goalId} onChange={(e) => setGoalId(e.target.value)} slotProps={NATIVE_SELECT}>
            <option value="">{t('link.noGoal')}</option>
            {(plan.data?.goals ?? []).map((g) => (
              <option key={g.id} value={g.id}>
                {g.description}
              </option>
            ))}
          </TextField>
          <TextField fullWidth margin="normal" multiline minRows={2} label={t('link.note')} value={note} onChange={(e) => setNote(e.target.value)} />
          <ErrorAlert error={linkCase.error ?? createFromCase.error} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <SubmitButton pending={linkCase.isPending || createFromCase.isPending} label={t('link.save')} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
