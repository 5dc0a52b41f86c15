import { expect } from 'vitest';
import type { ConsultationContentInput } from '../../../src-main/contract/channels/consultation-fields';
import type { ConsultationView } from '../../../src-main/contract/channels/consultations';
import type { Result } from '../../../src-main/contract/result';
import { berlinToday } from '../../../src-main/core/cases/service-context';
import { createCase, officeWithStaff, USER_PASSWORD, type CaseFixture, type Staff } from '../helpers/case-fixtures';
import { ADMIN, type TempOffice } from '../helpers/temp-office';

// Shared by the consultation tests: an office with staff, a family case of `fm`, calls like the editor's.

export type ConsultationOffice = TempOffice & { staff: Staff };

export async function openConsultationOffice(): Promise<{ o: ConsultationOffice; family: CaseFixture }> {
  const o = await officeWithStaff();
  const family = await createCase(o, 'fm', { persons: 3 });
  return { o, family };
}

/** The app restarted on the same data directory, everyone logged in again. */
export async function reopen(o: ConsultationOffice): Promise<ConsultationOffice> {
  const again = Object.assign(o.restart(), { staff: o.staff });
  await again.must('auth.login', { username: ADMIN.username, password: ADMIN.password }, 'test-client');
  for (const key of ['fm', 'fm2', 'tl'] as const) await again.must('auth.login', { username: `net.${key}`, password: USER_PASSWORD }, key);
  return again;
}

export const today = (o: TempOffice): string => berlinToday(new Date(o.core.now()));

export async function startDraft(o: TempOffice, caseId: string, more: Record<string, unknown> = {}, client = 'fm'): Promise<ConsultationView> {
  return (await o.must<{ consultation: ConsultationView }>('consultations.create', { caseId, ...more }, client)).consultation;
}

export const save = (o: TempOffice, view: Pick<ConsultationView, 'id' | 'version'>, content: ConsultationContentInput, client = 'fm') =>
  o.call<ConsultationView>('consultations.saveDraft', { id: view.id, version: view.version, content }, client);

export const finalise = (o: TempOffice, view: Pick<ConsultationView, 'id' | 'version'>, client = 'fm') =>
  o.call<ConsultationView>('consultations.finalise', { id: view.id, version: view.version }, client);

/** A complete record: the family, an interpreter, two agreements. */
export function fullContent(o: TempOffice, family: CaseFixture, more: Partial<ConsultationContentInput> = {}): ConsultationContentInput {
  return {
    date: today(o),
    startTime: '09:30',
    durationMinutes: 75,
    form: 'im_buero',
    place: 'Beratungsraum 2',
    personIds: family.personIds.slice(0, 2),
    interpreter: { name: 'Dolmetscherin (synthetisch)', language: 'Arabisch' },
    lifeDomains: ['wohnen', 'sprache'],
    topics: ['Wohnungssuche', 'Sprachkurs'],
    summary: 'Wir haben über die Wohnungssuche und den Sprachkurs gesprochen. Größe der Wohnung, Übergabe der Unterlagen, Straße.',
    internalNote: 'INTERN: Verdacht auf Überforderung, mit Teamleitung besprechen.',
    agreements: [
      { what: 'Unterlagen für den Wohnberechtigungsschein mitbringen', who: 'Familie', dueOn: '2099-01-15' },
      { what: 'Anmeldung zum Integrationskurs klären', who: 'Fallmanagement', dueOn: '2099-01-20' },
    ],
    nextSteps: 'Termin beim Jobcenter abwarten.',
    ...more,
  };
}

export function expectError(r: Result<unknown>, code: string): { message: string; details?: Record<string, unknown> } {
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error.code).toBe(code);
  return r.error;
}

export function value<T>(r: Result<T>): T {
  expect(r.ok, JSON.stringify(r)).toBe(true);
  if (!r.ok) throw new Error('unreachable');
  return r.value;
}

export const rawRow = (o: TempOffice, id: string) => o.core.office.database().raw.prepare('SELECT * FROM consultations WHERE id = ?').get(id) as Record<string, unknown>;

export const agreementFollowUps = (o: TempOffice, id: string) =>
  o.core.office.database().raw.prepare(`SELECT * FROM follow_ups WHERE source = 'vereinbarung' AND source_id = ? ORDER BY due_on`).all(id) as {
    due_on: string;
    note: string;
    owner_user_id: string;
    case_id: string;
  }[];
