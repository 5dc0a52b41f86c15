import type { AppointmentType, PlaceKind } from '../../contract/channels/calendar-fields';
import type { ConsultationTemplateId } from '../../contract/channels/consultation-fields';
import { ROOMS } from './data/places';
import { APPOINTMENT_TITLES, CANCEL_REASONS } from './data/texts-consultation';
import { writtenContent } from './consultation-content';
import { actor, type CasePlan, type CaseState } from './case-state';
import type { SeedWorld } from './world';

// Appointments and their Beratungsdokumentation: the first appointment is booked at intake; each
// record is started from its appointment, written, and finalised, which books the next one.

export interface Slot {
  date: string;
  time: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Appointments end the same day: the end is counted on the clock face (office hours never meet a DST change). */
function endOf(slot: Slot, minutes: number): Slot {
  const [h = 0, m = 0] = slot.time.split(':').map(Number);
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return { date: slot.date, time: `${pad(Math.floor(total / 60))}:${pad(total % 60)}` };
}

export async function bookAppointment(w: SeedWorld, plan: CasePlan, c: CaseState, slot: Slot, type: AppointmentType, minutes = 60): Promise<string> {
  const { rng } = plan;
  const placeKind: PlaceKind = type === 'Hausbesuch' || type === 'Begleitung' ? 'adresse' : rng.weighted([['raum', 6], ['buero', 2], ['telefon', 1], ['video', 1]] as const);
  const persons = [c.primaryId, ...c.memberIds.filter((id) => id !== c.primaryId && rng.chance(0.3))];
  const saved = await w.api.call(actor(plan), 'appointments.save', {
    appointment: {
      title: rng.pick(APPOINTMENT_TITLES[type]),
      type,
      start: slot,
      end: endOf(slot, minutes),
      placeKind,
      ...(placeKind === 'raum' ? { room: rng.pick(ROOMS) } : {}),
      ...(placeKind === 'adresse' ? { location: type === 'Begleitung' ? rng.pick(['Ausländerbehörde', 'Jobcenter', 'Schulamt', 'Kinderarztpraxis']) : 'Wohnung der Familie' } : {}),
      caseId: c.id,
      personIds: persons,
      staffIds: [plan.managers[0]!.id],
      interpreterNeeded: c.interpreterLanguage !== null,
      ...(c.interpreterLanguage ? { interpreterLanguage: c.interpreterLanguage } : {}),
    },
    confirmConflicts: true,
    confirmOutsideAvailability: true,
  });
  if (saved.status !== 'saved') throw new Error('confirmed booking was not saved');
  return saved.appointment.appointmentId;
}

export async function cancelAppointment(w: SeedWorld, plan: CasePlan, appointmentId: string): Promise<void> {
  const a = await w.api.call(actor(plan), 'appointments.get', { id: appointmentId });
  await w.api.call(actor(plan), 'appointments.cancel', { id: appointmentId, version: a.version, reason: plan.rng.pick(CANCEL_REASONS) });
}

/**
 * Documents the consultation held at the case's pending appointment. `next` books the following
 * appointment on finalising; `finalise: false` leaves a draft (written, not yet signed off).
 */
export async function documentConsultation(w: SeedWorld, plan: CasePlan, c: CaseState, next: Slot | null, template: ConsultationTemplateId, finalise: boolean): Promise<void> {
  const { rng } = plan;
  const author = plan.managers[0]!;
  const appointmentId = c.nextAppointmentId;
  const created = await w.api.call(author, 'consultations.create', { caseId: c.id, template, ...(appointmentId ? { appointmentId } : {}) });
  const draft = created.consultation;
  const content = writtenContent(rng, draft.content, {
    clientName: c.primaryName,
    domains: c.domains,
    partnerIds: w.partners.slice(0, 50).map((p) => p.id),
    interpreterLanguage: c.interpreterLanguage,
    next: next ? { ...next, place: rng.pick(ROOMS) } : null,
  });
  const saved = await w.api.call(author, 'consultations.saveDraft', { id: draft.id, version: draft.version, content });
  c.nextAppointmentId = null;
  if (!finalise) return;
  const done = await w.api.call(author, 'consultations.finalise', { id: saved.id, version: saved.version });
  c.nextAppointmentId = done.nextAppointmentId;
}
