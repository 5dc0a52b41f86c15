import { and, inArray, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import { CONSULTATION_FORMS } from '../../contract/channels/consultation-fields';
import type { OfficeDb } from '../db/open-encrypted';
import { consultations } from '../db/schema';

// What a report knows about one consultation: its date, its form and whether an interpreter took
// part. Nothing else (no participants, no text), so it may live in the anonymous case snapshot.

export const consultationFacts = z
  .object({
    on: z.iso.date(),
    /** Null when the record names no form. */
    form: z.enum(CONSULTATION_FORMS).nullable(),
    interpreter: z.boolean(),
  })
  .strict();
export type ConsultationFacts = z.infer<typeof consultationFacts>;

/**
 * The finalised consultations of the given cases, by case id. Drafts do not count: a draft may be
 * abandoned, and only a finalised record stands for a consultation that took place.
 */
export function consultationFactsOf(db: OfficeDb, caseIds: readonly string[]): Map<string, ConsultationFacts[]> {
  const out = new Map<string, ConsultationFacts[]>();
  if (caseIds.length === 0) return out;
  const rows = db.orm
    .select({ caseId: consultations.caseId, on: consultations.heldOn, form: consultations.form, interpreter: consultations.interpreter })
    .from(consultations)
    .where(and(inArray(consultations.caseId, [...caseIds]), isNotNull(consultations.finalisedAt), isNotNull(consultations.heldOn)))
    .all();
  for (const r of rows) {
    const facts: ConsultationFacts = { on: r.on!, form: r.form, interpreter: r.interpreter !== null };
    const list = out.get(r.caseId);
    if (list) list.push(facts);
    else out.set(r.caseId, [facts]);
  }
  return out;
}
