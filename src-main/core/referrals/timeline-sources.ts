import { eq, inArray, sql } from 'drizzle-orm';
import type { NetworkTimelineKind } from '../../contract/channels/network-timeline';
import { preparedPerConnection } from '../db/prepared';
import { caseBlockEvents, cases, consents, documents, partners, persons, users } from '../db/schema';
import { disputesOfCase } from '../disputes/disputes-repo';
import { entry, type TimelineSource } from '../timeline/timeline-source';
import { referralsOfCase } from './referrals-repo';

// The network's entries in a case's Verlauf: referrals, consents of its persons, documents,
// blocks and disputes. Registered in src-main/core/timeline/timeline.ts. The Verlauf opens with
// every case, so each source is one query, prepared once per connection.

const source = (kind: NetworkTimelineKind, entries: TimelineSource['entries']): TimelineSource => ({ kind, entries });
const caseId = sql.placeholder('caseId');

const referralSource = source('referral', (db, id) =>
  referralsOfCase(db, id).map((r) =>
    entry('referral', { event: 'created', at: r.referredOn, entityId: r.id, userName: r.userName, summary: r.purpose, details: { partner: r.partnerName, personId: r.personId } }),
  ),
);

/** Consents of the case's persons: its primary person and, for a family case, the household. */
const consentRows = preparedPerConnection((db) => {
  const primary = db.orm.select({ id: cases.primaryPersonId }).from(cases).where(eq(cases.id, caseId));
  const members = db.orm.select({ id: persons.id }).from(persons).innerJoin(cases, eq(cases.householdId, persons.householdId)).where(eq(cases.id, caseId));
  return db.orm
    .select({ id: consents.id, personId: consents.personId, purpose: consents.purpose, givenOn: consents.givenOn, validUntil: consents.validUntil, withdrawnOn: consents.withdrawnOn, partnerName: partners.name })
    .from(consents)
    .innerJoin(partners, eq(partners.id, consents.partnerId))
    .where(inArray(consents.personId, primary.union(members)))
    .prepare();
});

const consentSource = source('consent', (db, id) =>
  consentRows(db)
    .all({ caseId: id })
    .flatMap((k) => {
      const details = { partner: k.partnerName, personId: k.personId, validUntil: k.validUntil };
      const given = entry('consent', { event: 'given', at: k.givenOn, entityId: k.id, summary: k.purpose, details });
      return k.withdrawnOn ? [given, entry('consent', { event: 'withdrawn', at: k.withdrawnOn, entityId: k.id, summary: k.purpose, details })] : [given];
    }),
);

const documentRows = preparedPerConnection((db) =>
  db.orm
    .select({ id: documents.id, fileName: documents.fileName, mimeType: documents.mimeType, at: documents.uploadedAt, userName: users.displayName })
    .from(documents)
    .leftJoin(users, eq(users.id, documents.uploadedBy))
    .where(eq(documents.caseId, caseId))
    .prepare(),
);

const documentSource = source('document', (db, id) =>
  documentRows(db)
    .all({ caseId: id })
    .map((d) => entry('document', { event: 'uploaded', at: d.at, entityId: d.id, userName: d.userName, summary: d.fileName, details: { mimeType: d.mimeType } })),
);

const blockRows = preparedPerConnection((db) =>
  db.orm
    .select({ id: caseBlockEvents.id, action: caseBlockEvents.action, at: caseBlockEvents.at, reason: caseBlockEvents.reason, userName: users.displayName })
    .from(caseBlockEvents)
    .leftJoin(users, eq(users.id, caseBlockEvents.userId))
    .where(eq(caseBlockEvents.caseId, caseId))
    .prepare(),
);

const blockSource = source('block', (db, id) =>
  blockRows(db)
    .all({ caseId: id })
    .map((e) => entry('block', { event: e.action, at: e.at, entityId: e.id, userName: e.userName, summary: e.reason })),
);

const disputeSource = source('dispute', (db, id) =>
  disputesOfCase(db, id).flatMap((d) => {
    const details = { entity: d.entity, entityId: d.entityId, field: d.field };
    const marked = entry('dispute', { event: 'marked', at: d.markedOn, entityId: d.id, userName: d.userName, summary: d.note, details });
    return d.resolvedOn ? [marked, entry('dispute', { event: 'resolved', at: d.resolvedOn, entityId: d.id, summary: d.note, details })] : [marked];
  }),
);

export const NETWORK_SOURCES: readonly TimelineSource[] = [referralSource, consentSource, documentSource, blockSource, disputeSource];
