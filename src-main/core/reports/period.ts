import { AppError } from '../errors';

// Calendar periods of reports: ISO dates (YYYY-MM-DD), both ends inclusive.

export interface Period {
  from: string;
  to: string;
}

/** Reports reach back at most this far, which bounds the rows of the monthly tables. */
const MAX_YEARS = 10;

export function checkPeriod(p: Period): Period {
  if (p.to < p.from) throw new AppError('VALIDATION', 'Das Ende des Zeitraums liegt vor seinem Beginn. Bitte prüfen Sie die Daten.', { field: 'to' });
  if (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) > MAX_YEARS) {
    throw new AppError('VALIDATION', `Der Zeitraum darf höchstens ${MAX_YEARS} Jahre umfassen.`, { field: 'from' });
  }
  return p;
}

/** 2026-08-14 → 2026-Q3 */
export const quarterOf = (date: string): string => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/** 2026-08-14 → 2026-08 */
export const monthOf = (date: string): string => date.slice(0, 7);

/** Every month (YYYY-MM) the period touches, in order. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  let [y, m] = [Number(p.from.slice(0, 4)), Number(p.from.slice(5, 7))];
  const last = monthOf(p.to);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

export const within = (date: string, p: Period): boolean => date >= p.from && date <= p.to;

/** A case is active in the period when it was opened by its end and not closed before its start. */
export const activeIn = (c: { openedOn: string; closedOn: string | null }, p: Period): boolean =>
  c.openedOn <= p.to && (c.closedOn === null || c.closedOn >= p.from);
