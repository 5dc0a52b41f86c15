import { z } from 'zod';
import { channel } from '../define';
import { id, isoDate, requiredLine, version } from '../fields';

/** What a consent can cover and a transfer can carry: categories, never the data itself. */
export const DATA_CATEGORIES = [
  'stammdaten',
  'kontaktdaten',
  'aufenthaltsstatus',
  'gesundheit',
  'familie',
  'finanzen',
  'bildung',
  'arbeit',
  'beratungsinhalte',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  stammdaten: 'Stammdaten',
  kontaktdaten: 'Kontaktdaten',
  aufenthaltsstatus: 'Aufenthaltsstatus',
  gesundheit: 'Gesundheit',
  familie: 'Familie',
  finanzen: 'Finanzen',
  bildung: 'Bildung',
  arbeit: 'Arbeit',
  beratungsinhalte: 'Beratungsinhalte',
};

/**
 * Special categories of Art. 9 DSGVO: health data directly; counselling contents regularly carry
 * health, religion or ethnic origin, so they are treated the same way.
 */
export const ART9_CATEGORIES: ReadonlySet<DataCategory> = new Set<DataCategory>(['gesundheit', 'beratungsinhalte']);

export const dataCategories = z
  .array(z.enum(DATA_CATEGORIES))
  .min(1)
  .max(DATA_CATEGORIES.length)
  .transform((list) => DATA_CATEGORIES.filter((c) => list.includes(c)));

export type ConsentStatus = 'gueltig' | 'noch_nicht_gueltig' | 'abgelaufen' | 'widerrufen';

export interface ConsentView {
  id: string;
  personId: string;
  partnerId: string;
  partnerName: string;
  purpose: string;
  dataCategories: DataCategory[];
  bidirectional: boolean;
  givenOn: string;
  validUntil: string | null;
  withdrawnOn: string | null;
  /** Status on today's date (Europe/Berlin). */
  status: ConsentStatus;
  version: number;
}

/** A consent running out soon, a section of the Heute page (shaped like a residence expiry). */
export interface ExpiringConsent {
  consentId: string;
  personId: string;
  familyName: string;
  givenNames: string;
  partnerName: string;
  validUntil: string;
  /** 0 when it ends today. */
  daysLeft: number;
  /** A case of the person the reader may open. */
  caseId: string;
  caseNumber: string;
}

/** Consents are case-bound: case managers of a case of the person (the registry admits these roles, the service checks the case). */
const caseWorkers = ['fallmanagement', 'administration'] as const;

export const consentsChannels = {
  'consents.listForPerson': channel<ConsentView[]>()(z.object({ personId: id }).strict(), 'user'),
  'consents.create': channel<ConsentView>()(
    z
      .object({
        personId: id,
        partnerId: id,
        purpose: requiredLine(500),
        dataCategories,
        bidirectional: z.boolean().default(false),
        givenOn: isoDate,
        validUntil: isoDate.nullable().default(null),
      })
      .strict(),
    caseWorkers,
  ),
  /** Sets the withdrawal date; the consent stays on record and stops every later transfer. */
  'consents.withdraw': channel<ConsentView>()(z.object({ id, version, withdrawnOn: isoDate }).strict(), caseWorkers),
};
