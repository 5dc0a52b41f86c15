import type { z } from 'zod';
import type { HouseholdRelation } from '../../contract/channels/casefile-fields';
import type { PersonView, personInput, personsChannels } from '../../contract/channels/persons';
import { appendAudit } from '../audit/audit-log';
import { assertCaseWritable } from '../cases/case-access';
import { touchCase } from '../cases/cases-repo';
import { berlinToday, type CaseCtx } from '../cases/service-context';
import { expectVersion, nextVersion } from '../db/expect-version';
import { inTransaction } from '../db/open-encrypted';
import { assertKommuneUsable } from '../kommunen/kommunen-service';
import { ensureHousehold } from './household-service';
import { assertPersonReadable, assertPersonWritable } from './person-access';
import { personColumns } from './person-columns';
import { indexPerson } from './person-index';
import { checkPersonFacts } from './person-validation';
import { casesOfPersons, insertPerson, PERSON_NOT_FOUND, toPersonView, updatePersonRow, type PersonRow } from './persons-repo';

type NewPerson = z.output<typeof personInput>;
type CreateInput = z.output<(typeof personsChannels)['persons.create']['input']>;
type UpdateInput = z.output<(typeof personsChannels)['persons.update']['input']>;

/**
 * Inserts a person with their search keys and an audit event; `path` locates the person in the
 * caller's input for validation messages. Runs inside the caller's transaction.
 */
export function addPerson(
  ctx: CaseCtx,
  person: NewPerson,
  household: { householdId: string; relation: HouseholdRelation | null } | null,
  path: string,
): PersonRow {
  checkPersonFacts(person, berlinToday(ctx.at), path);
  if (person.kommuneId) assertKommuneUsable(ctx.db, person.kommuneId, `${path}.kommuneId`);
  const cols = personColumns(person);
  const row = insertPerson(
    ctx.db,
    { ...cols, familyName: person.familyName, givenNames: person.givenNames, householdId: household?.householdId ?? null, householdRelation: household?.relation ?? null },
    ctx.at,
  );
  indexPerson(ctx.db, row);
  appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'person.create', entity: 'person', entityId: row.id }, ctx.at);
  return row;
}

/** Adds a new person to a case; the case gets a household first if it is still a one-person case. */
export function createPersonInCase(ctx: CaseCtx, input: CreateInput): PersonView {
  const { db } = ctx;
  return inTransaction(db, () => {
    const c = assertCaseWritable(db, input.caseId, ctx.actor);
    const householdId = ensureHousehold(ctx, c);
    const row = addPerson(ctx, input.person, { householdId, relation: input.relation }, 'person');
    touchCase(db, c.id, ctx.at);
    return toPersonView(row);
  });
}

export function updatePerson(ctx: CaseCtx, input: UpdateInput): PersonView {
  const { db } = ctx;
  return inTransaction(db, () => {
    const before = expectVersion(assertPersonWritable(db, input.id, ctx.actor), input.version, PERSON_NOT_FOUND);
    const { patch } = input;
    // The year check needs the stored date when only the year is sent (and the reverse).
    checkPersonFacts({ ...patch, birthDate: patch.birthDate ?? before.birthDate ?? undefined, birthYear: patch.birthDate ? undefined : (patch.birthYear ?? before.birthYear) }, berlinToday(ctx.at), 'patch');
    if (patch.kommuneId) assertKommuneUsable(db, patch.kommuneId, 'patch.kommuneId');
    const relation = input.householdRelation !== undefined && before.householdId ? { householdRelation: input.householdRelation } : {};
    const row = updatePersonRow(db, before.id, { ...personColumns(patch), ...relation, ...nextVersion(before, ctx.at) });
    indexPerson(db, row);
    for (const c of casesOfPersons(db, [row.id])) touchCase(db, c.caseId, ctx.at);
    appendAudit(db, { userId: ctx.actor.userId, action: 'person.update', entity: 'person', entityId: row.id }, ctx.at);
    return toPersonView(row);
  });
}

export function getPerson(ctx: CaseCtx, id: string): PersonView {
  const { db } = ctx;
  return inTransaction(db, () => {
    const row = assertPersonReadable(db, id, ctx.actor);
    appendAudit(db, { userId: ctx.actor.userId, action: 'person.read', entity: 'person', entityId: id }, ctx.at);
    return toPersonView(row);
  });
}
