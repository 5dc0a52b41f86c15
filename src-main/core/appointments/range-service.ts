import { and, inArray, type SQL } from 'drizzle-orm';
import type { AppointmentView, OccurrenceView, RangeResult } from '../../contract/channels/calendar';
import { type CalendarScope, MAX_RANGE_DAYS } from '../../contract/channels/calendar-fields';
import { berlinDayStartUtc, daysBetween } from '../calendar/berlin-time';
import type { CaseCtx } from '../cases/service-context';
import type { OfficeDb } from '../db/open-encrypted';
import { appointmentStaff, appointments } from '../db/schema';
import { AppError } from '../errors';
import { assertVisible, ownAppointmentCondition, seesAllAppointments, visibleAppointmentCondition } from './appointment-access';
import { appointmentView, occurrenceViews } from './appointment-views';
import { type AppointmentRow, loadAppointment } from './appointments-repo';
import { availabilityBlocksFor } from './availability-service';
import { calendarRowsOverlapping, spanOverlaps } from './calendar-rows';
import { occurrencesInRange } from './occurrences';

// Reading the calendar: one indexed overlap query on the rows' spans (calendar-rows.ts), then
// series expansion in memory. "mine" shows the actor's own appointments (and those of their
// cases); "team" is the team lead's view of everyone, optionally narrowed to some staff members.

export interface RangeQuery {
  from: string;
  /** Exclusive local date. */
  to: string;
  scope: CalendarScope;
  staffIds?: string[] | undefined;
}

/** Rows whose span overlaps [fromUtc, toUtc), plus any extra condition. */
export function rowsOverlapping(db: OfficeDb, fromUtc: string, toUtc: string, extra?: SQL): AppointmentRow[] {
  return db.orm.select().from(appointments).where(and(spanOverlaps(fromUtc, toUtc), extra)).all();
}

const withStaff = (db: OfficeDb, staffIds: string[]): SQL =>
  inArray(
    appointments.id,
    db.orm.select({ id: appointmentStaff.appointmentId }).from(appointmentStaff).where(inArray(appointmentStaff.userId, staffIds)),
  );

function scopeCondition(ctx: CaseCtx, q: RangeQuery): SQL | undefined {
  const { db, actor } = ctx;
  if (q.scope === 'team') {
    if (!seesAllAppointments(actor)) throw new AppError('FORBIDDEN', 'Die Teamansicht steht nur der Teamleitung zur Verfügung.');
    return q.staffIds && q.staffIds.length > 0 ? withStaff(db, q.staffIds) : undefined;
  }
  // The team lead's own calendar is their own appointments; for others "visible" is already that.
  return seesAllAppointments(actor) ? ownAppointmentCondition(actor) : visibleAppointmentCondition(db, actor);
}

/** UTC bounds of a range of local dates; refuses reversed or overlong ranges. */
export function rangeBounds(from: string, to: string): { fromUtc: string; toUtc: string } {
  const days = daysBetween(from, to);
  if (days <= 0) throw new AppError('VALIDATION', 'Das Ende des Zeitraums muss nach dem Beginn liegen.', { field: 'to' });
  if (days > MAX_RANGE_DAYS) {
    throw new AppError('VALIDATION', `Der Zeitraum darf höchstens ${MAX_RANGE_DAYS} Tage umfassen.`, { field: 'to' });
  }
  return { fromUtc: berlinDayStartUtc(from), toUtc: berlinDayStartUtc(to) };
}

export function visibleOccurrences(ctx: CaseCtx, q: RangeQuery): OccurrenceView[] {
  const { fromUtc, toUtc } = rangeBounds(q.from, q.to);
  const rows = calendarRowsOverlapping(ctx.db, fromUtc, toUtc, scopeCondition(ctx, q));
  return occurrenceViews(ctx.db, ctx.actor, occurrencesInRange(rows, fromUtc, toUtc));
}

export function appointmentsInRange(ctx: CaseCtx, q: RangeQuery): RangeResult {
  const occurrences = visibleOccurrences(ctx, q);
  const staff = q.scope === 'team' ? (q.staffIds ?? []) : [ctx.actor.userId];
  const { fromUtc, toUtc } = rangeBounds(q.from, q.to);
  return { occurrences, availability: availabilityBlocksFor(ctx.db, staff, fromUtc, toUtc) };
}

export function getAppointment(ctx: CaseCtx, id: string): AppointmentView {
  const a = loadAppointment(ctx.db, id);
  assertVisible(ctx.db, a, ctx.actor);
  return appointmentView(ctx.db, ctx.actor, a);
}
