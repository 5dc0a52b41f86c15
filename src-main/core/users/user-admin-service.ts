import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { UserView } from '../../contract/channels/users';
import type { contract } from '../../contract';
import { appendAudit } from '../audit/audit-log';
import { withoutUserSlot, withUserSlot } from '../crypto/key-slots';
import { inTransaction } from '../db/open-encrypted';
import { AppError } from '../errors';
import type { AppCore } from '../ipc/app-core';
import { countActiveAdmins, findUserById, insertUser, updateUser } from './users-repo';

type CreateInput = z.output<(typeof contract)['users.create']['input']>;
type UpdateInput = z.output<(typeof contract)['users.update']['input']>;

const LAST_ADMIN = 'Die letzte aktive Administration kann nicht entfernt oder herabgestuft werden.';

export async function createUser(core: AppCore, actorId: string, input: CreateInput): Promise<UserView> {
  const { office } = core;
  const db = office.database();
  const id = randomUUID();
  // Derive the slot first (slow scrypt), then write row, audit and key file in one transaction.
  const body = await withUserSlot(office.keyFile(), {
    dbKey: office.key(),
    userId: id,
    username: input.username,
    password: input.password,
    ...(office.opts.scrypt ? { scrypt: office.opts.scrypt } : {}),
  });
  return inTransaction(db, () => {
    const user = insertUser(db, { id, username: input.username, displayName: input.displayName, role: input.role });
    appendAudit(db, { userId: actorId, action: 'user.create', entity: 'user', entityId: id });
    office.saveKeyFile(body);
    return user;
  });
}

export function updateUserAccount(core: AppCore, actorId: string, input: UpdateInput): UserView {
  const db = core.office.database();
  return inTransaction(db, () => {
    const before = findUserById(db, input.id);
    if (!before) throw new AppError('NOT_FOUND', 'Dieser Benutzer existiert nicht.');
    const { id, version, ...patch } = input;
    const after = updateUser(db, id, version, patch);
    if (before.role === 'administration' && before.active && countActiveAdmins(db) === 0) throw new AppError('CONFLICT', LAST_ADMIN);
    appendAudit(db, { userId: actorId, action: 'user.update', entity: 'user', entityId: id });
    if (!after.active) core.sessions.dropUser(id);
    return after;
  });
}

/** Deactivates the account and deletes its key slot; the user's past work stays attributed. */
export function removeUser(core: AppCore, actorId: string, id: string): void {
  const { office } = core;
  const db = office.database();
  if (id === actorId) throw new AppError('CONFLICT', 'Sie können Ihr eigenes Benutzerkonto nicht entfernen.');
  inTransaction(db, () => {
    const user = findUserById(db, id);
    if (!user) throw new AppError('NOT_FOUND', 'Dieser Benutzer existiert nicht.');
    if (user.active) updateUser(db, id, user.version, { active: false });
    if (user.role === 'administration' && countActiveAdmins(db) === 0) throw new AppError('CONFLICT', LAST_ADMIN);
    appendAudit(db, { userId: actorId, action: 'user.remove', entity: 'user', entityId: id });
    office.saveKeyFile(withoutUserSlot(office.keyFile(), id));
  });
  core.sessions.dropUser(id);
}
