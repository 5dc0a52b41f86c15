import { z } from 'zod';
import { channel } from '../define';
import { id, isoDate, line, requiredLine, text, version } from '../fields';

// The register of integration barriers (Hürden): structural problems the office names and passes
// on to the Arbeitskreise and the Lenkungsgruppe. The register is anonymous: no channel returns
// the ids, names or link notes of the cases behind a barrier, only counts.

export const BARRIER_CATEGORIES = [
  'sprache',
  'wohnraum',
  'kita_schule',
  'arbeit_anerkennung',
  'aufenthalt_behoerden',
  'gesundheit',
  'finanzen_leistungen',
  'mobilitaet',
  'digitalisierung',
  'diskriminierung',
  'sonstiges',
] as const;
export type BarrierCategory = (typeof BARRIER_CATEGORIES)[number];

/** In order: the path a barrier takes; the last two are the end states. */
export const BARRIER_STATUSES = [
  'erkannt',
  'benannt',
  'an_arbeitskreis',
  'lenkungsgruppe',
  'in_bearbeitung',
  'abgebaut',
  'nicht_loesbar',
] as const;
export type BarrierStatus = (typeof BARRIER_STATUSES)[number];

/** Log entries written by hand; `status` entries are written by a status change. */
export const BARRIER_NOTE_KINDS = ['aktion', 'entscheidung'] as const;
export const BARRIER_LOG_KINDS = [...BARRIER_NOTE_KINDS, 'status'] as const;
export type BarrierLogKind = (typeof BARRIER_LOG_KINDS)[number];

export interface BarrierSummary {
  id: string;
  title: string;
  category: BarrierCategory;
  status: BarrierStatus;
  kommunen: { id: string; name: string }[];
  firstNoticedOn: string;
  responsible: string | null;
  responsiblePartnerId: string | null;
  responsiblePartnerName: string | null;
  workingGroup: string | null;
  affectedCases: number;
  affectedPersons: number;
  version: number;
  updatedAt: string;
}

export interface BarrierLogEntry {
  id: string;
  on: string;
  kind: BarrierLogKind;
  text: string;
  /** The status the barrier moved to (status entries only). */
  status: BarrierStatus | null;
  userName: string | null;
}

export interface ImpactCount {
  cases: number;
  persons: number;
}

/** Counts only, never who: by Kommune and by quarter of the link (e.g. 2026-Q3). */
export interface BarrierImpact {
  total: ImpactCount;
  byKommune: ({ kommuneId: string; kommuneName: string } & ImpactCount)[];
  byQuarter: ({ quarter: string } & ImpactCount)[];
}

export interface BarrierView extends BarrierSummary {
  description: string;
  log: BarrierLogEntry[];
  impact: BarrierImpact;
}

/** A link seen from inside its case (its note is for the case's managers only). */
export interface CaseBarrierLink {
  id: string;
  barrierId: string;
  barrierTitle: string;
  category: BarrierCategory;
  status: BarrierStatus;
  goalId: string | null;
  goalDescription: string | null;
  /** Null for readers who are not case managers of the case. */
  note: string | null;
  linkedOn: string;
}

const barrierFields = {
  title: requiredLine(200),
  category: z.enum(BARRIER_CATEGORIES),
  description: text(10_000),
  kommuneIds: z.array(id).max(50),
  firstNoticedOn: isoDate,
  responsible: line(200),
  /** Empty text clears the partner. */
  responsiblePartnerId: z.union([z.literal(''), id]),
  workingGroup: line(200),
};

export const barrierCreateInput = z
  .object({
    ...barrierFields,
    description: barrierFields.description.default(''),
    kommuneIds: barrierFields.kommuneIds.default([]),
    responsible: barrierFields.responsible.optional(),
    responsiblePartnerId: barrierFields.responsiblePartnerId.optional(),
    workingGroup: barrierFields.workingGroup.optional(),
  })
  .strict();
export type BarrierCreateInput = z.input<typeof barrierCreateInput>;

export const barrierUpdateInput = z.object({ id, version, ...z.object(barrierFields).partial().shape }).strict();

export const barrierStatusInput = z
  .object({
    id,
    version,
    status: z.enum(BARRIER_STATUSES),
    on: isoDate,
    note: text(4_000).default(''),
    /** The Arbeitskreis, required when the barrier goes to one and none is recorded yet. */
    workingGroup: line(200).optional(),
  })
  .strict();

export const barrierLogInput = z
  .object({ id, on: isoDate, kind: z.enum(BARRIER_NOTE_KINDS), text: requiredLine(4_000) })
  .strict();

export const barrierListInput = z
  .object({
    query: line(200).optional(),
    category: z.enum(BARRIER_CATEGORIES).optional(),
    status: z.enum(BARRIER_STATUSES).optional(),
    kommuneId: id.optional(),
  })
  .strict();

const linkFields = { caseId: id, goalId: id.optional(), note: text(2_000).default('') };

export const barrierLinkInput = z.object({ barrierId: id, ...linkFields }).strict();

export const barrierFromCaseInput = z
  .object({
    ...linkFields,
    barrier: z
      .object({
        title: barrierFields.title,
        category: barrierFields.category,
        description: barrierFields.description.default(''),
        /** Defaults to today; the case's Kommune is always among the affected ones. */
        firstNoticedOn: isoDate.optional(),
        responsible: barrierFields.responsible.optional(),
      })
      .strict(),
  })
  .strict();

const caseWorkers = ['fallmanagement', 'administration'] as const;

export const barriersChannels = {
  'barriers.list': channel<BarrierSummary[]>()(barrierListInput, 'user'),
  'barriers.get': channel<BarrierView>()(z.object({ id }).strict(), 'user'),
  'barriers.create': channel<BarrierView>()(barrierCreateInput, 'user'),
  'barriers.update': channel<BarrierView>()(barrierUpdateInput, 'user'),
  /** Moves the barrier along (or back); writes a dated status entry into the log. */
  'barriers.setStatus': channel<BarrierView>()(barrierStatusInput, 'user'),
  /** Appends an action or decision to the log; the log cannot be edited. */
  'barriers.addLog': channel<BarrierView>()(barrierLogInput, 'user'),
  /** From inside a case: links the case (or one of its goals) to an existing barrier. */
  'barriers.linkCase': channel<CaseBarrierLink>()(barrierLinkInput, caseWorkers),
  /** From inside a case: names a new barrier and links the case to it. */
  'barriers.createFromCase': channel<CaseBarrierLink>()(barrierFromCaseInput, caseWorkers),
  'barriers.unlinkCase': channel<null>()(z.object({ linkId: id }).strict(), caseWorkers),
  'barriers.linksForCase': channel<CaseBarrierLink[]>()(z.object({ caseId: id }).strict(), 'user'),
};
