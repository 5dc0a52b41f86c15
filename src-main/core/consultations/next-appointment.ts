import type { AppointmentDraft, AppointmentType, LocalDateTime, PlaceKind } from '../../contract/channels/calendar-fields';
import type { ConsultationContent, ConsultationForm, NextAppointmentInput } from '../../contract/channels/consultation-fields';
import { saveAppointment } from '../appointments/save-service';
import { berlinToUtc, epochMs, utcToBerlin } from '../calendar/berlin-time';
import type { CaseCtx } from '../cases/service-context';

// The next appointment of a finalised record becomes a calendar entry through the appointment
// service (its checks, its audit event). The booking was agreed in the consultation, so double
// bookings and office days are confirmed; the title carries no personal data.

const TYPE_OF_FORM: Record<ConsultationForm, AppointmentType> = {
  im_buero: 'Beratung',
  hausbesuch: 'Hausbesuch',
  telefonisch: 'Beratung',
  video: 'Beratung',
  begleitung: 'Begleitung',
};

const PLACE_OF_FORM: Record<ConsultationForm, PlaceKind> = {
  im_buero: 'buero',
  hausbesuch: 'adresse',
  telefonisch: 'telefon',
  video: 'video',
  begleitung: 'adresse',
};

export const NEXT_APPOINTMENT_TITLE = 'Folgetermin Beratung';

/** The wall time `minutes` after a Berlin wall time, through the instant (right across DST changes). */
function endOf(date: string, time: string, minutes: number): LocalDateTime {
  const end = utcToBerlin(new Date(epochMs(berlinToUtc(date, time)) + minutes * 60_000).toISOString());
  return end.fold ? { date: end.date, time: end.time, fold: end.fold } : { date: end.date, time: end.time };
}

/** The calendar entry of a record's next appointment, as the appointment service takes it. */
export function nextAppointmentDraft(ctx: CaseCtx, caseId: string, c: ConsultationContent, next: NextAppointmentInput): AppointmentDraft {
  return {
    title: NEXT_APPOINTMENT_TITLE,
    type: TYPE_OF_FORM[next.form],
    status: 'geplant',
    allDay: false,
    start: { date: next.date, time: next.time },
    end: endOf(next.date, next.time, next.durationMinutes),
    placeKind: PLACE_OF_FORM[next.form],
    location: next.place || undefined,
    caseId,
    personIds: c.personIds,
    staffIds: [ctx.actor.userId],
    interpreterNeeded: c.interpreter !== null,
    interpreterLanguage: c.interpreter?.language || undefined,
    recurrence: null,
  };
}

/** Books the next appointment for the case; answers the new appointment's id. */
export function bookNextAppointment(ctx: CaseCtx, caseId: string, c: ConsultationContent, next: NextAppointmentInput): string {
  const result = saveAppointment(ctx, { scope: 'all' }, nextAppointmentDraft(ctx, caseId, c, next), { confirmConflicts: true, confirmOutsideAvailability: true });
  if (result.status !== 'saved') throw new Error('a confirmed booking never asks for confirmation');
  return result.appointment.appointmentId;
}
