import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CalendarRef } from '@fullcalendar/react';
import type { OccurrenceView } from '@contract/channels/calendar';
import { APPOINTMENT_TYPES, type CalendarScope } from '@contract/channels/calendar-fields';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/hash-route';
import { useAppStatus } from '../app/use-app-status';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageTitle } from '../components/PageTitle';
import { TYPE_COLORS } from './appointment-colors';
import { AvailabilityDialog } from './AvailabilityDialog';
import { berlinParts, isoWeekOf, rangeTitle, todayBerlin } from './berlin';
import { type VisibleRange, useRange } from './calendar-api';
import { occurrenceEvents, officeDayEvents } from './calendar-events';
import { CalendarToolbar } from './CalendarToolbar';
import { CalendarView, VIEW_IDS, type ViewKey } from './CalendarView';
import { AppointmentDialog, type DialogTarget } from './dialog/AppointmentDialog';
import { IcsExportDialog } from './IcsExportDialog';
import { IcsImportDialog } from './IcsImportDialog';
import { useMoveFlow } from './use-move-flow';
import { useReadyMark } from '../app/ready-mark';

type Open = 'officeDays' | 'export' | 'import' | null;

/** Kalender: day, work week, week, month and list views of the own or (team lead) the team's appointments. */
export function CalendarPage() {
  const { t } = useTranslation('calendar');
  const session = useAppStatus().data?.session;
  const calendar = useRef<CalendarRef>(null);
  const [view, setView] = useState<ViewKey>('week');
  const [range, setRange] = useState<(VisibleRange & { anchor: string; title: string }) | null>(null);
  const [scope, setScope] = useState<CalendarScope>('mine');
  const [staffId, setStaffId] = useState('');
  const [dialog, setDialog] = useState<DialogTarget | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const data = useRange(range, scope, staffId ? [staffId] : []);
  useReadyMark('calendar', data.data);
  const mover = useMoveFlow();
  const api = () => calendar.current?.getApi();

  const events = useMemo(
    () => [
      ...occurrenceEvents(data.data?.occurrences ?? [], t('cancelledPrefix')),
      ...officeDayEvents(data.data?.availability ?? [], (place) => t('officeDayTitle', { place })),
    ],
    [data.data, t],
  );
  const changeView = (v: ViewKey) => {
    setView(v);
    api()?.changeView(VIEW_IDS[v]);
  };
  const anchor = range?.anchor ?? todayBerlin();
  const showWeek = view !== 'month' && view !== 'agenda';
  const newAt = () => {
    const start = new Date(`${anchor}T08:00:00Z`);
    setDialog({ kind: 'new', slot: { start, end: new Date(start.getTime() + 3_600_000), allDay: false } });
  };

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
        <Button variant="contained" onClick={newAt}>{t('newAppointment')}</Button>
        <Button onClick={() => setOpen('officeDays')}>{t('officeDays')}</Button>
        <Button onClick={() => setOpen('export')}>{t('exportIcs')}</Button>
        <Button onClick={() => setOpen('import')}>{t('importIcs')}</Button>
        <Button href={hrefOf(`/kalender/druck/tag/${anchor}`)}>{t('printDay')}</Button>
        <Button href={hrefOf(`/kalender/druck/woche/${anchor}`)}>{t('printWeek')}</Button>
      </Stack>
      <CalendarToolbar
        view={view}
        onView={changeView}
        title={range?.title ?? ''}
        week={showWeek ? isoWeekOf(anchor) : null}
        onPrev={() => api()?.prev()}
        onNext={() => api()?.next()}
        onToday={() => api()?.today()}
        jumpDate={anchor}
        onJump={(d) => api()?.gotoDate(d)}
        isTeamLead={session?.role === 'teamleitung'}
        scope={scope}
        onScope={setScope}
        staffId={staffId}
        onStaff={setStaffId}
      />
      <ErrorAlert error={data.error} />
      <Typography variant="body2" id="calendar-keyboard-hint" sx={{ mb: 1, color: 'text.secondary' }}>
        {t('keyboardHint')}
      </Typography>
      <Box role="status" aria-live="polite" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {mover.announcement}
      </Box>
      <Box aria-describedby="calendar-keyboard-hint">
        <CalendarView
          calendarRef={calendar}
          view={view}
          events={events}
          onRange={({ from, to, anchor: a, viewType }) => {
            const date = berlinParts(a).date;
            setRange({ from, to, anchor: date, title: rangeTitle(from, to, date, viewType === VIEW_IDS.day ? 'day' : viewType === VIEW_IDS.month ? 'month' : 'span') });
          }}
          onSelect={(slot) => setDialog({ kind: 'new', slot })}
          onOpen={(o: OccurrenceView) => setDialog({ kind: 'edit', occurrence: o })}
          onMove={mover.requestMove}
        />
      </Box>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 2 }} aria-label={t('legend')} role="list">
        {APPOINTMENT_TYPES.map((type) => (
          <Chip key={type} role="listitem" label={t(`types.${type}`)} sx={{ bgcolor: TYPE_COLORS[type], color: '#fff' }} size="small" />
        ))}
      </Stack>
      {dialog && session && <AppointmentDialog target={dialog} userId={session.userId} onClose={() => setDialog(null)} />}
      {mover.ui}
      {open === 'officeDays' && session && <AvailabilityDialog userId={session.userId} role={session.role} onClose={() => setOpen(null)} />}
      {open === 'export' && range && <IcsExportDialog range={range} onClose={() => setOpen(null)} />}
      {open === 'import' && <IcsImportDialog onClose={() => setOpen(null)} />}
    </>
  );
}
