import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Gender, GoalStatus, HouseholdRelation, LifeDomain, Rating } from '../../../src-main/contract/channels/casefile-fields';
import type { ConsultationForm } from '../../../src-main/contract/channels/consultation-fields';
import type { PartnerKind } from '../../../src-main/contract/channels/partners';
import type { Role } from '../../../src-main/contract/roles';
import type { OfficeDb } from '../../../src-main/core/db/open-encrypted';
import {
  assessments,
  caseManagers,
  cases,
  consents,
  consultations,
  goals,
  households,
  kommunen,
  partners,
  persons,
  referrals,
} from '../../../src-main/core/db/schema';
import { snapshotCaseOnClosure } from '../../../src-main/core/reports/case-snapshot';
import type { TempOffice } from './temp-office';

// Hand-built case files for report tests, written with drizzle directly (synthetic people only),
// so every expected count can be worked out by hand from the fixture.

export interface FixturePerson {
  familyName: string;
  givenNames?: string;
  gender: Gender;
  birthDate?: string;
  birthYear?: number;
  relation?: HouseholdRelation;
  country?: string;
  languages?: string[];
  residenceStatus?: string;
}

export interface FixtureCase {
  kommuneId: string;
  managerIds: string[];
  openedOn: string;
  /** First person is the primary person; more persons make a household. */
  persons: FixturePerson[];
  assessments?: { domain: LifeDomain; rating: Rating; assessedOn: string }[];
  goals?: { domain: LifeDomain; status: GoalStatus }[];
  referrals?: { kind: PartnerKind; on: string }[];
  /** Finalised records unless `draft`; with an interpreter the record names a synthetic one. */
  consultations?: FixtureConsultation[];
}

export interface FixtureConsultation {
  on: string;
  form: ConsultationForm | null;
  interpreter: boolean;
  draft?: boolean;
}

/** The interpreter every fixture record names: a name that must never reach a report. */
export const FIXTURE_INTERPRETER = { name: 'Dolmetscherin Beispielname', language: 'Arabisch' };

let caseCounter = 0;

export function addKommune(db: OfficeDb, name: string): string {
  const id = randomUUID();
  db.orm.insert(kommunen).values({ id, name }).run();
  return id;
}

/** A user of the given role, logged in on `client-<username>`; answers the user id. */
export async function addUser(office: TempOffice, username: string, role: Role): Promise<{ id: string; clientId: string }> {
  const password = 'Bericht-Passwort-1';
  const user = await office.must<{ id: string }>('users.create', { username, displayName: `${username} (synthetisch)`, role, password });
  const clientId = `client-${username}`;
  await office.must('auth.login', { username, password }, clientId);
  return { id: user.id, clientId };
}

function partnerOfKind(db: OfficeDb, kind: PartnerKind): string {
  const found = db.orm.select({ id: partners.id }).from(partners).where(eq(partners.kind, kind)).get();
  if (found) return found.id;
  const id = randomUUID();
  db.orm.insert(partners).values({ id, name: `Partner ${kind} (synthetisch)`, kind }).run();
  return id;
}

export function addCase(db: OfficeDb, c: FixtureCase): string {
  const caseId = randomUUID();
  const householdId = c.persons.length > 1 ? randomUUID() : null;
  if (householdId) db.orm.insert(households).values({ id: householdId, label: `Haushalt ${c.persons[0]!.familyName}`, kommuneId: c.kommuneId }).run();
  const personIds = c.persons.map((p) => {
    const id = randomUUID();
    db.orm
      .insert(persons)
      .values({
        id,
        familyName: p.familyName,
        givenNames: p.givenNames ?? 'Test',
        gender: p.gender,
        birthDate: p.birthDate ?? null,
        birthYear: p.birthYear ?? (p.birthDate ? Number(p.birthDate.slice(0, 4)) : null),
        countryOfOrigin: p.country ?? null,
        languages: JSON.stringify((p.languages ?? []).map((language) => ({ language, level: 'muttersprache' }))),
        residenceStatus: p.residenceStatus ?? null,
        householdId,
        householdRelation: p.relation ?? null,
        kommuneId: c.kommuneId,
      })
      .run();
    return id;
  });
  db.orm
    .insert(cases)
    .values({ id: caseId, caseNumber: `2026-${String(++caseCounter).padStart(5, '0')}-${caseId.slice(0, 4)}`, kommuneId: c.kommuneId, primaryPersonId: personIds[0]!, householdId, openedOn: c.openedOn })
    .run();
  if (c.managerIds.length) db.orm.insert(caseManagers).values(c.managerIds.map((userId) => ({ caseId, userId }))).run();
  for (const a of c.assessments ?? []) db.orm.insert(assessments).values({ id: randomUUID(), caseId, domain: a.domain, rating: a.rating, assessedOn: a.assessedOn }).run();
  for (const g of c.goals ?? []) db.orm.insert(goals).values({ id: randomUUID(), caseId, domain: g.domain, description: `Ziel ${g.domain}`, status: g.status }).run();
  for (const r of c.referrals ?? []) {
    const partnerId = partnerOfKind(db, r.kind);
    const consentId = randomUUID();
    db.orm.insert(consents).values({ id: consentId, personId: personIds[0]!, partnerId, purpose: 'Vermittlung', givenOn: r.on }).run();
    db.orm.insert(referrals).values({ id: randomUUID(), caseId, personId: personIds[0]!, partnerId, consentId, purpose: 'Vermittlung', referredOn: r.on }).run();
  }
  for (const k of c.consultations ?? []) addConsultation(db, caseId, k);
  return caseId;
}

export function addConsultation(db: OfficeDb, caseId: string, k: FixtureConsultation): string {
  const id = randomUUID();
  db.orm
    .insert(consultations)
    .values({
      id,
      caseId,
      heldOn: k.on,
      form: k.form,
      interpreter: k.interpreter ? JSON.stringify(FIXTURE_INTERPRETER) : null,
      summary: 'Inhalt der Beratung (synthetisch)',
      finalisedAt: k.draft ? null : `${k.on}T12:00:00.000Z`,
    })
    .run();
  return id;
}

/** Closes the case as the closing transition does: closed_on set, then the anonymous snapshot. */
export function closeCase(db: OfficeDb, caseId: string, closedOn: string, opts: { snapshot?: boolean } = {}): void {
  db.raw.transaction(() => {
    db.orm.update(cases).set({ closedOn, phase: 'abschluss' }).where(eq(cases.id, caseId)).run();
    if (opts.snapshot ?? true) snapshotCaseOnClosure(db, caseId);
  })();
}

export function reopenCase(db: OfficeDb, caseId: string): void {
  db.orm.update(cases).set({ closedOn: null, phase: 'umsetzung' }).where(eq(cases.id, caseId)).run();
}

/** Deletes a case with its people and household, as erasure after the retention period would. */
export function deleteCaseRows(db: OfficeDb, caseId: string): void {
  db.raw.transaction(() => {
    const c = db.orm.select().from(cases).where(eq(cases.id, caseId)).get()!;
    const people = db.orm
      .select({ id: persons.id })
      .from(persons)
      .where(c.householdId ? eq(persons.householdId, c.householdId) : eq(persons.id, c.primaryPersonId))
      .all()
      .map((p) => p.id);
    db.orm.delete(cases).where(eq(cases.id, caseId)).run();
    db.orm.delete(consents).where(inArray(consents.personId, people)).run();
    db.orm.delete(persons).where(inArray(persons.id, people)).run();
    if (c.householdId) db.orm.delete(households).where(eq(households.id, c.householdId)).run();
  })();
}
