import { eq, inArray } from 'drizzle-orm';
import type { NetworkTimelineKind } from '../../contract/channels/network-timeline';
import type { OfficeDb } from '../db/open-encrypted';
import { caseBlockEvents, cases, consents, documents, partners, users } from '../db/schema';
import { entriesOfCase } from '../disputes/dispute-targets';
import { disputesOfEntries } from '../disputes/disputes-repo';
import { personsOfCase } from '../persons/persons-repo';
import { entry, type TimelineSource } from '../timeline/timeline-source';
import { referralsOfCase } from './referrals-repo';

// The network's entries in a case's Verlauf: referrals, consents of its persons, documents,
// blocks and disputes. Registered in src-main/core/timeline/timeline.ts.

const source = (kind: NetworkTimelineKind, entries: TimelineSource['entries']): TimelineSource => ({ kind, entries });

const referralSource = source('referral', (db, caseId) =>
  referralsOfCase(db, caseId).map((r) =>
    entry('referral', { event: 'created', at: r.referredOn, entityId: r.id, userName: r.userName, summary: r.purpose, details: { partner: r.partnerName, personId: r.personId } }),
  ),
);

function consentEntries(db: OfficeDb, caseId: string) {
  const c = db.orm.select().from(cases).where(eq(cases.id, caseId)).get();
  const personIds = c ? personsOfCase(db, c).map((p) => p.id) : [];
  if (personIds.length === 0) return [];
  return db.orm
    .select({ c: consents, partnerName: partners.name })
    .from(consents)
    .innerJoin(partners, eq(partners.id, consents.partnerId))
    .where(inArray(consents.personId, personIds))
    .all()
    .flatMap(({ c: k, partnerName }) => {
      const details = { partner: partnerName, personId: k.personId, validUntil: k.validUntil };
      const given = entry('consent', { event: 'given', at: k.givenOn, entityId: k.id, summary: k.purpose, details });
      return k.withdrawnOn ? [given, entry('consent', { event: 'withdrawn', at: k.withdrawnOn, entityId: k.id, summary: k.purpose, details })] : [given];
    });
}

const documentSource = source('document', (db, caseId) =>
  db.orm
    .select({ id: documents.id, fileName: documents.fileName, mimeType: documents.mimeType, at: documents.uploadedAt, userName: users.displayName })
    .from(documents)
    .leftJoin(users, eq(users.id, documents.uploadedBy))
    .where(eq(documents.caseId, caseId))
    .all()
    .map((d) => entry('document', { event: 'uploaded', at: d.at, entityId: d.id, userName: d.userName, summary: d.fileName, details: { mimeType: d.mimeType } })),
);

const blockSource = source('block', (db, caseId) =>
  db.orm
    .select({ e: caseBlockEvents, userName: users.displayName })
    .from(caseBlockEvents)
    .leftJoin(users, eq(users.id, caseBlockEvents.userId))
    .where(eq(caseBlockEvents.caseId, caseId))
    .all()
    .map(({ e, userName }) => entry('block', { event: e.action, at: e.at, entityId: e.id, userName, summary: e.reason })),
);

const disputeSource = source('dispute', (db, caseId) =>
  disputesOfEntries(db, entriesOfCase(db, caseId)).flatMap((d) => {
    const details = { entity: d.entity, entityId: d.entityId, field: d.field };
    const marked = entry('dispute', { event: 'marked', at: d.markedOn, entityId: d.id, userName: d.userName, summary: d.note, details });
    return d.resolvedOn ? [marked, entry('dispute', { event: 'resolved', at: d.resolvedOn, entityId: d.id, summary: d.note, details })] : [marked];
  }),
);

export const NETWORK_SOURCES: readonly TimelineSource[] = [referralSource, source('consent', consentEntries), documentSource, blockSource, disputeSource];
