import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Role } from '@contract';
import type { AvailabilitySlotInput } from '@contract/channels/calendar-fields';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useCallQuery } from '../api/queries';
import { useCalendarErrorText } from './calendar-errors';
import { useCalendarReload, useStaffOptions } from './calendar-api';

const shrink = { inputLabel: { shrink: true } } as const;

/** Sprechzeiten: weekly office days per place; the team lead and the administration edit anyone's. */
export function AvailabilityDialog({ userId, role, onClose }: { userId: string; role: Role; onClose: () => void }) {
  const { t } = useTranslation(['calendar', 'common']);
  const errorText = useCalendarErrorText();
  const titleId = useId();
  const reload = useCalendarReload();
  const [staffId, setStaffId] = useState(userId);
  const staff = useStaffOptions();
  const current = useCallQuery('availability.list', { staffIds: [staffId] });
  const [slots, setSlots] = useState<AvailabilitySlotInput[]>([]);
  const entry = current.data?.[0];
  useEffect(() => setSlots(entry?.slots ?? []), [entry]);
  const save = useMutation({
    mutationFn: () => call('availability.save', { staffId, version: entry?.version ?? 0, slots }),
    onSuccess: async () => {
      await reload();
      onClose();
    },
  });
  const days = t('weekdays', { returnObjects: true }) as string[];
  const patch = (i: number, p: Partial<AvailabilitySlotInput>) => setSlots((all) => all.map((s, j) => (j === i ? { ...s, ...p } : s)));
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t('availability.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('availability.intro')}</DialogContentText>
        <Stack spacing={2} sx={{ mt: 2 }}>
          {role !== 'fallmanagement' && (
            <TextField select label={t('availability.person')} value={staffId} onChange={(e) => setStaffId(e.target.value)}>
              {(staff.data ?? []).map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
            </TextField>
          )}
          {slots.map((s, i) => (
            <Stack key={i} direction={{ xs: 'column', sm: 'row' }} spacing={1} data-testid="office-day">
              <TextField select label={t('availability.weekday')} value={s.weekday} sx={{ minWidth: 150 }}
                onChange={(e) => patch(i, { weekday: Number(e.target.value) })}>
                {days.map((d, n) => <MenuItem key={d} value={n + 1}>{d}</MenuItem>)}
              </TextField>
              <TextField type="time" label={t('availability.from')} value={s.from} slotProps={shrink} onChange={(e) => patch(i, { from: e.target.value })} />
              <TextField type="time" label={t('availability.to')} value={s.to} slotProps={shrink} onChange={(e) => patch(i, { to: e.target.value })} />
              <TextField label={t('availability.place')} value={s.place} sx={{ flexGrow: 1 }} onChange={(e) => patch(i, { place: e.target.value })} />
              <IconButton aria-label={t('availability.remove')} onClick={() => setSlots((all) => all.filter((_x, j) => j !== i))}>
                <DeleteIcon />
              </IconButton>
            </Stack>
          ))}
          <Button sx={{ alignSelf: 'flex-start' }} onClick={() => setSlots((all) => [...all, { weekday: 2, from: '08:30', to: '16:00', place: '' }])}>
            {t('availability.add')}
          </Button>
          {save.error ? <Alert severity="error">{errorText(save.error)}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        <Button variant="contained" disabled={save.isPending || !entry} onClick={() => save.mutate()}>{t('common:save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
