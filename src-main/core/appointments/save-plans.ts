import { and, eq, gte } from 'drizzle-orm';
import type { AppointmentDraft, EditScope } from '../../contract/channels/calendar-fields';
import { addDays, daysBetween, utcToBerlin } from '../calendar/berlin-time';
import { type Series, ruleDates, scheduledOccurrence } from '../calendar/recurrence';
import type { RecurrenceRule } from '../calendar/recurrence-rule';
import { excludeOccurrence, overrideOccurrence, splitSeries } from '../calendar/series-edit';
import type { CaseCtx } from '../cases/service-context';
import { appointments } from '../db/schema';
import { AppError } from '../errors';
import {
  type AppointmentRow,
  type LoadedAppointment,
  insertAppointment,
  replaceLinks,
  seriesColumns,
  seriesOf,
  updateAppointment,
} from './appointments-repo';
import type { Candidate } from './conflict-check';
import { columnsOf, onlyTimesDiffer, validateDraft } from './draft-rules';
import { type Schedule, draftSchedule, draftTimes, spanOf, toRule } from './draft-times';

// How one save becomes row writes: create, change a single appointment, or change a series for
// "this one" (move = override, other changes = take the occurrence out as its own appointment),
// "this and following" (split) or "all". A plan is computed first, so the conflict check sees
// the new times before anything is written; `apply` runs in the same transaction.

export interface SavePlan {
  candidate: Candidate;
  /** Rows the change replaces: they do not conflict with themselves. */
  excludeIds: string[];
  apply: () => AppointmentRow;
  action: 'appointment.create' | 'appointment.update';
}

const linksOfDraft = (d: AppointmentDraft) => ({ staffIds: d.staffIds, personIds: d.personIds });
const candidateOf = (d: AppointmentDraft, schedule: Schedule): Candidate => ({
  schedule,
  staffIds: [...new Set(d.staffIds)],
  personIds: [...new Set(d.personIds)],
  room: d.room ?? null,
  status: d.status,
});

/** Moves the draft's dates by whole days (keeping wall times). */
function shiftDraft(d: AppointmentDraft, days: number): AppointmentDraft {
  if (days === 0) return d;
  return { ...d, start: { date: addDays(d.start.date, days), time: d.start.time }, end: { date: addDays(d.end.date, days), time: d.end.time } };
}

/** Exceptions that still lie on the dates of the new rule (the others lost their meaning). */
function keptExceptions(s: Pick<Series, 'exdates' | 'overrides'>, next: Omit<Series, 'exdates' | 'overrides'>) {
  const dates = new Set(ruleDates({ ...next, exdates: [], overrides: [] }));
  return { exdates: s.exdates.filter((d) => dates.has(d)), overrides: s.overrides.filter((o) => dates.has(o.occurrenceDate)) };
}

function seriesScheduleOf(d: AppointmentDraft, rule: RecurrenceRule, exceptions: Pick<Series, 'exdates' | 'overrides'>): Schedule {
  const plain = draftSchedule({ ...d, recurrence: rule });
  return draftSchedule({ ...d, recurrence: rule }, plain.series ? keptExceptions(exceptions, plain.series) : exceptions);
}

function createPlan(ctx: CaseCtx, d: AppointmentDraft): SavePlan {
  const schedule = draftSchedule(d);
  validateDraft(ctx.db, ctx.actor, d, schedule);
  return {
    candidate: candidateOf(d, schedule),
    excludeIds: [],
    action: 'appointment.create',
    apply: () => insertAppointment(ctx.db, columnsOf(d, schedule), linksOfDraft(d), { createdBy: ctx.actor.userId, at: ctx.at }),
  };
}

/** Rewrites a row from a draft and schedule; a detached occurrence stays linked unless it recurs now. */
function rewrite(ctx: CaseCtx, a: LoadedAppointment, d: AppointmentDraft, schedule: Schedule): AppointmentRow {
  const keepLink = schedule.series === null ? { seriesId: a.row.seriesId, occurrenceDate: a.row.occurrenceDate } : {};
  const row = updateAppointment(ctx.db, a.row, { ...columnsOf(d, schedule), ...keepLink }, ctx.at);
  replaceLinks(ctx.db, row.id, linksOfDraft(d));
  return row;
}

function updatePlan(ctx: CaseCtx, a: LoadedAppointment, d: AppointmentDraft, schedule: Schedule): SavePlan {
  validateDraft(ctx.db, ctx.actor, d, schedule);
  return { candidate: candidateOf(d, schedule), excludeIds: [a.row.id], action: 'appointment.update', apply: () => rewrite(ctx, a, d, schedule) };
}

/** "Alle Termine": the date the user gave the occurrence shifts the whole series by as many days. */
function allPlan(ctx: CaseCtx, a: LoadedAppointment, series: Series, d: AppointmentDraft, occurrenceDate: string): SavePlan {
  if (!d.recurrence) return updatePlan(ctx, a, d, draftSchedule(d));
  const first = utcToBerlin(a.row.startUtc).date;
  const shifted = shiftDraft(d, daysBetween(occurrenceDate, first));
  return updatePlan(ctx, a, shifted, seriesScheduleOf(shifted, toRule(d.recurrence), series));
}

function thisPlan(ctx: CaseCtx, a: LoadedAppointment, series: Series, d: AppointmentDraft, occurrenceDate: string): SavePlan {
  const single = { ...d, recurrence: null };
  const times = draftTimes(single);
  const schedule: Schedule = { ...times, series: null, seriesTime: null };
  validateDraft(ctx.db, ctx.actor, single, schedule);
  const candidate = candidateOf(single, schedule);
  const writeSeries = (next: Series) =>
    updateAppointment(ctx.db, a.row, { ...seriesColumns(next, a.row.seriesTime), ...spanOf({ ...next, series: next }) }, ctx.at);
  if (onlyTimesDiffer(single, a)) {
    const next = overrideOccurrence(series, { occurrenceDate, startUtc: times.startUtc, endUtc: times.endUtc });
    return { candidate, excludeIds: [a.row.id], action: 'appointment.update', apply: () => writeSeries(next) };
  }
  const next = excludeOccurrence(series, occurrenceDate);
  return {
    candidate,
    excludeIds: [a.row.id],
    action: 'appointment.update',
    apply: () => {
      writeSeries(next);
      const cols = { ...columnsOf(single, schedule), seriesId: a.row.id, occurrenceDate };
      return insertAppointment(ctx.db, cols, linksOfDraft(single), { createdBy: ctx.actor.userId, at: ctx.at });
    },
  };
}

const sameEnd = (a: RecurrenceRule, b: RecurrenceRule) => (a.until ?? null) === (b.until ?? null) && (a.count ?? null) === (b.count ?? null);

function followingPlan(ctx: CaseCtx, a: LoadedAppointment, series: Series, d: AppointmentDraft, occurrenceDate: string): SavePlan {
  const { before, after } = splitSeries(series, occurrenceDate);
  if (!before) return allPlan(ctx, a, series, d, occurrenceDate);
  const asked = d.recurrence ? toRule(d.recurrence) : series.rule;
  // An end the user left as it was keeps the count that is left after the split.
  const rule = sameEnd(asked, series.rule) ? { ...asked, until: after.rule.until ?? null, count: after.rule.count ?? null } : asked;
  const moved = d.start.date !== occurrenceDate;
  const schedule = seriesScheduleOf(d, rule as RecurrenceRule, moved ? { exdates: [], overrides: [] } : after);
  const draft = { ...d, recurrence: rule };
  validateDraft(ctx.db, ctx.actor, draft, schedule);
  return {
    candidate: candidateOf(draft, schedule),
    excludeIds: [a.row.id],
    action: 'appointment.update',
    apply: () => {
      updateAppointment(ctx.db, a.row, { ...seriesColumns(before, a.row.seriesTime), ...spanOf({ ...before, series: before }) }, ctx.at);
      const row = insertAppointment(ctx.db, columnsOf(draft, schedule), linksOfDraft(draft), { createdBy: ctx.actor.userId, at: ctx.at });
      // Occurrences already taken out of the old series from here on now belong to the new one.
      ctx.db.orm
        .update(appointments)
        .set({ seriesId: row.id })
        .where(and(eq(appointments.seriesId, a.row.id), gte(appointments.occurrenceDate, occurrenceDate)))
        .run();
      return row;
    },
  };
}

/** The plan of a save: create (no appointment) or change `a` for the scope. */
export function planSave(
  ctx: CaseCtx,
  a: LoadedAppointment | null,
  d: AppointmentDraft,
  target: { scope: EditScope; occurrenceDate?: string | undefined },
): SavePlan {
  if (!a) return createPlan(ctx, d);
  const series = seriesOf(a.row);
  if (!series) return updatePlan(ctx, a, d, draftSchedule(d));
  const first = utcToBerlin(a.row.startUtc).date;
  const occurrenceDate = target.occurrenceDate ?? first;
  scheduledOccurrence(series, occurrenceDate); // VALIDATION unless the rule has this date
  if (target.scope === 'all' || (occurrenceDate === first && target.scope === 'following')) return allPlan(ctx, a, series, d, occurrenceDate);
  if (!target.occurrenceDate) throw new AppError('VALIDATION', 'Bitte wählen Sie den Termin der Serie.', { field: 'occurrenceDate' });
  return target.scope === 'this' ? thisPlan(ctx, a, series, d, occurrenceDate) : followingPlan(ctx, a, series, d, occurrenceDate);
}
