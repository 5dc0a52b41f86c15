import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { preparedPerConnection } from '../db/prepared';
import { appointmentPersons, appointments, appointmentStaff, cases, consultations, followUps, goals, partners, persons, users } from '../db/schema';
import type { OfficeDb } from '../db/open-encrypted';
import { selectRow } from './bulk-rows';

// The few reads the bulk path needs between its writes, each compiled once per connection (a
// drizzle query built per call costs more than the read itself).

const id = sql.placeholder('id');

const caseHead = preparedPerConnection((db) =>
  db.orm.select({ phase: cases.phase, version: cases.version, closedOn: cases.closedOn }).from(cases).where(eq(cases.id, id)).prepare(),
);
const goalCase = preparedPerConnection((db) => db.orm.select({ caseId: goals.caseId }).from(goals).where(eq(goals.id, id)).prepare());
const followUp = preparedPerConnection((db) =>
  db.orm.select({ caseId: followUps.caseId, version: followUps.version, doneOn: followUps.doneOn }).from(followUps).where(eq(followUps.id, id)).prepare(),
);
// The order of followUpsOfCase (due date, then creation).
const openFollowUps = preparedPerConnection((db) =>
  db.orm
    .select({ id: followUps.id, dueOn: followUps.dueOn, version: followUps.version })
    .from(followUps)
    .where(and(eq(followUps.caseId, sql.placeholder('caseId')), isNull(followUps.doneOn)))
    .orderBy(asc(followUps.dueOn), asc(followUps.createdAt))
    .prepare(),
);
const personName = preparedPerConnection((db) =>
  db.orm.select({ givenNames: persons.givenNames, familyName: persons.familyName }).from(persons).where(eq(persons.id, id)).prepare(),
);
// personsOfCase's query for a household case (same statement, so the same order of equal stamps).
const household = preparedPerConnection((db) =>
  db.orm
    .select()
    .from(persons)
    .where(or(eq(persons.id, sql.placeholder('primary')), eq(persons.householdId, sql.placeholder('household'))))
    .orderBy(asc(persons.createdAt))
    .prepare(),
);
const userName = preparedPerConnection((db) => db.orm.select({ name: users.displayName }).from(users).where(eq(users.id, id)).prepare());
const partnerName = preparedPerConnection((db) => db.orm.select({ name: partners.name }).from(partners).where(eq(partners.id, id)).prepare());
// The order of the repository's linksOf (by id), which views and prefill see.
const staffOf = preparedPerConnection((db) =>
  db.orm.select({ id: appointmentStaff.userId }).from(appointmentStaff).where(eq(appointmentStaff.appointmentId, id)).orderBy(asc(appointmentStaff.userId)).prepare(),
);
const personsOf = preparedPerConnection((db) =>
  db.orm
    .select({ id: appointmentPersons.personId })
    .from(appointmentPersons)
    .where(eq(appointmentPersons.appointmentId, id))
    .orderBy(asc(appointmentPersons.personId))
    .prepare(),
);

const must = <T>(row: T | undefined, what: string): T => {
  if (row === undefined) throw new Error(`bulk path: ${what} not found`);
  return row;
};

export const readCaseHead = (db: OfficeDb, caseId: string) => must(caseHead(db).get({ id: caseId }), 'case');
export const readGoalCaseId = (db: OfficeDb, goalId: string) => must(goalCase(db).get({ id: goalId }), 'goal').caseId;
export const readFollowUp = (db: OfficeDb, followUpId: string) => must(followUp(db).get({ id: followUpId }), 'follow-up');
export const readOpenFollowUps = (db: OfficeDb, caseId: string) => openFollowUps(db).all({ caseId });
export const readPerson = (db: OfficeDb, personId: string) => must(selectRow(db, persons, personId), 'person');
export const readPersonName = (db: OfficeDb, personId: string) => must(personName(db).get({ id: personId }), 'person');
export const readUserName = (db: OfficeDb, userId: string) => must(userName(db).get({ id: userId }), 'user').name;
export const readPartnerName = (db: OfficeDb, partnerId: string) => must(partnerName(db).get({ id: partnerId }), 'partner').name;

/** Ids of personsOfCase: the primary person first, then the household in the order it was entered. */
export function readCaseMemberIds(db: OfficeDb, c: { primaryPersonId: string; householdId: string | null }): string[] {
  if (!c.householdId) return [c.primaryPersonId];
  const ids = household(db).all({ primary: c.primaryPersonId, household: c.householdId }).map((p) => p.id);
  return [c.primaryPersonId, ...ids.filter((i) => i !== c.primaryPersonId)];
}

export const readConsultation = (db: OfficeDb, consultationId: string) => must(selectRow(db, consultations, consultationId), 'consultation');

/** An appointment with its staff and persons, as loadAppointment of the repository answers it. */
export function readAppointment(db: OfficeDb, appointmentId: string) {
  return {
    row: must(selectRow(db, appointments, appointmentId), 'appointment'),
    staffIds: staffOf(db).all({ id: appointmentId }).map((r) => r.id),
    personIds: personsOf(db).all({ id: appointmentId }).map((r) => r.id),
  };
}
