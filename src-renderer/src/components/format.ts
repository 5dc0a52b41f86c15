// German formats in the office's time zone, whatever the computer is set to.
const DATE = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });

/** dd.MM.yyyy */
export const formatDate = (date: Date): string => DATE.format(date);
