import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { KommuneView, kommunenChannels } from '../../contract/channels/kommunen';
import { appendAudit } from '../audit/audit-log';
import type { CaseCtx } from '../cases/service-context';
import { expectVersion } from '../db/expect-version';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { kommunen } from '../db/schema';
import { AppError } from '../errors';

type SaveInput = z.output<(typeof kommunenChannels)['kommunen.save']['input']>;

const NOT_FOUND = 'Diese Kommune existiert nicht.';

export function listKommunen(db: OfficeDb, includeInactive: boolean): KommuneView[] {
  const q = db.orm.select().from(kommunen);
  return (includeInactive ? q : q.where(eq(kommunen.active, true))).orderBy(asc(kommunen.name)).all();
}

function nameTaken(db: OfficeDb, name: string, exceptId?: string): boolean {
  const row = db.orm
    .select({ id: kommunen.id })
    .from(kommunen)
    .where(sql`lower(${kommunen.name}) = ${name.toLowerCase()}`)
    .get();
  return row !== undefined && row.id !== exceptId;
}

/** Adds a Kommune or renames / (de)activates one; names are unique regardless of case. */
export function saveKommune(ctx: CaseCtx, input: SaveInput): KommuneView {
  const { db } = ctx;
  return inTransaction(db, () => {
    if (nameTaken(db, input.name, input.id)) {
      throw new AppError('CONFLICT', 'Eine Kommune mit diesem Namen gibt es bereits.', { field: 'name' });
    }
    let row: KommuneView;
    if (input.id === undefined) {
      row = db.orm.insert(kommunen).values({ id: randomUUID(), name: input.name, active: input.active, version: 0 }).returning().get();
    } else {
      const before = expectVersion(db.orm.select().from(kommunen).where(eq(kommunen.id, input.id)).get(), input.version ?? -1, NOT_FOUND);
      row = db.orm
        .update(kommunen)
        .set({ name: input.name, active: input.active, version: before.version + 1 })
        .where(eq(kommunen.id, input.id))
        .returning()
        .get() as KommuneView;
    }
    appendAudit(db, { userId: ctx.actor.userId, action: input.id ? 'kommune.update' : 'kommune.create', entity: 'kommune', entityId: row.id }, ctx.at);
    return row;
  });
}

/** A Kommune new records may use: it exists (NOT_FOUND) and is active (VALIDATION). */
export function assertKommuneUsable(db: OfficeDb, id: string, path: string): void {
  const row = db.orm.select().from(kommunen).where(eq(kommunen.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
  if (!row.active) {
    throw new AppError('VALIDATION', 'Bitte wählen Sie eine aktive Kommune.', { issues: [{ path, code: 'invalid_kommune' }] });
  }
}

export function kommuneName(db: OfficeDb, id: string): string {
  return db.orm.select({ name: kommunen.name }).from(kommunen).where(eq(kommunen.id, id)).get()?.name ?? '';
}
