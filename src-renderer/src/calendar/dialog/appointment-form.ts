import type { AppointmentView, OccurrenceView } from '@contract/channels/calendar';
import type {
  AppointmentDraftInput,
  AppointmentStatus,
  AppointmentType,
  PlaceKind,
  RecurrenceRuleInput,
} from '@contract/channels/calendar-fields';
import { addDays, berlinParts, weekdayOf } from '../berlin';

// The dialog's editable state and its translation to and from the contract's draft.

export type Repeat = 'none' | 'daily' | 'weekly' | 'monthly';
export type Fold = 'earlier' | 'later';

export interface FormState {
  title: string;
  type: AppointmentType;
  status: AppointmentStatus;
  cancelReason: string;
  allDay: boolean;
  startDate: string;
  startTime: string;
  startFold: Fold | null;
  endDate: string;
  endTime: string;
  endFold: Fold | null;
  placeKind: PlaceKind;
  location: string;
  room: string;
  caseId: string | null;
  caseNumber: string | null;
  personIds: string[];
  staffIds: string[];
  interpreterNeeded: boolean;
  interpreterLanguage: string;
  note: string;
  repeat: Repeat;
  interval: number;
  weekdays: number[];
  weekOfMonth: 1 | 2 | 3 | 4 | 5 | -1;
  monthWeekday: number;
  endKind: 'until' | 'count';
  until: string;
  count: number;
}

/** Where a new appointment was asked for: a clicked or dragged slot, or the button. */
export interface Slot {
  start: Date;
  end: Date;
  allDay: boolean;
}

const weekOfMonthOf = (date: string): 1 | 2 | 3 | 4 | 5 => Math.min(5, Math.ceil(Number(date.slice(8, 10)) / 7)) as 1 | 2 | 3 | 4 | 5;

function repeatDefaults(date: string) {
  return {
    repeat: 'none' as Repeat,
    interval: 1,
    weekdays: [weekdayOf(date)],
    weekOfMonth: weekOfMonthOf(date),
    monthWeekday: weekdayOf(date),
    endKind: 'count' as const,
    until: addDays(date, 7 * 12),
    count: 10,
  };
}

export function newForm(slot: Slot, staffId: string): FormState {
  const s = berlinParts(slot.start);
  const e = berlinParts(slot.end);
  // An all-day selection ends at the next midnight; the dialog shows the last day itself.
  const endDate = slot.allDay ? addDays(e.date, -1) : e.date;
  return {
    title: '',
    type: 'Beratung',
    status: 'geplant',
    cancelReason: '',
    allDay: slot.allDay,
    startDate: s.date,
    startTime: slot.allDay ? '09:00' : s.time,
    startFold: null,
    endDate: endDate < s.date ? s.date : endDate,
    endTime: slot.allDay ? '10:00' : e.time,
    endFold: null,
    placeKind: 'buero',
    location: '',
    room: '',
    caseId: null,
    caseNumber: null,
    personIds: [],
    staffIds: [staffId],
    interpreterNeeded: false,
    interpreterLanguage: '',
    note: '',
    ...repeatDefaults(s.date),
  };
}

function repeatOf(rule: RecurrenceRuleInput | null, date: string) {
  const base = repeatDefaults(date);
  if (!rule) return base;
  const end = rule.count != null ? { endKind: 'count' as const, count: rule.count } : { endKind: 'until' as const, until: rule.until ?? base.until };
  if (rule.freq === 'weekly') return { ...base, ...end, repeat: 'weekly' as Repeat, interval: rule.interval, weekdays: rule.weekdays };
  if (rule.freq === 'monthly') {
    return { ...base, ...end, repeat: 'monthly' as Repeat, interval: rule.interval, weekOfMonth: rule.weekOfMonth, monthWeekday: rule.weekday };
  }
  return { ...base, ...end, repeat: 'daily' as Repeat, interval: rule.interval };
}

/** The stored appointment, showing the clicked occurrence's times when it is part of a series. */
export function formFromView(v: AppointmentView, occurrence: OccurrenceView | null): FormState {
  const s = occurrence ? { ...berlinParts(occurrence.startUtc), fold: undefined } : v.start;
  const endParts = occurrence ? berlinParts(occurrence.endUtc) : v.end;
  const e = occurrence ? { ...endParts, date: v.allDay ? addDays(endParts.date, -1) : endParts.date, fold: undefined } : v.end;
  return {
    title: v.title,
    type: v.type,
    status: v.status,
    cancelReason: v.cancelReason ?? '',
    allDay: v.allDay,
    startDate: s.date,
    startTime: v.allDay ? '09:00' : s.time,
    startFold: s.fold ?? null,
    endDate: e.date,
    endTime: v.allDay ? '10:00' : e.time,
    endFold: e.fold ?? null,
    placeKind: v.placeKind,
    location: v.location ?? '',
    room: v.room ?? '',
    caseId: v.caseId,
    caseNumber: v.caseNumber,
    personIds: v.personIds,
    staffIds: v.staffIds,
    interpreterNeeded: v.interpreterNeeded,
    interpreterLanguage: v.interpreterLanguage ?? '',
    note: v.note ?? '',
    ...repeatOf(v.recurrence, s.date),
  };
}

function ruleOf(f: FormState): RecurrenceRuleInput | null {
  const end = f.endKind === 'until' ? { until: f.until, count: null } : { count: f.count, until: null };
  if (f.repeat === 'daily') return { freq: 'daily', interval: f.interval, ...end };
  if (f.repeat === 'weekly') return { freq: 'weekly', interval: f.interval, weekdays: f.weekdays, ...end };
  if (f.repeat === 'monthly') return { freq: 'monthly', interval: f.interval, weekday: f.monthWeekday, weekOfMonth: f.weekOfMonth, ...end };
  return null;
}

const at = (date: string, time: string, fold: Fold | null) => (fold ? { date, time, fold } : { date, time });

export function toDraft(f: FormState): AppointmentDraftInput {
  return {
    title: f.title,
    type: f.type,
    status: f.status,
    ...(f.status === 'abgesagt' ? { cancelReason: f.cancelReason } : {}),
    allDay: f.allDay,
    start: f.allDay ? { date: f.startDate, time: '00:00' } : at(f.startDate, f.startTime, f.startFold),
    end: f.allDay ? { date: f.endDate, time: '00:00' } : at(f.endDate, f.endTime, f.endFold),
    placeKind: f.placeKind,
    location: f.location,
    room: f.room,
    caseId: f.caseId,
    personIds: f.caseId ? f.personIds : [],
    staffIds: f.staffIds,
    interpreterNeeded: f.interpreterNeeded,
    interpreterLanguage: f.interpreterNeeded ? f.interpreterLanguage : '',
    note: f.note,
    recurrence: ruleOf(f),
  };
}

/** A new start date also moves the series defaults (weekday, week of month) while no series is set up. */
export const withStartDate = (f: FormState, date: string): Partial<FormState> =>
  f.repeat === 'none' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { ...repeatDefaults(date), startDate: date } : { startDate: date };

/** Enough filled in to ask the server about conflicts. */
export const isCheckable = (f: FormState): boolean =>
  f.staffIds.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(f.startDate) && /^\d{4}-\d{2}-\d{2}$/.test(f.endDate);
