import type { z } from 'zod';
import type { contract } from '../../contract';
import type { VolunteerView } from '../../contract/channels/volunteers';
import { appendAudit } from '../audit/audit-log';
import { assertCaseReadable, assertCaseWritable, canReadCase } from '../cases/case-access';
import type { Actor, CaseCtx } from '../cases/service-context';
import { expectVersion, nextVersion } from '../db/expect-version';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { AppError } from '../errors';
import {
  allVolunteers,
  findVolunteer,
  insertVolunteer,
  linkVolunteer,
  toVolunteerViews,
  type VolunteerRow,
  unlinkVolunteer,
  updateVolunteerRow,
  VOLUNTEER_NOT_FOUND,
  volunteersOfCase,
} from './volunteers-repo';

type CreateInput = z.output<(typeof contract)['volunteers.create']['input']>;
type UpdateInput = z.output<(typeof contract)['volunteers.update']['input']>;
type Link = { volunteerId: string; caseId: string };

const contactColumn = (contact: string | undefined) => (contact === undefined ? {} : { contact: contact === '' ? null : contact });

/** Case links only to cases the reader may open, so the directory reveals no one else's clients. */
const viewsFor = (db: OfficeDb, actor: Actor, rows: VolunteerRow[]): VolunteerView[] =>
  toVolunteerViews(db, rows).map((v) => ({ ...v, caseIds: v.caseIds.filter((c) => canReadCase(db, c, actor)) }));

export function listVolunteers({ db, actor }: CaseCtx, includeInactive: boolean): VolunteerView[] {
  return viewsFor(db, actor, allVolunteers(db).filter((v) => includeInactive || v.active));
}

export function listVolunteersForCase({ db, actor, at }: CaseCtx, caseId: string): VolunteerView[] {
  return inTransaction(db, () => {
    assertCaseReadable(db, caseId, actor);
    appendAudit(db, { userId: actor.userId, action: 'volunteer.listForCase', entity: 'case', entityId: caseId }, at);
    return viewsFor(db, actor, volunteersOfCase(db, caseId));
  });
}

export function createVolunteer({ db, actor, at }: CaseCtx, input: CreateInput): VolunteerView {
  return inTransaction(db, () => {
    const { contact, ...rest } = input;
    const row = insertVolunteer(db, { ...rest, ...contactColumn(contact) });
    appendAudit(db, { userId: actor.userId, action: 'volunteer.create', entity: 'volunteer', entityId: row.id }, at);
    return viewsFor(db, actor, [row])[0] as VolunteerView;
  });
}

export function updateVolunteer({ db, actor, at }: CaseCtx, input: UpdateInput): VolunteerView {
  return inTransaction(db, () => {
    const { id, version, contact, ...patch } = input;
    const before = expectVersion(findVolunteer(db, id), version, VOLUNTEER_NOT_FOUND);
    const row = updateVolunteerRow(db, id, { ...patch, ...contactColumn(contact), ...nextVersion(before, at) });
    appendAudit(db, { userId: actor.userId, action: 'volunteer.update', entity: 'volunteer', entityId: id }, at);
    return viewsFor(db, actor, [row])[0] as VolunteerView;
  });
}

function changeLink({ db, actor, at }: CaseCtx, link: Link, assign: boolean): void {
  inTransaction(db, () => {
    assertCaseWritable(db, link.caseId, actor);
    const volunteer = findVolunteer(db, link.volunteerId);
    if (!volunteer) throw new AppError('NOT_FOUND', VOLUNTEER_NOT_FOUND);
    if (assign && !volunteer.active) throw new AppError('CONFLICT', 'Diese ehrenamtliche Person ist nicht mehr aktiv und kann keinen Fall begleiten.');
    const changed = assign ? linkVolunteer(db, link.volunteerId, link.caseId) : unlinkVolunteer(db, link.volunteerId, link.caseId);
    const action = assign ? 'volunteer.assign' : 'volunteer.unassign';
    if (changed) appendAudit(db, { userId: actor.userId, action, entity: 'case', entityId: link.caseId }, at);
  });
}

export const assignVolunteer = (ctx: CaseCtx, link: Link) => changeLink(ctx, link, true);
export const unassignVolunteer = (ctx: CaseCtx, link: Link) => changeLink(ctx, link, false);
