import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentView, SaveResult } from '../../../src-main/contract/channels/calendar';
import type { ConsultationView } from '../../../src-main/contract/channels/consultations';
import { NEXT_APPOINTMENT_TITLE } from '../../../src-main/core/consultations/next-appointment';
import { createCase, type CaseFixture } from '../helpers/case-fixtures';
import {
  type ConsultationOffice,
  agreementFollowUps,
  expectError,
  finalise,
  fullContent,
  openConsultationOffice,
  save,
  startDraft,
  today,
  value,
} from './consultation-fixtures';

let o: ConsultationOffice;
let family: CaseFixture;

beforeAll(async () => {
  ({ o, family } = await openConsultationOffice());
});
afterAll(() => o.cleanup());

const appointmentCount = () => (o.core.office.database().raw.prepare('SELECT count(*) AS n FROM appointments').get() as { n: number }).n;

describe('agreements become Wiedervorlagen', () => {
  it('one per agreement, on the case, owned by the case manager, due when agreed', async () => {
    const draft = await startDraft(o, family.caseId);
    const done = value(await finalise(o, value(await save(o, draft, fullContent(o, family)))));
    const rows = agreementFollowUps(o, done.id);
    expect(rows.map((r) => r.due_on)).toEqual(['2099-01-15', '2099-01-20']);
    expect(rows.every((r) => r.case_id === family.caseId && r.owner_user_id === o.staff.userIds.fm)).toBe(true);
    expect(rows[0]!.note).toMatch(/^Vereinbarung aus der Beratung vom \d{2}\.\d{2}\.\d{4}: Unterlagen für den Wohnberechtigungsschein mitbringen – zuständig: Familie$/);
    expect(done.followUpCount).toBe(2);
    // They show on the case's list of follow-ups like any other.
    const listed = await o.must<{ source: string; sourceId: string | null }[]>('followups.list', { caseId: family.caseId }, 'fm');
    expect(listed.filter((f) => f.source === 'vereinbarung' && f.sourceId === done.id)).toHaveLength(2);
  });

  it('exactly once: a retried finalise is refused, a failed one leaves nothing behind', async () => {
    const draft = await startDraft(o, family.caseId);
    // 02:30 on the last Sunday of March does not exist in Berlin: booking the next appointment fails.
    const broken = value(
      await save(o, draft, fullContent(o, family, { nextAppointment: { date: '2099-03-29', time: '02:30', durationMinutes: 60, form: 'im_buero', place: '' } })),
    );
    const appointmentsBefore = appointmentCount();
    expect(expectError(await finalise(o, broken), 'VALIDATION').message).toMatch(/Zeitumstellung/);
    expect(agreementFollowUps(o, draft.id)).toHaveLength(0);
    expect(appointmentCount()).toBe(appointmentsBefore);

    const fixed = value(await save(o, broken, fullContent(o, family, { nextAppointment: null })));
    const done = value(await finalise(o, fixed));
    expectError(await finalise(o, fixed), 'CONFLICT');
    expectError(await finalise(o, done), 'CONFLICT');
    expect(agreementFollowUps(o, done.id)).toHaveLength(2);
  });

  it('blank agreement rows left in the editor are dropped, not turned into follow-ups', async () => {
    const draft = await startDraft(o, family.caseId);
    const content = fullContent(o, family, { agreements: [{ what: 'Kita-Anmeldung', who: 'Familie', dueOn: '2099-02-01' }, { what: '', who: '', dueOn: '' }] });
    const done = value(await finalise(o, value(await save(o, draft, content))));
    expect(done.content.agreements).toHaveLength(1);
    expect(agreementFollowUps(o, done.id)).toHaveLength(1);
  });
});

describe('the next appointment', () => {
  it('is booked in the calendar on finalising, for the case, its participants and the interpreter', async () => {
    const draft = await startDraft(o, family.caseId);
    const content = fullContent(o, family, { nextAppointment: { date: '2099-04-07', time: '10:15', durationMinutes: 45, form: 'hausbesuch', place: 'Musterweg 1' } });
    const done = value(await finalise(o, value(await save(o, draft, content))));
    expect(done.nextAppointmentId).not.toBeNull();
    const booked = await o.must<AppointmentView>('appointments.get', { id: done.nextAppointmentId }, 'fm');
    expect(booked).toMatchObject({
      title: NEXT_APPOINTMENT_TITLE,
      type: 'Hausbesuch',
      placeKind: 'adresse',
      location: 'Musterweg 1',
      caseId: family.caseId,
      start: { date: '2099-04-07', time: '10:15' },
      end: { date: '2099-04-07', time: '11:00' },
      staffIds: [o.staff.userIds.fm],
      interpreterNeeded: true,
      interpreterLanguage: 'Arabisch',
    });
    expect([...booked.personIds].sort()).toEqual(family.personIds.slice(0, 2).sort());
  });

  it('must be complete and not before the consultation', async () => {
    const draft = await startDraft(o, family.caseId);
    const half = value(await save(o, draft, fullContent(o, family, { nextAppointment: { date: '2099-04-07', time: '' } })));
    expect(expectError(await finalise(o, half), 'VALIDATION').message).toMatch(/nächsten Termin/);
    const early = value(await save(o, half, fullContent(o, family, { nextAppointment: { date: '2000-01-01', time: '10:00' } })));
    expect(expectError(await finalise(o, early), 'VALIDATION').message).toMatch(/nicht vor der Beratung/);
  });
});

describe('a record from an appointment', () => {
  let appointment: AppointmentView;
  beforeAll(async () => {
    const result = await o.must<SaveResult>(
      'appointments.save',
      {
        confirmConflicts: true,
        confirmOutsideAvailability: true,
        appointment: {
          title: 'Beratung (synthetisch)',
          type: 'Beratung',
          start: { date: today(o), time: '08:00' },
          end: { date: today(o), time: '09:30' },
          placeKind: 'raum',
          location: 'Rathaus',
          room: 'Raum 3',
          caseId: family.caseId,
          personIds: [family.personIds[0], family.personIds[2]],
          staffIds: [o.staff.userIds.fm, o.staff.userIds.fm2],
          interpreterNeeded: true,
          interpreterLanguage: 'Ukrainisch',
        },
      },
      'fm',
    );
    if (result.status !== 'saved') throw new Error('expected saved');
    appointment = result.appointment;
  });

  it('is prefilled with date, start, duration, form, place, participants and interpreter', async () => {
    const first = await o.must<{ consultation: ConsultationView; created: boolean }>(
      'consultations.create',
      { caseId: family.caseId, appointmentId: appointment.appointmentId, template: 'folgeberatung' },
      'fm',
    );
    expect(first.created).toBe(true);
    expect(first.consultation.appointmentId).toBe(appointment.appointmentId);
    expect(first.consultation.content).toMatchObject({
      date: today(o),
      startTime: '08:00',
      durationMinutes: 90,
      form: 'im_buero',
      place: 'Rathaus, Raum 3',
      interpreter: { name: '', language: 'Ukrainisch' },
      topics: ['Stand der Vereinbarungen', 'Neue Anliegen'],
    });
    // Participants of an appointment are sets: compare without order.
    expect([...first.consultation.content.personIds].sort()).toEqual([family.personIds[0], family.personIds[2]].sort());
    expect([...first.consultation.content.staffIds].sort()).toEqual([o.staff.userIds.fm, o.staff.userIds.fm2].sort());
    // Opening it again from the appointment finds the same record.
    const again = await o.must<{ consultation: ConsultationView; created: boolean }>('consultations.create', { caseId: family.caseId, appointmentId: appointment.appointmentId }, 'fm');
    expect(again).toMatchObject({ created: false, consultation: { id: first.consultation.id } });
  });

  it('refuses an appointment of another case', async () => {
    const other = await o.must<{ consultation: ConsultationView }>('consultations.create', { caseId: family.caseId }, 'fm');
    expect(other.consultation.appointmentId).toBeNull();
    const second = await createCase(o, 'fm');
    expectError(await o.call('consultations.create', { caseId: second.caseId, appointmentId: appointment.appointmentId }, 'fm'), 'VALIDATION');
  });
});
