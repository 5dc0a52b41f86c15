import type { OccurrenceView } from '../../contract/channels/calendar';
import { addDays } from '../calendar/berlin-time';
import type { CaseCtx } from '../cases/service-context';
import type { TodaySection } from '../today/today-service';
import { visibleOccurrences } from './range-service';

/** The actor's appointments of one Berlin day (own and of their cases), sorted by start. */
export const todaysAppointments = (ctx: CaseCtx, day: string): OccurrenceView[] =>
  visibleOccurrences(ctx, { from: day, to: addDays(day, 1), scope: 'mine' });

/** Heute: today's appointments with their cases. */
export const appointmentsTodaySection: TodaySection = ({ ctx, today }) => ({ appointmentsToday: todaysAppointments(ctx, today) });
