import { AppError } from '../errors';
import { isBerlinMidnight, parseUtc } from './berlin-time';

// The rules an appointment must satisfy whatever screen or import created it. The lists are
// `as const` so the IPC contract (zod enums) and the UI reuse exactly these values.

export const APPOINTMENT_TYPES = [
  'Beratung',
  'Hausbesuch',
  'Begleitung',
  'Sprechstunde',
  'Gruppenangebot',
  'Intern',
] as const;
export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];

export const APPOINTMENT_STATUSES = ['geplant', 'bestätigt', 'abgesagt', 'nicht_erschienen', 'erledigt'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Longest timed appointment; anything longer must be entered as all-day. */
export const MAX_TIMED_DURATION_MS = 24 * 60 * 60 * 1000;

/** Start/end of an appointment or occurrence (UTC ISO strings, end exclusive). */
export interface AppointmentTimes {
  startUtc: string;
  endUtc: string;
  allDay: boolean;
}

export interface AppointmentRulesInput extends AppointmentTimes {
  type: string;
  status: string;
  cancelReason?: string | null;
}

export interface ValidationIssue {
  field: string;
  message: string;
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export const isAppointmentType = (v: string): v is AppointmentType => isOneOf(APPOINTMENT_TYPES, v);
export const isAppointmentStatus = (v: string): v is AppointmentStatus => isOneOf(APPOINTMENT_STATUSES, v);

/** Problems with start/end (empty when fine). All-day appointments run from Berlin midnight to midnight. */
export function appointmentTimeIssues(t: AppointmentTimes): ValidationIssue[] {
  const start = parseUtc(t.startUtc);
  const end = parseUtc(t.endUtc);
  const ms = end.epochMilliseconds - start.epochMilliseconds;
  if (ms <= 0) return [{ field: 'endUtc', message: 'Das Ende muss nach dem Beginn liegen.' }];
  const issues: ValidationIssue[] = [];
  if (start.epochMilliseconds % 60_000 !== 0 || end.epochMilliseconds % 60_000 !== 0) {
    issues.push({ field: 'startUtc', message: 'Beginn und Ende müssen auf volle Minuten lauten.' });
  }
  if (t.allDay) {
    if (!isBerlinMidnight(t.startUtc) || !isBerlinMidnight(t.endUtc)) {
      issues.push({ field: 'allDay', message: 'Ganztägige Termine beginnen und enden um Mitternacht.' });
    }
  } else if (ms > MAX_TIMED_DURATION_MS) {
    issues.push({
      field: 'endUtc',
      message: 'Ein Termin darf höchstens 24 Stunden dauern. Längere Termine bitte als ganztägig eintragen.',
    });
  }
  return issues;
}

/** All rule violations of an appointment (empty when valid). */
export function appointmentIssues(a: AppointmentRulesInput): ValidationIssue[] {
  const issues = appointmentTimeIssues(a);
  if (!isAppointmentType(a.type)) issues.push({ field: 'type', message: 'Unbekannte Terminart.' });
  if (!isAppointmentStatus(a.status)) issues.push({ field: 'status', message: 'Unbekannter Terminstatus.' });
  if (a.status === 'abgesagt' && !a.cancelReason?.trim()) {
    issues.push({ field: 'cancelReason', message: 'Bei einer Absage muss ein Grund angegeben werden.' });
  }
  return issues;
}

/** Throws one VALIDATION error listing every issue in `details.issues`. */
export function throwIfIssues(issues: ValidationIssue[]): void {
  const first = issues[0];
  if (first) throw new AppError('VALIDATION', first.message, { issues });
}

export const validateAppointmentTimes = (t: AppointmentTimes): void => throwIfIssues(appointmentTimeIssues(t));

export const validateAppointment = (a: AppointmentRulesInput): void => throwIfIssues(appointmentIssues(a));
