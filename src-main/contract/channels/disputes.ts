import { z } from 'zod';
import { channel } from '../define';
import { id, line, requiredLine, version } from '../fields';

/** Entries a client can dispute (§ 84 SGB X). */
export const DISPUTE_ENTITIES = ['person', 'household', 'case', 'assessment', 'goal', 'measure', 'note', 'follow_up', 'document'] as const;
export type DisputeEntity = (typeof DISPUTE_ENTITIES)[number];

export interface DisputeView {
  id: string;
  entity: DisputeEntity;
  entityId: string;
  /** The disputed field of the entry, when it is not the whole entry. */
  field: string | null;
  note: string;
  markedOn: string;
  resolvedOn: string | null;
  userName: string | null;
}

export interface CaseBlockState {
  caseId: string;
  blocked: boolean;
  blockedReason: string | null;
  version: number;
}

const caseWorkers = ['fallmanagement', 'administration'] as const;
const entityRef = { entity: z.enum(DISPUTE_ENTITIES), entityId: id };

export const disputesChannels = {
  'disputes.mark': channel<DisputeView>()(
    z
      .object({ ...entityRef, field: line(64).regex(/^[A-Za-z0-9_.]*$/).optional(), note: requiredLine(2_000) })
      .strict(),
    caseWorkers,
  ),
  /** Ends a dispute (corrected or settled); the dispute stays on record. */
  'disputes.resolve': channel<DisputeView>()(z.object({ id }).strict(), caseWorkers),
  'disputes.list': channel<DisputeView[]>()(z.object(entityRef).strict(), 'user'),
  /** Every dispute on a case and its entries, for the markers on the case page. */
  'disputes.listForCase': channel<DisputeView[]>()(z.object({ caseId: id }).strict(), 'user'),
  /** Blocks (sperrt) a case instead of deleting it: read-only for everyone but the administration. */
  'cases.block': channel<CaseBlockState>()(z.object({ caseId: id, version, reason: requiredLine(1_000) }).strict(), caseWorkers),
  'cases.unblock': channel<CaseBlockState>()(z.object({ caseId: id, version, reason: requiredLine(1_000) }).strict(), ['administration']),
};
