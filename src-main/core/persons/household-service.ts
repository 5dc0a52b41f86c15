import type { z } from 'zod';
import type { HouseholdRelation } from '../../contract/channels/casefile-fields';
import type { HouseholdView, householdsChannels } from '../../contract/channels/households';
import { appendAudit } from '../audit/audit-log';
import { assertCaseWritable, type CaseRow } from '../cases/case-access';
import { touchCase, updateCaseRow } from '../cases/cases-repo';
import { definedOnly, orNull, type CaseCtx } from '../cases/service-context';
import { expectVersion, nextVersion } from '../db/expect-version';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import { assertPersonWritable } from './person-access';
import { findPerson, updatePersonRow } from './persons-repo';
import {
  casesOfHousehold,
  findHousehold,
  HOUSEHOLD_NOT_FOUND,
  householdView,
  insertHousehold,
  updateHouseholdRow,
} from './households-repo';

type CreateInput = z.output<(typeof householdsChannels)['households.create']['input']>;
type AddMemberInput = z.output<(typeof householdsChannels)['households.addMember']['input']>;
type UpdateInput = z.output<(typeof householdsChannels)['households.update']['input']>;

const IN_OTHER_HOUSEHOLD = 'Die Person gehört bereits zu einem anderen Haushalt.';

const mustView = (ctx: CaseCtx, id: string): HouseholdView => {
  const view = householdView(ctx.db, id);
  if (!view) throw new AppError('NOT_FOUND', HOUSEHOLD_NOT_FOUND);
  return view;
};

/**
 * Gives a one-person case its household, with the primary person as its first member. Runs in
 * the caller's transaction; returns the case's household id (existing or new).
 */
export function ensureHousehold(
  ctx: CaseCtx,
  c: CaseRow,
  opts: { label?: string; primaryRelation?: HouseholdRelation | null; street?: string; postalCode?: string; city?: string } = {},
): string {
  if (c.householdId) return c.householdId;
  const primary = findPerson(ctx.db, c.primaryPersonId);
  if (!primary) throw new AppError('NOT_FOUND', 'Die Hauptperson des Falls fehlt.');
  if (primary.householdId) throw new AppError('CONFLICT', IN_OTHER_HOUSEHOLD);
  const h = insertHousehold(
    ctx.db,
    {
      label: opts.label?.trim() || primary.familyName,
      kommuneId: c.kommuneId,
      street: orNull(opts.street) ?? null,
      postalCode: orNull(opts.postalCode) ?? null,
      city: orNull(opts.city) ?? null,
    },
    ctx.at,
  );
  updatePersonRow(ctx.db, primary.id, { householdId: h.id, householdRelation: opts.primaryRelation ?? null, ...nextVersion(primary, ctx.at) });
  updateCaseRow(ctx.db, c.id, { householdId: h.id, updatedAt: ctx.at.toISOString() });
  appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'household.create', entity: 'household', entityId: h.id }, ctx.at);
  return h.id;
}

export function createHousehold(ctx: CaseCtx, input: CreateInput): HouseholdView {
  return inTransaction(ctx.db, () => {
    const c = assertCaseWritable(ctx.db, input.caseId, ctx.actor);
    if (c.householdId) throw new AppError('CONFLICT', 'Dieser Fall hat bereits einen Haushalt.');
    const { caseId: _caseId, ...opts } = input;
    return mustView(ctx, ensureHousehold(ctx, c, opts));
  });
}

/** The household's case, if the actor may change it. */
function writableCaseOf(ctx: CaseCtx, householdId: string): CaseRow {
  const [c] = casesOfHousehold(ctx.db, householdId);
  if (!c) throw new AppError('NOT_FOUND', HOUSEHOLD_NOT_FOUND);
  return assertCaseWritable(ctx.db, c.id, ctx.actor);
}

/** Adds an existing person (one the actor may change, e.g. found by the duplicate check) to a household. */
export function addMember(ctx: CaseCtx, input: AddMemberInput): HouseholdView {
  return inTransaction(ctx.db, () => {
    if (!findHousehold(ctx.db, input.householdId)) throw new AppError('NOT_FOUND', HOUSEHOLD_NOT_FOUND);
    const c = writableCaseOf(ctx, input.householdId);
    const person = assertPersonWritable(ctx.db, input.personId, ctx.actor);
    if (person.householdId && person.householdId !== input.householdId) throw new AppError('CONFLICT', IN_OTHER_HOUSEHOLD);
    updatePersonRow(ctx.db, person.id, { householdId: input.householdId, householdRelation: input.relation, ...nextVersion(person, ctx.at) });
    touchCase(ctx.db, c.id, ctx.at);
    appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'household.addMember', entity: 'household', entityId: input.householdId }, ctx.at);
    return mustView(ctx, input.householdId);
  });
}

export function updateHousehold(ctx: CaseCtx, input: UpdateInput): HouseholdView {
  return inTransaction(ctx.db, () => {
    const c = writableCaseOf(ctx, input.id);
    const before = expectVersion(findHousehold(ctx.db, input.id), input.version, HOUSEHOLD_NOT_FOUND);
    const cols = definedOnly({ label: input.label, street: orNull(input.street), postalCode: orNull(input.postalCode), city: orNull(input.city) });
    updateHouseholdRow(ctx.db, input.id, { ...cols, ...nextVersion(before, ctx.at) });
    touchCase(ctx.db, c.id, ctx.at);
    appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'household.update', entity: 'household', entityId: input.id }, ctx.at);
    return mustView(ctx, input.id);
  });
}
