import { expect } from 'vitest';
import type { AppointmentView, CheckResult, RangeResult, SaveResult } from '../../../src-main/contract/channels/calendar';
import type { AppointmentDraftInput } from '../../../src-main/contract/channels/calendar-fields';
import type { Result } from '../../../src-main/contract/result';
import { officeWithStaff, type Staff } from '../helpers/case-fixtures';
import type { TempOffice } from '../helpers/temp-office';

// Shared by the appointment service tests: an office with staff, and calls that read like the UI.

export type CalendarOffice = TempOffice & { staff: Staff };

export const openCalendarOffice = (): Promise<CalendarOffice> => officeWithStaff();

/** A draft for `staffId` on a day, 10:00–11:00 unless given. */
export function draft(staffId: string, date: string, more: Partial<AppointmentDraftInput> = {}): AppointmentDraftInput {
  return {
    title: 'Termin (synthetisch)',
    type: 'Beratung',
    start: { date, time: '10:00' },
    end: { date, time: '11:00' },
    staffIds: [staffId],
    ...more,
  };
}

export const at = (date: string, start: string, end: string) => ({ start: { date, time: start }, end: { date, time: end } });

/** Saves (creating when no id) with both confirmations, expecting success. */
export async function book(o: CalendarOffice, client: string, input: Record<string, unknown>): Promise<AppointmentView> {
  const r = await o.must<SaveResult>('appointments.save', { confirmConflicts: true, confirmOutsideAvailability: true, ...input }, client);
  if (r.status !== 'saved') throw new Error('expected saved');
  return r.appointment;
}

export async function trySave(o: CalendarOffice, client: string, input: Record<string, unknown>): Promise<Result<SaveResult>> {
  return o.call<SaveResult>('appointments.save', input, client);
}

export const range = (o: CalendarOffice, client: string, from: string, to: string, more: Record<string, unknown> = {}) =>
  o.must<RangeResult>('appointments.range', { from, to, ...more }, client);

export const check = (o: CalendarOffice, client: string, input: Record<string, unknown>) =>
  o.must<CheckResult>('appointments.checkConflicts', input, client);

/** Berlin wall time of a UTC instant, `YYYY-MM-DD HH:mm`. */
export function berlin(utc: string): string {
  const f = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  return f.format(new Date(utc));
}

export const appointmentCount = (o: TempOffice): number =>
  (o.core.office.database().raw.prepare('SELECT count(*) AS n FROM appointments').get() as { n: number }).n;

export function expectError(r: Result<unknown>, code: string): { message: string; details?: Record<string, unknown> } {
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error.code).toBe(code);
  return r.error;
}
