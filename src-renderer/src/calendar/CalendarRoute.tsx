import { CalendarPage } from './CalendarPage';
import { AppointmentLetter } from './print/AppointmentLetter';
import { SchedulePrint } from './print/SchedulePrint';

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const SCHEDULE = new RegExp(`^/druck/(tag|woche)/${DATE}$`);
const LETTER = new RegExp(`^/brief/([\\w-]+)/([a-z]{2})(?:/${DATE})?$`);

/** /kalender, /kalender/druck/tag|woche/<date>, /kalender/brief/<id>/<lang>[/<occurrence date>]. */
export function CalendarRoute({ rest }: { rest: string }) {
  const schedule = SCHEDULE.exec(rest);
  if (schedule) return <SchedulePrint kind={schedule[1] as 'tag' | 'woche'} date={schedule[2] ?? ''} />;
  const letter = LETTER.exec(rest);
  if (letter) return <AppointmentLetter id={letter[1] ?? ''} language={letter[2] ?? ''} occurrenceDate={letter[3] ?? null} />;
  return <CalendarPage />;
}
