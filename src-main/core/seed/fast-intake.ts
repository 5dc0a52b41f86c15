import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../contract';
import type { HouseholdRelation } from '../../contract/channels/casefile-fields';
import { appendAudit } from '../audit/audit-log';
import { nextCaseNumber } from '../cases/cases-repo';
import { orNull, type CaseCtx } from '../cases/service-context';
import { todayAt } from './sim-time';
import { caseManagers, casePhaseEvents, cases, households, personNameKeys, persons } from '../db/schema';
import { nameKeys } from '../names';
import { personColumns } from '../persons/person-columns';
import { displayName, personNameStrings } from '../persons/person-names';
import { checkPersonFacts } from '../persons/person-validation';
import { toPersonView } from '../persons/persons-repo';
import { readPerson } from './bulk-reads';
import { indexNewDocument, insertRow } from './bulk-rows';

// The large profile's bulk path, intake (`cases.create`): household, persons with their name keys
// and search documents, the case with its number, managers, first phase and search document, and
// the audit events, as the case and person services write them (addPerson, indexPerson,
// insertCase, …), without the access and Kommune checks against the seed's own data.

type NewPerson = ParsedInputOf<'cases.create'>['members'][number]['person'];

const audit = (ctx: CaseCtx, action: string, entity: string, entityId: string) => appendAudit(ctx.db, { userId: ctx.actor.userId, action, entity, entityId }, ctx.at);
const stamps = (at: Date) => ({ version: 0, createdAt: at.toISOString(), updatedAt: at.toISOString() });

/** addPerson of the person service: the row, its name keys (indexPerson), its search document and the audit event. */
function addPersonFast(ctx: CaseCtx, person: NewPerson, household: { householdId: string; relation: HouseholdRelation | null } | null, path: string) {
  checkPersonFacts(person, todayAt(ctx.at), path);
  const id = randomUUID();
  insertRow(ctx.db, persons, {
    ...personColumns(person),
    familyName: person.familyName,
    givenNames: person.givenNames,
    householdId: household?.householdId ?? null,
    householdRelation: household?.relation ?? null,
    id,
    ...stamps(ctx.at),
  });
  const row = readPerson(ctx.db, id);
  const names = personNameStrings(row);
  for (const key of new Set(names.flatMap((n) => nameKeys(n)))) insertRow(ctx.db, personNameKeys, { personId: id, key });
  indexNewDocument(ctx.db, { entity: 'person', entityId: id, caseId: null, title: displayName(row), body: names.slice(1).join(' ') });
  audit(ctx, 'person.create', 'person', id);
  return row;
}

export function createCaseFast(ctx: CaseCtx, input: ParsedInputOf<'cases.create'>) {
  const { db, at } = ctx;
  const today = todayAt(at);
  const primaryInput = input.members[input.primaryIndex]!.person;
  let householdId: string | null = null;
  if (input.members.length > 1 || input.household) {
    householdId = randomUUID();
    const h = input.household;
    insertRow(db, households, {
      label: h?.label?.trim() || primaryInput.familyName,
      kommuneId: input.kommuneId,
      street: orNull(h?.street) ?? null,
      postalCode: orNull(h?.postalCode) ?? null,
      city: orNull(h?.city) ?? null,
      id: householdId,
      ...stamps(at),
    });
  }
  const people = input.members.map((m, i) =>
    addPersonFast(ctx, m.person, householdId ? { householdId, relation: m.relation ?? null } : null, `members.${i}.person`),
  );
  const primary = people[input.primaryIndex]!;
  const id = randomUUID();
  const caseNumber = nextCaseNumber(db, Number(today.slice(0, 4)));
  insertRow(db, cases, {
    kommuneId: input.kommuneId,
    intakeReason: input.intakeReason,
    firstContactOn: input.firstContactOn,
    consentRecorded: input.consentRecorded,
    consentRecordedOn: input.consentRecorded ? (orNull(input.consentRecordedOn) ?? today) : null,
    caseNumber,
    primaryPersonId: primary.id,
    householdId,
    openedOn: today,
    phase: 'klaerung',
    id,
    ...stamps(at),
  });
  for (const userId of new Set([ctx.actor.userId, ...input.managerIds])) insertRow(db, caseManagers, { caseId: id, userId });
  insertRow(db, casePhaseEvents, { caseId: id, fromPhase: null, toPhase: 'klaerung', at: at.toISOString(), userId: ctx.actor.userId, id: randomUUID() });
  indexNewDocument(db, { entity: 'case', entityId: id, caseId: id, title: caseNumber, body: input.intakeReason ?? '' });
  if (householdId) audit(ctx, 'household.create', 'household', householdId);
  audit(ctx, 'case.create', 'case', id);
  return { id, version: 0, primaryPerson: { id: primary.id }, persons: people.map(toPersonView) };
}
