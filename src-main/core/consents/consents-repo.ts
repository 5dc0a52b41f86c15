import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, isNotNull, isNull, lte, gte } from 'drizzle-orm';
import type { ConsentView, DataCategory } from '../../contract/channels/consents';
import type { OfficeDb } from '../db/open-encrypted';
import { consents, partners } from '../db/schema';
import { consentStatus } from './consent-validity';

export type ConsentRow = typeof consents.$inferSelect;
export type Consent = Omit<ConsentRow, 'dataCategories'> & { dataCategories: DataCategory[] };

export const CONSENT_NOT_FOUND = 'Diese Einwilligung existiert nicht.';

const parse = (r: ConsentRow): Consent => ({ ...r, dataCategories: JSON.parse(r.dataCategories) as DataCategory[] });

export const toConsentView = (c: Consent, partnerName: string, today: string): ConsentView => ({
  id: c.id,
  personId: c.personId,
  partnerId: c.partnerId,
  partnerName,
  purpose: c.purpose,
  dataCategories: c.dataCategories,
  bidirectional: c.bidirectional,
  givenOn: c.givenOn,
  validUntil: c.validUntil,
  withdrawnOn: c.withdrawnOn,
  status: consentStatus(c, today),
  version: c.version,
});

export function consentsOfPerson(db: OfficeDb, personId: string): { consent: Consent; partnerName: string }[] {
  return db.orm
    .select({ c: consents, partnerName: partners.name })
    .from(consents)
    .innerJoin(partners, eq(partners.id, consents.partnerId))
    .where(eq(consents.personId, personId))
    .orderBy(desc(consents.givenOn), asc(partners.name))
    .all()
    .map((r) => ({ consent: parse(r.c), partnerName: r.partnerName }));
}

export const consentsFor = (db: OfficeDb, personId: string, partnerId: string): Consent[] =>
  db.orm.select().from(consents).where(and(eq(consents.personId, personId), eq(consents.partnerId, partnerId))).all().map(parse);

export function findConsent(db: OfficeDb, id: string): Consent | undefined {
  const row = db.orm.select().from(consents).where(eq(consents.id, id)).get();
  return row && parse(row);
}

export function insertConsent(db: OfficeDb, c: Omit<Consent, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'withdrawnOn'>): Consent {
  const row = db.orm
    .insert(consents)
    .values({ id: randomUUID(), ...c, dataCategories: JSON.stringify(c.dataCategories) })
    .returning()
    .get();
  return parse(row);
}

export function setWithdrawn(db: OfficeDb, id: string, withdrawnOn: string, next: { version: number; updatedAt: string }): Consent {
  const row = db.orm.update(consents).set({ withdrawnOn, ...next }).where(eq(consents.id, id)).returning().get();
  if (!row) throw new Error('consent vanished inside its transaction');
  return parse(row);
}

/** Not withdrawn, with an end date in [from, to]: the reminder window (office-wide, so only what the reminder shows). */
export function consentsEndingBetween(db: OfficeDb, from: string, to: string) {
  return db.orm
    .select({ id: consents.id, personId: consents.personId, validUntil: consents.validUntil, partnerName: partners.name })
    .from(consents)
    .innerJoin(partners, eq(partners.id, consents.partnerId))
    .where(and(isNull(consents.withdrawnOn), isNotNull(consents.validUntil), gte(consents.validUntil, from), lte(consents.validUntil, to)))
    .orderBy(asc(consents.validUntil))
    .all();
}
