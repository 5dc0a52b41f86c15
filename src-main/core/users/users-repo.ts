import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { UserView } from '../../contract/channels/users';
import type { Role } from '../../contract/roles';
import type { OfficeDb } from '../db/open-encrypted';
import { users } from '../db/schema';
import { AppError } from '../errors';

type UserRow = typeof users.$inferSelect;

const toView = (r: UserRow): UserView => ({
  id: r.id,
  username: r.username,
  displayName: r.displayName,
  role: r.role,
  active: r.active,
  version: r.version,
  createdAt: r.createdAt,
});

export function listUsers(db: OfficeDb): UserView[] {
  return db.orm.select().from(users).orderBy(asc(users.username)).all().map(toView);
}

export function findUserById(db: OfficeDb, id: string): UserView | undefined {
  const row = db.orm.select().from(users).where(eq(users.id, id)).get();
  return row && toView(row);
}

export function findUserByName(db: OfficeDb, username: string): UserView | undefined {
  const row = db.orm
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = ${username.trim().toLowerCase()}`)
    .get();
  return row && toView(row);
}

export function insertUser(db: OfficeDb, u: { username: string; displayName: string; role: Role; id?: string }): UserView {
  if (findUserByName(db, u.username)) {
    throw new AppError('CONFLICT', 'Dieser Benutzername ist bereits vergeben.', { field: 'username' });
  }
  const row = db.orm
    .insert(users)
    .values({ id: u.id ?? randomUUID(), username: u.username.trim(), displayName: u.displayName, role: u.role })
    .returning()
    .get();
  return toView(row);
}

/** Optimistic concurrency: the update only applies to the version the caller has seen. */
export function updateUser(
  db: OfficeDb,
  id: string,
  expectedVersion: number,
  patch: Partial<Pick<UserRow, 'displayName' | 'role' | 'active'>>,
): UserView {
  const row = db.orm
    .update(users)
    .set({ ...patch, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
    .returning()
    .get();
  if (row) return toView(row);
  const current = findUserById(db, id);
  if (!current) throw new AppError('NOT_FOUND', 'Dieser Benutzer existiert nicht.');
  throw new AppError('CONFLICT', 'Der Benutzer wurde inzwischen geändert. Bitte laden Sie die Ansicht neu.', { currentVersion: current.version });
}

export function countActiveAdmins(db: OfficeDb): number {
  const row = db.orm
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'administration'), eq(users.active, true)))
    .get();
  return row?.n ?? 0;
}
