import { rm } from 'node:fs/promises';
import { eq, inArray } from 'drizzle-orm';
import { DATA_CATEGORIES } from '../../contract/channels/consents';
import { appendAudit } from '../audit/audit-log';
import { archiveStream, type ArchiveEntry } from '../backup/archive';
import { writeContainer } from '../backup/container';
import { CASE_NOT_FOUND, isCaseManager, type CaseRow } from '../cases/case-access';
import { berlinToday, type CaseCtx } from '../cases/service-context';
import { APP_VERSION } from '../config/app-info';
import { requireConsent } from '../consents/consent-gate';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { cases } from '../db/schema';
import { findDocumentContent } from '../documents/documents-repo';
import { AppError } from '../errors';
import { requireActivePartner } from '../partners/partner-service';
import { insertTransfer } from '../referrals/referrals-repo';
import { readSetting } from '../settings/settings-repo';
import { collectCase } from './collect-case';
import { assertHandoverPassphrase, HANDOVER_SCHEMA } from './handover-rules';
import { documentEntry, HANDOVER_FORMAT, HANDOVER_VERSION, PAYLOAD_ENTRY, payloadCounts, type HandoverPayload } from './payload';

export interface ExportRequest {
  caseIds: string[];
  /** The receiving office, registered as a partner; the primary person's consent must name it. */
  recipientPartnerId: string;
  passphrase: string;
  outPath: string;
  /** scrypt cost of the file (tests use less); default 2^17. */
  scryptN?: number;
}

export interface ExportResult {
  caseNumbers: string[];
  fileBytes: number;
  recordCounts: Record<string, number>;
}

// A handover hands over the whole case file, so the consent must cover every data category.
const ALL_CATEGORIES = [...DATA_CATEGORIES];

/** Only the case's own managers (or the administration) may hand a case over; a blocked case stays. */
function assertExportable(db: OfficeDb, c: CaseRow, ctx: CaseCtx): void {
  if (ctx.actor.role !== 'administration' && !isCaseManager(db, c.id, ctx.actor.userId)) {
    throw new AppError('FORBIDDEN', 'Nur die zuständigen Fallmanager:innen können diesen Fall übergeben.');
  }
  if (c.blocked) throw new AppError('FORBIDDEN', 'Ein gesperrter Fall kann nicht übergeben werden.');
}

function loadCases(db: OfficeDb, ids: readonly string[]): CaseRow[] {
  const unique = [...new Set(ids)];
  const rows = db.orm.select().from(cases).where(inArray(cases.id, unique)).all();
  if (rows.length !== unique.length) throw new AppError('NOT_FOUND', CASE_NOT_FOUND);
  return unique.map((id) => rows.find((r) => r.id === id) as CaseRow);
}

/** Case ids by their readable numbers (command line); unknown numbers are NOT_FOUND. */
export function caseIdsByNumber(db: OfficeDb, numbers: readonly string[]): string[] {
  return numbers.map((n) => {
    const row = db.orm.select({ id: cases.id }).from(cases).where(eq(cases.caseNumber, n)).get();
    if (!row) throw new AppError('NOT_FOUND', `Es gibt keinen Fall mit der Nummer ${n}.`);
    return row.id;
  });
}

const checkConsents = (db: OfficeDb, rows: CaseRow[], partnerId: string, today: string) =>
  rows.map((c) => requireConsent(db, { personId: c.primaryPersonId, partnerId, categories: ALL_CATEGORIES }, today));

function entriesOf(db: OfficeDb, payload: HandoverPayload): ArchiveEntry[] {
  const json = Buffer.from(JSON.stringify(payload), 'utf8');
  const docs = payload.cases.flatMap((c) => c.documents);
  return [
    { name: PAYLOAD_ENTRY, size: json.length, bytes: () => [json] },
    // Each document is read from the database only when the stream reaches it: one at a time in memory.
    ...docs.map((d) => ({ name: documentEntry(d.id), size: d.sizeBytes, bytes: () => { const b = findDocumentContent(db, d.id); return b ? [b] : []; } })),
  ];
}

/**
 * Writes the cases into an encrypted .kimcase file. Checked first (access, consent of each primary
 * person for the recipient); the data transfer and the audit event are recorded once the file is
 * complete, and the file is removed if that record fails.
 */
export async function exportCases(ctx: CaseCtx, req: ExportRequest): Promise<ExportResult> {
  const { db, actor, at } = ctx;
  assertHandoverPassphrase(req.passphrase);
  if (req.caseIds.length === 0) throw new AppError('VALIDATION', 'Bitte wählen Sie mindestens einen Fall.');
  const today = berlinToday(at);
  const payload = inTransaction(db, (): HandoverPayload => {
    const rows = loadCases(db, req.caseIds);
    for (const c of rows) assertExportable(db, c, ctx);
    const recipient = requireActivePartner(db, req.recipientPartnerId);
    checkConsents(db, rows, recipient.id, today);
    return {
      format: HANDOVER_FORMAT,
      version: HANDOVER_VERSION,
      createdAt: at.toISOString(),
      fromOffice: readSetting(db, 'officeName'),
      recipient: { name: recipient.name, kind: recipient.kind },
      cases: rows.map((c) => collectCase(db, c)),
    };
  });
  const recordCounts = payloadCounts(payload);
  const written = await writeContainer(
    req.outPath,
    { kind: 'case', appVersion: APP_VERSION, schemaVersion: HANDOVER_SCHEMA, recordCounts, createdAt: payload.createdAt },
    archiveStream(entriesOf(db, payload)),
    { source: 'passphrase', passphrase: req.passphrase },
    req.scryptN ? { scryptN: req.scryptN } : {},
  );
  try {
    inTransaction(db, () => {
      // Read again inside the writing transaction: a withdrawal committed meanwhile stops the handover.
      const rows = loadCases(db, req.caseIds);
      const consents = checkConsents(db, rows, req.recipientPartnerId, today);
      rows.forEach((c, i) => {
        insertTransfer(db, {
          consentId: consents[i]!.id,
          partnerId: req.recipientPartnerId,
          personId: c.primaryPersonId,
          caseId: c.id,
          dataCategories: ALL_CATEGORIES,
          at: at.toISOString(),
          userId: actor.userId,
        });
        appendAudit(db, { userId: actor.userId, action: 'handover.export', entity: 'case', entityId: c.id }, at);
      });
    });
  } catch (err) {
    await rm(req.outPath, { force: true });
    throw err;
  }
  return { caseNumbers: payload.cases.map((c) => c.case.caseNumber), fileBytes: written.stats.fileBytes, recordCounts };
}
