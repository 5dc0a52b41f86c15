// Where the consultation screens live (hash routes under /beratung); other features link here.

export const CONSULTATION_ROUTE = '/beratung';

export const consultationPath = (id: string): string => `${CONSULTATION_ROUTE}/${id}`;

/** Starts (or reopens) the record of an appointment; `occurrenceDate` for one date of a series. */
export const consultationFromAppointmentPath = (appointmentId: string, occurrenceDate?: string | null): string =>
  `${CONSULTATION_ROUTE}/aus-termin/${appointmentId}${occurrenceDate ? `/${occurrenceDate}` : ''}`;

/** The records of a case (until the case page has its own tab: the case page embeds CaseConsultations). */
export const caseConsultationsPath = (caseId: string): string => `${CONSULTATION_ROUTE}/fall/${caseId}`;
