import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { DataCategory } from '../../contract/channels/consents';
import type { ReferralView, TransferView } from '../../contract/channels/referrals';
import type { OfficeDb } from '../db/open-encrypted';
import { dataTransfers, partners, referrals, users } from '../db/schema';

type ReferralValues = Omit<typeof referrals.$inferInsert, 'id'>;
type TransferValues = Omit<typeof dataTransfers.$inferInsert, 'id' | 'what'> & { dataCategories: DataCategory[] };

export const insertReferral = (db: OfficeDb, values: ReferralValues): string =>
  db.orm.insert(referrals).values({ id: randomUUID(), ...values }).returning({ id: referrals.id }).get().id;

/** `what` holds the categories as JSON, never the transferred data. */
export const insertTransfer = (db: OfficeDb, { dataCategories, ...values }: TransferValues): string =>
  db.orm
    .insert(dataTransfers)
    .values({ id: randomUUID(), ...values, what: JSON.stringify(dataCategories) })
    .returning({ id: dataTransfers.id })
    .get().id;

const referralColumns = {
  id: referrals.id,
  caseId: referrals.caseId,
  personId: referrals.personId,
  partnerId: referrals.partnerId,
  partnerName: partners.name,
  consentId: referrals.consentId,
  purpose: referrals.purpose,
  referredOn: referrals.referredOn,
  userName: users.displayName,
};

function selectReferrals(db: OfficeDb) {
  return db.orm
    .select(referralColumns)
    .from(referrals)
    .innerJoin(partners, eq(partners.id, referrals.partnerId))
    .leftJoin(users, eq(users.id, referrals.userId));
}

export const referralsOfCase = (db: OfficeDb, caseId: string): ReferralView[] =>
  selectReferrals(db).where(eq(referrals.caseId, caseId)).orderBy(desc(referrals.referredOn), desc(referrals.id)).all();

export const findReferralView = (db: OfficeDb, id: string): ReferralView | undefined => selectReferrals(db).where(eq(referrals.id, id)).get();

function selectTransfers(db: OfficeDb) {
  return db.orm
    .select({ t: dataTransfers, partnerName: partners.name, userName: users.displayName })
    .from(dataTransfers)
    .innerJoin(partners, eq(partners.id, dataTransfers.partnerId))
    .leftJoin(users, eq(users.id, dataTransfers.userId));
}

type TransferJoin = { t: typeof dataTransfers.$inferSelect; partnerName: string; userName: string | null };

const toTransferView = ({ t, partnerName, userName }: TransferJoin): TransferView => ({
  id: t.id,
  personId: t.personId,
  partnerId: t.partnerId,
  partnerName,
  caseId: t.caseId,
  consentId: t.consentId,
  dataCategories: JSON.parse(t.what) as DataCategory[],
  at: t.at,
  userName,
});

export const transfersOfPerson = (db: OfficeDb, personId: string): TransferView[] =>
  selectTransfers(db).where(eq(dataTransfers.personId, personId)).orderBy(desc(dataTransfers.at)).all().map(toTransferView);

export function findTransferView(db: OfficeDb, id: string): TransferView | undefined {
  const row = selectTransfers(db).where(eq(dataTransfers.id, id)).get();
  return row && toTransferView(row);
}
