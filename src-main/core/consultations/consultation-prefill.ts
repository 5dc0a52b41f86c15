import type { AppointmentView } from '../../contract/channels/calendar';
import { EMPTY_CONTENT, type ConsultationContent, type ConsultationForm, type ConsultationTemplateId } from '../../contract/channels/consultation-fields';
import { CONSULTATION_TEMPLATES } from '../../contract/channels/consultation-templates';
import { epochMs } from '../calendar/berlin-time';

// A new record starts from what is already known: the appointment it came from (when, where, who)
// and the template's typical topics, life domains and next steps.

/** The consultation form an appointment implies (type first, then where it takes place). */
export function formOfAppointment(a: Pick<AppointmentView, 'type' | 'placeKind'>): ConsultationForm {
  if (a.type === 'Hausbesuch') return 'hausbesuch';
  if (a.type === 'Begleitung') return 'begleitung';
  if (a.placeKind === 'telefon') return 'telefonisch';
  if (a.placeKind === 'video') return 'video';
  return 'im_buero';
}

function fromAppointment(a: AppointmentView, occurrenceDate: string | null, caseMembers: ReadonlySet<string>): Partial<ConsultationContent> {
  const minutes = Math.round((epochMs(a.endUtc) - epochMs(a.startUtc)) / 60_000);
  return {
    date: occurrenceDate ?? a.start.date,
    startTime: a.allDay ? '' : a.start.time,
    durationMinutes: a.allDay ? null : Math.min(Math.max(minutes, 0), 600),
    form: formOfAppointment(a),
    place: [a.location, a.room].filter((p): p is string => !!p).join(', '),
    // In the case's order (primary person first), whatever order the calendar keeps.
    personIds: [...caseMembers].filter((id) => a.personIds.includes(id)),
    staffIds: a.staffIds,
    interpreter: a.interpreterNeeded ? { name: '', language: a.interpreterLanguage ?? '' } : null,
  };
}

function fromTemplate(id: ConsultationTemplateId): Partial<ConsultationContent> {
  const t = CONSULTATION_TEMPLATES[id];
  return { form: t.form, durationMinutes: t.durationMinutes, lifeDomains: [...t.lifeDomains], topics: [...t.topics], nextSteps: t.nextSteps };
}

export interface PrefillSources {
  appointment: AppointmentView | null;
  occurrenceDate: string | null;
  template: ConsultationTemplateId | null;
  caseMembers: ReadonlySet<string>;
  authorId: string;
  today: string;
}

/** The content of a new draft: the appointment wins over the template where both say something. */
export function prefillContent(s: PrefillSources): ConsultationContent {
  const base: ConsultationContent = { ...EMPTY_CONTENT, date: s.today, staffIds: [s.authorId] };
  return {
    ...base,
    ...(s.template ? fromTemplate(s.template) : {}),
    ...(s.appointment ? fromAppointment(s.appointment, s.occurrenceDate, s.caseMembers) : {}),
  };
}
