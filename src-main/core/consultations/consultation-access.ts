import { assertCaseReadable, assertCaseWritable, type CaseRow } from '../cases/case-access';
import type { Actor } from '../cases/service-context';
import { expectVersion } from '../db/expect-version';
import type { OfficeDb } from '../db/open-encrypted';
import { AppError } from '../errors';
import { CONSULTATION_NOT_FOUND, findConsultation, type ConsultationRow } from './consultations-repo';

// Records belong to their case: its case managers read and write them, the team lead reads them
// (case-access decides both). A finalised record accepts nothing but addenda.

export const FINALISED_MESSAGE =
  'Diese Beratungsdokumentation ist abgeschlossen und kann nicht mehr geändert werden. Ergänzungen sind nur als Nachtrag möglich.';

export interface LoadedConsultation {
  row: ConsultationRow;
  caseRow: CaseRow;
}

function load(db: OfficeDb, id: string): ConsultationRow {
  const row = findConsultation(db, id);
  if (!row) throw new AppError('NOT_FOUND', CONSULTATION_NOT_FOUND);
  return row;
}

export function readableConsultation(db: OfficeDb, id: string, actor: Actor): LoadedConsultation {
  const row = load(db, id);
  return { row, caseRow: assertCaseReadable(db, row.caseId, actor) };
}

/** A record the actor may write to (call inside the write transaction). */
export function writableConsultation(db: OfficeDb, id: string, actor: Actor): LoadedConsultation {
  const row = load(db, id);
  return { row, caseRow: assertCaseWritable(db, row.caseId, actor) };
}

/** A draft at the version the caller has seen: CONFLICT when finalised or stale. */
export function writableDraft(db: OfficeDb, id: string, version: number, actor: Actor): LoadedConsultation {
  const loaded = writableConsultation(db, id, actor);
  if (loaded.row.finalisedAt !== null) throw new AppError('CONFLICT', FINALISED_MESSAGE, { finalised: true });
  expectVersion(loaded.row, version, CONSULTATION_NOT_FOUND);
  return loaded;
}
