import type { ReportPeriodInput } from '@contract/channels/reports';

// The period of the statistics lives in the address (#/berichte/statistik?from=…&to=…&kommune=…),
// so a report can be reloaded, bookmarked and opened as its print view.

export interface Quarter {
  year: number;
  quarter: number;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const LAST_DAY = [31, 30, 30, 31];

export function quarterOf(year: number, quarter: number): Quarter {
  return { year, quarter, from: `${year}-${pad(quarter * 3 - 2)}-01`, to: `${year}-${pad(quarter * 3)}-${LAST_DAY[quarter - 1]}` };
}

/** The quarter a day (YYYY-MM-DD) falls in and the `count - 1` before it, newest first. */
export function recentQuarters(today: string, count: number): Quarter[] {
  let year = Number(today.slice(0, 4));
  let quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: Quarter[] = [];
  for (let i = 0; i < count; i++) {
    out.push(quarterOf(year, quarter));
    [year, quarter] = quarter === 1 ? [year - 1, 4] : [year, quarter - 1];
  }
  return out;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period in a query string; the current quarter where it is missing or malformed. */
export function parsePeriod(search: string, today: string): ReportPeriodInput {
  const q = new URLSearchParams(search);
  const current = recentQuarters(today, 1)[0]!;
  const date = (key: string, fallback: string) => {
    const v = q.get(key) ?? '';
    return ISO_DATE.test(v) ? v : fallback;
  };
  const kommune = q.get('kommune');
  return { from: date('from', current.from), to: date('to', current.to), ...(kommune ? { kommuneId: kommune } : {}) };
}

export function periodPath(base: string, p: ReportPeriodInput): string {
  const q = new URLSearchParams({ from: p.from, to: p.to });
  if (p.kommuneId) q.set('kommune', p.kommuneId);
  return `${base}?${q.toString()}`;
}
