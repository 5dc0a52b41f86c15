import GlobalStyles from '@mui/material/GlobalStyles';
import FullCalendar, { type CalendarRef, type EventInput } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import deLocale from '@fullcalendar/react/locales/de';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import type { OccurrenceView } from '@contract/channels/calendar';
import type { Ref } from 'react';
import { useLatest } from '../components/use-latest';
import { CANCELLED_CLASS, occurrenceOf } from './calendar-events';
import type { Slot } from './dialog/appointment-form';

export const VIEW_IDS = { day: 'timeGridDay', workWeek: 'workWeek', week: 'timeGridWeek', month: 'dayGridMonth', agenda: 'agenda' } as const;
export type ViewKey = keyof typeof VIEW_IDS;

export interface MoveTo {
  occurrence: OccurrenceView;
  startUtc: string;
  endUtc: string;
  revert: () => void;
}

interface Props {
  calendarRef: Ref<CalendarRef>;
  view: ViewKey;
  events: EventInput[];
  onRange: (range: { from: string; to: string; anchor: Date; viewType: string }) => void;
  onSelect: (slot: Slot) => void;
  onOpen: (occurrence: OccurrenceView) => void;
  onMove: (move: MoveTo) => void;
}

// Matches the MUI theme: its primary blue, system fonts, and cancelled appointments struck through.
const themeStyles = {
  ':root': {
    '--fc-classic-primary': '#0b4f8a',
    '--fc-classic-button': '#0b4f8a',
    '--fc-classic-button-border': '#0b4f8a',
    '--fc-classic-today': '#fff8e1',
    '--fc-classic-muted-foreground': '#4b5563',
    // Days of the neighbouring months: still readable (AA contrast), just quieter.
    '--fc-classic-faint-foreground': '#595959',
  },
  [`.${CANCELLED_CLASS}`]: { textDecoration: 'line-through' },
  '.kim-calendar': { fontFamily: 'inherit', fontSize: '0.875rem' },
};

const STEP_MS = 15 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** Alt+arrows move, Alt+Shift+arrows resize: drag and drop without a mouse. */
function keyboardMove(e: KeyboardEvent, start: Date, end: Date): { startUtc: string; endUtc: string } | null {
  if (!e.altKey) return null;
  const shift: Record<string, number> = { ArrowUp: -STEP_MS, ArrowDown: STEP_MS, ArrowLeft: -DAY_MS, ArrowRight: DAY_MS };
  const delta = shift[e.key];
  if (delta === undefined) return null;
  if (e.shiftKey) {
    if (Math.abs(delta) !== STEP_MS || end.getTime() + delta <= start.getTime()) return null;
    return { startUtc: start.toISOString(), endUtc: new Date(end.getTime() + delta).toISOString() };
  }
  return { startUtc: new Date(start.getTime() + delta).toISOString(), endUtc: new Date(end.getTime() + delta).toISOString() };
}

export function CalendarView({ calendarRef, view, events, onRange, onSelect, onOpen, onMove }: Props) {
  const latest = useLatest({ onRange, onSelect, onOpen, onMove });
  return (
    <>
      <GlobalStyles styles={themeStyles} />
      <FullCalendar
        ref={calendarRef}
        class="kim-calendar"
        plugins={[classicTheme, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
        locale={deLocale}
        timeZone="Europe/Berlin"
        firstDay={1}
        weekNumbers
        weekNumberCalculation="ISO"
        headerToolbar={false}
        initialView={VIEW_IDS[view]}
        views={{ workWeek: { type: 'timeGridWeek', weekends: false }, agenda: { type: 'list', duration: { weeks: 4 } } }}
        slotMinTime="06:00:00"
        slotMaxTime="21:00:00"
        // The whole day is shown without an inner scroll area (keyboard users reach every slot).
        height="auto"
        nowIndicator
        selectable
        selectMirror
        editable
        eventInteractive
        dayMaxEvents
        events={events}
        datesSet={(info) => latest.current.onRange({ from: info.startStr.slice(0, 10), to: info.endStr.slice(0, 10), anchor: info.view.currentStart, viewType: info.view.type })}
        select={(info) => latest.current.onSelect({ start: info.start, end: info.end, allDay: info.allDay })}
        eventClick={(info) => {
          const o = occurrenceOf(info.event);
          if (o) latest.current.onOpen(o);
        }}
        eventDrop={(info) => moveFromEvent(info.event, info.revert)}
        eventResize={(info) => moveFromEvent(info.event, info.revert)}
        eventDidMount={(info) => {
          const o = occurrenceOf(info.event);
          if (!o || !o.canEdit || o.status === 'abgesagt' || o.allDay) return;
          info.el.addEventListener('keydown', (e) => {
            const to = keyboardMove(e, new Date(o.startUtc), new Date(o.endUtc));
            if (!to) return;
            e.preventDefault();
            latest.current.onMove({ occurrence: o, ...to, revert: () => undefined });
          });
        }}
      />
    </>
  );

  function moveFromEvent(event: { start: Date | null; end: Date | null; extendedProps: Record<string, unknown> }, revert: () => void) {
    const o = occurrenceOf(event);
    if (!o || !event.start) return revert();
    const end = event.end ?? new Date(event.start.getTime() + (Date.parse(o.endUtc) - Date.parse(o.startUtc)));
    latest.current.onMove({ occurrence: o, startUtc: event.start.toISOString(), endUtc: end.toISOString(), revert });
  }
}
