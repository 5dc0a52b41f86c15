import { asc, eq, inArray } from 'drizzle-orm';
import type { StaffAvailabilityView } from '../../contract/channels/calendar';
import type { AvailabilitySlotInput } from '../../contract/channels/calendar-fields';
import { appendAudit } from '../audit/audit-log';
import { type AvailabilitySlot, availabilityBlocks, validateAvailabilitySlot } from '../calendar/availability';
import type { IsoWeekday } from '../calendar/berlin-time';
import type { CaseCtx } from '../cases/service-context';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { staffAvailability, users } from '../db/schema';
import { AppError } from '../errors';
import { chunks } from './appointments-repo';

// Office days ("Sprechzeiten"): weekly slots per staff member and place. Everyone keeps their
// own; the team lead and the administration may keep everyone's.

const NO_STAFF = 'Diese Mitarbeiterin / dieser Mitarbeiter existiert nicht.';

/** Slots of the given staff members (all when `staffIds` is undefined). */
export function slotsOf(db: OfficeDb, staffIds?: readonly string[]): AvailabilitySlot[] {
  const rows =
    staffIds === undefined
      ? db.orm.select().from(staffAvailability).all()
      : chunks([...new Set(staffIds)]).flatMap((part) =>
          db.orm.select().from(staffAvailability).where(inArray(staffAvailability.staffId, part)).all(),
        );
  return rows.flatMap((r) =>
    (JSON.parse(r.slots) as AvailabilitySlotInput[]).map((s) => ({ ...s, weekday: s.weekday as IsoWeekday, staffId: r.staffId })),
  );
}

/** Shading blocks of the staff members' office days inside the range. */
export function availabilityBlocksFor(db: OfficeDb, staffIds: readonly string[], fromUtc: string, toUtc: string) {
  if (staffIds.length === 0) return [];
  return availabilityBlocks({ startUtc: fromUtc, endUtc: toUtc }, slotsOf(db, staffIds));
}

export function listAvailability(db: OfficeDb, staffIds?: readonly string[]): StaffAvailabilityView[] {
  const people = db.orm
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(staffIds ? inArray(users.id, [...staffIds]) : eq(users.active, true))
    .orderBy(asc(users.displayName))
    .all();
  const stored = new Map(db.orm.select().from(staffAvailability).all().map((r) => [r.staffId, r]));
  return people.map((p) => {
    const row = stored.get(p.id);
    return { staffId: p.id, staffName: p.name, slots: row ? (JSON.parse(row.slots) as AvailabilitySlotInput[]) : [], version: row?.version ?? 0 };
  });
}

const bySlotOrder = (a: AvailabilitySlotInput, b: AvailabilitySlotInput) => a.weekday - b.weekday || a.from.localeCompare(b.from);

/** Replaces a staff member's office days; version 0 for the first save. */
export function saveAvailability(
  ctx: CaseCtx,
  input: { staffId: string; version: number; slots: AvailabilitySlotInput[] },
): StaffAvailabilityView {
  const { db, actor } = ctx;
  for (const s of input.slots) validateAvailabilitySlot({ ...s, weekday: s.weekday as IsoWeekday, staffId: input.staffId });
  const slots = JSON.stringify([...input.slots].sort(bySlotOrder));
  return inTransaction(db, () => {
    const user = db.orm.select({ id: users.id }).from(users).where(eq(users.id, input.staffId)).get();
    if (!user) throw new AppError('NOT_FOUND', NO_STAFF);
    if (input.staffId !== actor.userId && actor.role === 'fallmanagement') {
      throw new AppError('FORBIDDEN', 'Sie können nur Ihre eigenen Sprechzeiten festlegen.');
    }
    const row = db.orm.select().from(staffAvailability).where(eq(staffAvailability.staffId, input.staffId)).get();
    const current = row?.version ?? 0;
    if (current !== input.version) {
      throw new AppError('CONFLICT', 'Die Sprechzeiten wurden inzwischen geändert. Bitte laden Sie sie neu.', { currentVersion: current });
    }
    const stamp = ctx.at.toISOString();
    if (row) {
      db.orm.update(staffAvailability).set({ slots, version: current + 1, updatedAt: stamp }).where(eq(staffAvailability.staffId, input.staffId)).run();
    } else {
      db.orm.insert(staffAvailability).values({ staffId: input.staffId, slots, version: 1, createdAt: stamp, updatedAt: stamp }).run();
    }
    appendAudit(db, { userId: actor.userId, action: 'availability.save', entity: 'user', entityId: input.staffId }, ctx.at);
    const [view] = listAvailability(db, [input.staffId]);
    if (!view) throw new AppError('NOT_FOUND', NO_STAFF);
    return view;
  });
}
