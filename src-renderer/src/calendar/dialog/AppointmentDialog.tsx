import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { AppointmentView, OccurrenceView } from '@contract/channels/calendar';
import { APPOINTMENT_STATUSES, APPOINTMENT_TYPES, PLACE_KINDS, type EditScope } from '@contract/channels/calendar-fields';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { useCalendarErrorText } from '../calendar-errors';
import { type FormState, type Slot, formFromView, newForm } from './appointment-form';
import { AppointmentActions } from './AppointmentActions';
import { BookingWarnings } from './BookingWarnings';
import { PeopleFields } from './PeopleFields';
import { RecurrenceFields } from './RecurrenceFields';
import { ScopeDialog } from './ScopeDialog';
import { TimeFields } from './TimeFields';
import { useAppointmentSave } from './use-appointment-save';
import { useLiveCheck } from './use-live-check';

export type DialogTarget = { kind: 'new'; slot: Slot } | { kind: 'edit'; occurrence: OccurrenceView };

interface Props {
  target: DialogTarget;
  userId: string;
  onClose: () => void;
}

/** Loads the appointment (when editing) and shows the form once it is there. */
export function AppointmentDialog({ target, userId, onClose }: Props) {
  const id = target.kind === 'edit' ? target.occurrence.appointmentId : '';
  const view = useCallQuery('appointments.get', { id }, { enabled: target.kind === 'edit' });
  if (target.kind === 'edit' && !view.data) return null;
  const initial = target.kind === 'edit' && view.data ? formFromView(view.data, target.occurrence.isSeries ? target.occurrence : null) : null;
  return (
    <AppointmentForm
      key={view.data ? `${view.data.appointmentId}-${view.data.version}` : 'new'}
      initial={initial ?? newForm((target as { slot: Slot }).slot, userId)}
      view={view.data ?? null}
      occurrence={target.kind === 'edit' ? target.occurrence : null}
      onClose={onClose}
    />
  );
}

interface FormProps {
  initial: FormState;
  view: AppointmentView | null;
  occurrence: OccurrenceView | null;
  onClose: () => void;
}

function AppointmentForm({ initial, view, occurrence, onClose }: FormProps) {
  const { t } = useTranslation(['calendar', 'common']);
  const errorText = useCalendarErrorText();
  const titleId = useId();
  const [form, setForm] = useState(initial);
  const [askScope, setAskScope] = useState(false);
  const readOnly = view !== null && !view.canEdit;
  const isSeries = view?.recurrence != null;
  const occurrenceDate = occurrence?.occurrenceDate ?? undefined;
  const target = view ? { id: view.appointmentId, version: view.version, ...(occurrenceDate ? { occurrenceDate } : {}) } : {};
  const saver = useAppointmentSave(target, onClose);
  const live = useLiveCheck(form, view, occurrenceDate, !readOnly);
  const change = (patch: Partial<FormState>) => {
    saver.clearPending();
    setForm((f) => ({ ...f, ...patch }));
  };

  const submit = (scope: EditScope, confirm = false) => saver.save(form, scope, confirm);
  const onSave = () => (isSeries ? setAskScope(true) : submit('all'));
  const heading = view ? (readOnly ? t('dialog.readTitle') : t('dialog.editTitle')) : t('dialog.newTitle');

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{heading}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {readOnly && <Alert severity="info">{t('dialog.readOnly')}</Alert>}
          {isSeries && <Alert severity="info">{t('dialog.seriesInfo')}</Alert>}
          {occurrence?.shiftedByDst && <Alert severity="info">{t('dialog.dstShifted')}</Alert>}
          <TextField label={t('dialog.title')} required value={form.title} disabled={readOnly} autoFocus={!readOnly}
            onChange={(e) => change({ title: e.target.value })} />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField select label={t('dialog.type')} value={form.type} disabled={readOnly} sx={{ minWidth: 200 }}
              onChange={(e) => change({ type: e.target.value as FormState['type'] })}>
              {APPOINTMENT_TYPES.map((x) => <MenuItem key={x} value={x}>{t(`types.${x}`)}</MenuItem>)}
            </TextField>
            <TextField select label={t('dialog.status')} value={form.status} disabled={readOnly} sx={{ minWidth: 200 }}
              onChange={(e) => change({ status: e.target.value as FormState['status'] })}>
              {APPOINTMENT_STATUSES.map((x) => <MenuItem key={x} value={x}>{t(`statuses.${x}`)}</MenuItem>)}
            </TextField>
            {form.status === 'abgesagt' && (
              <TextField label={t('dialog.cancelReason')} required value={form.cancelReason} disabled={readOnly} sx={{ flexGrow: 1 }}
                onChange={(e) => change({ cancelReason: e.target.value })} />
            )}
          </Stack>
          <TimeFields form={form} onChange={change} disabled={readOnly} fold={saver.fold} />
          <RecurrenceFields form={form} onChange={change} disabled={readOnly || (view !== null && !isSeries && view.seriesId !== null)} />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField select label={t('dialog.placeKind')} value={form.placeKind} disabled={readOnly} sx={{ minWidth: 220 }}
              onChange={(e) => change({ placeKind: e.target.value as FormState['placeKind'] })}>
              {PLACE_KINDS.map((x) => <MenuItem key={x} value={x}>{t(`places.${x}`)}</MenuItem>)}
            </TextField>
            <TextField label={t('dialog.location')} value={form.location} disabled={readOnly} sx={{ flexGrow: 1 }}
              onChange={(e) => change({ location: e.target.value })} />
            <TextField label={t('dialog.room')} value={form.room} disabled={readOnly} onChange={(e) => change({ room: e.target.value })} />
          </Stack>
          <PeopleFields form={form} onChange={change} disabled={readOnly} />
          <TextField label={t('dialog.note')} value={form.note} disabled={readOnly} multiline minRows={2}
            onChange={(e) => change({ note: e.target.value })} />
          <BookingWarnings check={saver.pending?.check ?? live} />
          {saver.error ? <Alert severity="error" role="alert">{errorText(saver.error)}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {view && <AppointmentActions view={view} occurrence={occurrence} readOnly={readOnly} onDone={onClose} />}
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        {!readOnly && saver.pending ? (
          <Button variant="contained" color="warning" disabled={saver.isPending} onClick={() => submit(saver.pending?.scope ?? 'all', true)}>
            {t('dialog.saveAnyway')}
          </Button>
        ) : (
          !readOnly && (
            <Button variant="contained" disabled={saver.isPending} onClick={onSave}>
              {t('dialog.save')}
            </Button>
          )
        )}
      </DialogActions>
      <ScopeDialog open={askScope} onClose={() => setAskScope(false)} onChoose={(scope) => { setAskScope(false); submit(scope); }} />
    </Dialog>
  );
}
