import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { PartnerContact, PartnerView } from '../../contract/channels/partners';
import type { OfficeDb } from '../db/open-encrypted';
import { consents, dataTransfers, measures, partners, referrals } from '../db/schema';

export type PartnerRow = typeof partners.$inferSelect;
type PartnerValues = Omit<typeof partners.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

export const PARTNER_NOT_FOUND = 'Dieser Partner existiert nicht.';

export function toPartnerView(r: PartnerRow): PartnerView {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    services: r.services,
    contacts: JSON.parse(r.contacts) as PartnerContact[],
    street: r.street,
    postalCode: r.postalCode,
    city: r.city,
    phone: r.phone,
    email: r.email,
    active: r.active,
    version: r.version,
    updatedAt: r.updatedAt,
  };
}

export const allPartners = (db: OfficeDb): PartnerRow[] => db.orm.select().from(partners).orderBy(asc(partners.name)).all();

export const findPartner = (db: OfficeDb, id: string): PartnerRow | undefined =>
  db.orm.select().from(partners).where(eq(partners.id, id)).get();

export const insertPartner = (db: OfficeDb, values: PartnerValues): PartnerRow =>
  db.orm.insert(partners).values({ id: randomUUID(), ...values }).returning().get();

export function updatePartnerRow(db: OfficeDb, id: string, values: Partial<PartnerValues> & { version: number; updatedAt: string }): PartnerRow {
  const row = db.orm.update(partners).set(values).where(eq(partners.id, id)).returning().get();
  if (!row) throw new Error('partner vanished inside its transaction');
  return row;
}

export const deletePartnerRow = (db: OfficeDb, id: string): void => {
  db.orm.delete(partners).where(eq(partners.id, id)).run();
};

/** True when consents, referrals, transfers or plan measures name the partner: then it must stay. */
export function isPartnerReferenced(db: OfficeDb, id: string): boolean {
  const uses = [
    db.orm.select({ id: consents.id }).from(consents).where(eq(consents.partnerId, id)).limit(1).get(),
    db.orm.select({ id: referrals.id }).from(referrals).where(eq(referrals.partnerId, id)).limit(1).get(),
    db.orm.select({ id: dataTransfers.id }).from(dataTransfers).where(eq(dataTransfers.partnerId, id)).limit(1).get(),
    db.orm.select({ id: measures.id }).from(measures).where(eq(measures.partnerId, id)).limit(1).get(),
  ];
  return uses.some((u) => u !== undefined);
}
