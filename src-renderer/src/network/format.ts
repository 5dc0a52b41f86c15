// Dates of the case file are office calendar days (YYYY-MM-DD, Europe/Berlin); shown German-style.

const ISO_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
const DATE_TIME = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Today in Berlin as YYYY-MM-DD (the Swedish locale writes ISO dates). */
export const todayIso = (): string => ISO_DAY.format(new Date());

/** `2026-03-10` → `10.03.2026`. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** An ISO instant as `10.03.2026, 11:00` in Berlin time. */
export const formatInstant = (iso: string): string => DATE_TIME.format(new Date(iso));

/** 1536 → `1,5 KB`; German decimal comma. */
export function formatBytes(bytes: number): string {
  const units = ['Byte', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString('de-DE', { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}
