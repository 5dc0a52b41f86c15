import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Snackbar from '@mui/material/Snackbar';
import type { CheckResult, OccurrenceView } from '@contract/channels/calendar';
import type { EditScope } from '@contract/channels/calendar-fields';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { formatInstantDe } from './berlin';
import { useCalendarReload } from './calendar-api';
import { useCalendarErrorText } from './calendar-errors';
import { BookingWarnings } from './dialog/BookingWarnings';
import { ScopeDialog } from './dialog/ScopeDialog';

interface MoveRequest {
  occurrence: OccurrenceView;
  startUtc: string;
  endUtc: string;
  revert: () => void;
  scope?: EditScope;
}

/**
 * Moving by drag and drop or keyboard: for a series first "this / following / all", then the
 * move; double bookings or office-day warnings ask before the move is saved. Anything refused
 * puts the appointment back where it was.
 */
export function useMoveFlow(): { requestMove: (r: MoveRequest) => void; ui: ReactNode; announcement: string } {
  const { t } = useTranslation(['calendar', 'common']);
  const errorText = useCalendarErrorText();
  const reload = useCalendarReload();
  const titleId = useId();
  const [askScope, setAskScope] = useState<MoveRequest | null>(null);
  const [confirm, setConfirm] = useState<{ request: MoveRequest; check: CheckResult } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: (v: { request: MoveRequest; confirmed: boolean }) => {
      const { occurrence: o, startUtc, endUtc, scope } = v.request;
      return call('appointments.move', {
        id: o.appointmentId,
        version: o.version,
        ...(o.occurrenceDate ? { occurrenceDate: o.occurrenceDate } : {}),
        scope: scope ?? 'this',
        startUtc,
        endUtc,
        confirmConflicts: v.confirmed,
        confirmOutsideAvailability: v.confirmed,
      });
    },
    onSuccess: async (result, v) => {
      if (result.status === 'needsConfirmation') {
        setConfirm({ request: v.request, check: result });
        return;
      }
      setConfirm(null);
      setAnnouncement(t('moved', { when: formatInstantDe(v.request.startUtc) }));
      await reload();
    },
    onError: (e, v) => {
      v.request.revert();
      setConfirm(null);
      setError(errorText(e));
    },
  });
  const run = (request: MoveRequest, confirmed = false) => move.mutate({ request, confirmed });
  const requestMove = (r: MoveRequest) => (r.occurrence.isSeries ? setAskScope(r) : run(r));
  const abort = (r: MoveRequest | null | undefined) => r?.revert();

  const ui = (
    <>
      <ScopeDialog
        open={askScope !== null}
        onClose={() => {
          abort(askScope);
          setAskScope(null);
        }}
        onChoose={(scope) => {
          if (askScope) run({ ...askScope, scope });
          setAskScope(null);
        }}
      />
      <Dialog open={confirm !== null} aria-labelledby={titleId} onClose={() => { abort(confirm?.request); setConfirm(null); }}>
        <DialogTitle id={titleId}>{t('warnings.confirmTitle')}</DialogTitle>
        <DialogContent>
          <BookingWarnings check={confirm?.check} />
        </DialogContent>
        <DialogActions>
          <Button autoFocus onClick={() => { abort(confirm?.request); setConfirm(null); }}>{t('common:cancel')}</Button>
          <Button variant="contained" color="warning" onClick={() => confirm && run(confirm.request, true)}>
            {t('warnings.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
      <Snackbar open={error !== null} autoHideDuration={8_000} onClose={() => setError(null)}>
        <Alert severity="error" onClose={() => setError(null)}>{error}</Alert>
      </Snackbar>
    </>
  );
  return { requestMove, ui, announcement };
}
