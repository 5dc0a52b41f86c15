import { inArray } from 'drizzle-orm';
import type { AgreementInput, ConsultationContent } from '../../contract/channels/consultation-fields';
import type { CaseRow } from '../cases/case-access';
import type { OfficeDb } from '../db/open-encrypted';
import { partners, users } from '../db/schema';
import { AppError } from '../errors';
import { personsOfCase } from '../persons/persons-repo';

// What a record must satisfy: while a draft, only that its references are real and belong to the
// case; to be finalised, that it is complete enough to stand as the record of a consultation.

interface Issue {
  path: string;
  code: string;
  message: string;
}

function refuseAll(issues: Issue[]): void {
  if (issues.length === 0) return;
  const message = [...new Set(issues.map((i) => i.message))].join(' ');
  throw new AppError('VALIDATION', message, { issues: issues.map(({ path, code }) => ({ path, code })) });
}

const missing = <T extends string>(wanted: readonly T[], found: readonly T[]) => wanted.filter((id) => !found.includes(id));

/** The participants exist: persons of this case, users of the office, partners of the directory. */
export function checkReferences(db: OfficeDb, caseRow: CaseRow, c: ConsultationContent): void {
  const issues: Issue[] = [];
  const members = personsOfCase(db, caseRow).map((p) => p.id);
  if (missing(c.personIds, members).length > 0) {
    issues.push({ path: 'content.personIds', code: 'not_in_case', message: 'Teilnehmende Personen müssen zum Haushalt des Falls gehören.' });
  }
  const staff = c.staffIds.length ? db.orm.select({ id: users.id }).from(users).where(inArray(users.id, c.staffIds)).all() : [];
  if (missing(c.staffIds, staff.map((u) => u.id)).length > 0) {
    issues.push({ path: 'content.staffIds', code: 'unknown', message: 'Mindestens eine gewählte Mitarbeiterin / ein gewählter Mitarbeiter existiert nicht.' });
  }
  const found = c.partnerIds.length ? db.orm.select({ id: partners.id }).from(partners).where(inArray(partners.id, c.partnerIds)).all() : [];
  if (missing(c.partnerIds, found.map((p) => p.id)).length > 0) {
    issues.push({ path: 'content.partnerIds', code: 'unknown', message: 'Mindestens eine gewählte Partnerorganisation existiert nicht (mehr).' });
  }
  refuseAll(issues);
}

const isBlank = (a: AgreementInput) => !a.what.trim() && !a.who.trim() && !a.dueOn;

/** Agreement rows the editor left completely empty are not part of the record. */
export const withoutBlankAgreements = (c: ConsultationContent): ConsultationContent => ({ ...c, agreements: c.agreements.filter((a) => !isBlank(a)) });

export const participantCount = (c: ConsultationContent): number =>
  c.personIds.length + c.staffIds.length + c.partnerIds.length + (c.interpreter ? 1 : 0);

/** Finalising needs the date, at least one participant and complete agreements and next appointment. */
export function checkFinalisable(c: ConsultationContent, today: string): void {
  const issues: Issue[] = [];
  if (!c.date) issues.push({ path: 'content.date', code: 'required', message: 'Bitte geben Sie das Datum der Beratung an.' });
  else if (c.date > today) issues.push({ path: 'content.date', code: 'future', message: 'Das Datum der Beratung darf nicht in der Zukunft liegen.' });
  if (participantCount(c) === 0) {
    issues.push({ path: 'content.personIds', code: 'required', message: 'Bitte geben Sie mindestens eine teilnehmende Person an.' });
  }
  if (c.interpreter && !c.interpreter.language.trim()) {
    issues.push({ path: 'content.interpreter.language', code: 'required', message: 'Bitte geben Sie die Sprache der Dolmetschung an.' });
  }
  c.agreements.forEach((a, i) => {
    if (!a.what.trim()) issues.push({ path: `content.agreements.${i}.what`, code: 'required', message: 'Bitte beschreiben Sie jede Vereinbarung.' });
    if (!a.dueOn) issues.push({ path: `content.agreements.${i}.dueOn`, code: 'required', message: 'Bitte geben Sie für jede Vereinbarung an, bis wann sie erledigt sein soll.' });
  });
  const next = c.nextAppointment;
  if (next && (!next.date || !next.time)) {
    issues.push({ path: 'content.nextAppointment', code: 'required', message: 'Für den nächsten Termin fehlen Datum oder Uhrzeit.' });
  } else if (next && c.date && next.date < c.date) {
    issues.push({ path: 'content.nextAppointment.date', code: 'too_early', message: 'Der nächste Termin kann nicht vor der Beratung liegen.' });
  }
  refuseAll(issues);
}
