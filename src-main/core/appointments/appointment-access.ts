import { and, eq, exists, inArray, or, sql, type SQL } from 'drizzle-orm';
import { assertCaseWritable, isCaseManager } from '../cases/case-access';
import type { Actor } from '../cases/service-context';
import { idList } from '../db/id-list';
import type { OfficeDb } from '../db/open-encrypted';
import { appointmentStaff, appointments, caseManagers, cases } from '../db/schema';
import { AppError } from '../errors';
import type { LoadedAppointment } from './appointments-repo';

// Who sees and changes which appointment, decided here only:
// - teamleitung sees every appointment (team view);
// - everyone else sees appointments they take part in or created, and those of cases they manage;
// - changing needs the same, and for a case appointment write access to the case
//   (assertCaseWritable: case managers, not the read-only teamleitung, not a blocked case).

const NO_ACCESS = 'Sie haben keinen Zugriff auf diesen Termin.';
const NO_WRITE = 'Sie können diesen Termin nicht ändern.';

export const seesAllAppointments = (actor: Actor): boolean => actor.role === 'teamleitung';

const staffIncludes = (userId: string) =>
  exists(
    sql`(SELECT 1 FROM ${appointmentStaff} WHERE ${appointmentStaff.appointmentId} = ${appointments.id} AND ${appointmentStaff.userId} = ${userId})`,
  );

/** The actor's own appointments: taking part or created by them. */
export const ownAppointmentCondition = (actor: Actor): SQL =>
  or(staffIncludes(actor.userId), eq(appointments.createdBy, actor.userId)) as SQL;

/** SQL condition "the actor may see this appointment"; undefined when all are visible. */
export function visibleAppointmentCondition(db: OfficeDb, actor: Actor): SQL | undefined {
  if (seesAllAppointments(actor)) return undefined;
  const managesCase = exists(
    db.orm
      .select({ one: sql`1` })
      .from(caseManagers)
      .where(and(eq(caseManagers.caseId, appointments.caseId), eq(caseManagers.userId, actor.userId))),
  );
  return or(ownAppointmentCondition(actor), managesCase);
}

function isOwn(a: LoadedAppointment, actor: Actor): boolean {
  return a.staffIds.includes(actor.userId) || a.row.createdBy === actor.userId;
}

export function canSee(db: OfficeDb, a: LoadedAppointment, actor: Actor): boolean {
  if (seesAllAppointments(actor) || isOwn(a, actor)) return true;
  return a.row.caseId !== null && isCaseManager(db, a.row.caseId, actor.userId);
}

export function assertVisible(db: OfficeDb, a: LoadedAppointment, actor: Actor): void {
  if (!canSee(db, a, actor)) throw new AppError('FORBIDDEN', NO_ACCESS);
}

/** Throws FORBIDDEN unless the actor may change it; call inside the write transaction. */
export function assertChangeable(db: OfficeDb, a: LoadedAppointment, actor: Actor): void {
  assertVisible(db, a, actor);
  if (a.row.caseId !== null) {
    assertCaseWritable(db, a.row.caseId, actor);
    return;
  }
  if (!isOwn(a, actor) && !seesAllAppointments(actor)) throw new AppError('FORBIDDEN', NO_WRITE);
}

/**
 * canChange for many appointments at once (calendar views): the cases the actor may write are
 * read in one query instead of one per appointment. Mirrors assertChangeable.
 */
export function changeChecker(
  db: OfficeDb,
  actor: Actor,
  caseIds: readonly string[],
): (a: { createdBy: string | null; caseId: string | null; staffIds: string[] }) => boolean {
  const writable = new Set<string>();
  if (actor.role !== 'teamleitung' && caseIds.length > 0) {
    const rows = db.orm
      .select({ id: cases.id, blocked: cases.blocked })
      .from(cases)
      .innerJoin(caseManagers, and(eq(caseManagers.caseId, cases.id), eq(caseManagers.userId, actor.userId)))
      .where(inArray(cases.id, idList(new Set(caseIds))))
      .all();
    for (const r of rows) if (!r.blocked || actor.role === 'administration') writable.add(r.id);
  }
  return (a) => {
    if (a.caseId !== null) return writable.has(a.caseId);
    return seesAllAppointments(actor) || a.createdBy === actor.userId || a.staffIds.includes(actor.userId);
  };
}
