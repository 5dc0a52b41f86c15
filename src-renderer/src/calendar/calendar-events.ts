import type { AvailabilityBlockView, OccurrenceView } from '@contract/channels/calendar';
import type { EventInput } from '@fullcalendar/react';
import { CANCELLED, OFFICE_DAY_COLOR, TYPE_COLORS } from './appointment-colors';
import { berlinParts } from './berlin';

// Server occurrences → FullCalendar events. Timed events get their UTC instants (the calendar
// runs in Europe/Berlin); all-day events get Berlin dates, as FullCalendar expects.

export const CANCELLED_CLASS = 'kim-cancelled';

function when(o: OccurrenceView) {
  if (!o.allDay) return { start: o.startUtc, end: o.endUtc, allDay: false };
  return { start: berlinParts(o.startUtc).date, end: berlinParts(o.endUtc).date, allDay: true };
}

export function occurrenceEvents(occurrences: OccurrenceView[], cancelledPrefix: string): EventInput[] {
  return occurrences.map((o) => {
    const cancelled = o.status === 'abgesagt';
    const client = o.clients.length > 0 ? ` – ${o.clients.map((c) => c.name).join(', ')}` : '';
    return {
      id: o.key,
      title: `${cancelled ? cancelledPrefix : ''}${o.title}${client}`,
      ...when(o),
      color: cancelled ? CANCELLED.background : TYPE_COLORS[o.type],
      contrastColor: cancelled ? CANCELLED.text : '#ffffff',
      className: cancelled ? CANCELLED_CLASS : undefined,
      editable: o.canEdit && !cancelled,
      extendedProps: { occurrence: o },
    };
  });
}

export function officeDayEvents(blocks: AvailabilityBlockView[], title: (place: string) => string): EventInput[] {
  return blocks.map((b, i) => ({
    id: `office-${b.staffId}-${i}`,
    title: title(b.place),
    start: b.startUtc,
    end: b.endUtc,
    display: 'background',
    color: OFFICE_DAY_COLOR,
  }));
}

export const occurrenceOf = (event: { extendedProps: Record<string, unknown> }): OccurrenceView | null =>
  (event.extendedProps.occurrence as OccurrenceView | undefined) ?? null;
