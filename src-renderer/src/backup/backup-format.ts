// Dates and sizes as the backup screens show them: Berlin time, German formats.

const DATE_TIME = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** dd.MM.yyyy, HH:mm of an ISO instant. */
export const formatInstant = (iso: string): string => DATE_TIME.format(new Date(iso));

/** dd.MM.yyyy HH:mm of a Berlin wall time `YYYY-MM-DDTHH:mm:ss` (automatic backup names). */
export const formatWallTime = (dt: string): string => `${dt.slice(8, 10)}.${dt.slice(5, 7)}.${dt.slice(0, 4)} ${dt.slice(11, 16)}`;

export function formatBytes(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  return `${value.toLocaleString(language, { maximumFractionDigits: 1 })} ${unit}`;
}

/** A file in a folder the server named, with that folder's separator (Windows or POSIX). */
export const joinPath = (dir: string, name: string): string => {
  const sep = dir.includes('\\') ? '\\' : '/';
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
};
