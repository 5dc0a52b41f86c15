import { eq, sql } from 'drizzle-orm';
import { preparedPerConnection } from '../db/prepared';
import { consultationAddenda, consultations, users } from '../db/schema';
import { entry, type TimelineSource } from '../timeline/timeline-source';

// Beratungen in the case's Verlauf: a finalised record on the day it took place, a draft at its
// last save, each addendum when it was written. The summary is the client's text, never the
// internal note.

export const CONSULTATION_TIMELINE_KIND = 'consultation';

const SUMMARY_CHARS = 300;
const excerpt = (text: string): string | null => (text.trim() ? text.trim().slice(0, SUMMARY_CHARS) : null);

// The Verlauf opens with every case: both queries are prepared once per connection and read only
// what the entries show.
const caseId = sql.placeholder('caseId');

const recordRows = preparedPerConnection((db) =>
  db.orm
    .select({
      id: consultations.id,
      finalisedAt: consultations.finalisedAt,
      heldOn: consultations.heldOn,
      updatedAt: consultations.updatedAt,
      summary: consultations.summary,
      form: consultations.form,
      startTime: consultations.startTime,
      userName: users.displayName,
    })
    .from(consultations)
    .leftJoin(users, eq(users.id, consultations.authorUserId))
    .where(eq(consultations.caseId, caseId))
    .prepare(),
);

const addendumRows = preparedPerConnection((db) =>
  db.orm
    .select({ consultationId: consultationAddenda.consultationId, createdAt: consultationAddenda.createdAt, text: consultationAddenda.text, reason: consultationAddenda.reason, userName: users.displayName })
    .from(consultationAddenda)
    .innerJoin(consultations, eq(consultations.id, consultationAddenda.consultationId))
    .leftJoin(users, eq(users.id, consultationAddenda.authorUserId))
    .where(eq(consultations.caseId, caseId))
    .prepare(),
);

export const consultationTimelineSource: TimelineSource = {
  kind: CONSULTATION_TIMELINE_KIND,
  entries: (db, id) => {
    const records = recordRows(db)
      .all({ caseId: id })
      .map((c) => {
        const finalised = c.finalisedAt !== null;
        return entry(CONSULTATION_TIMELINE_KIND, {
          event: finalised ? 'held' : 'draft',
          at: finalised ? (c.heldOn ?? c.finalisedAt ?? c.updatedAt) : c.updatedAt,
          entityId: c.id,
          userName: c.userName,
          summary: excerpt(c.summary),
          details: { form: c.form, startTime: c.startTime, status: finalised ? 'abgeschlossen' : 'entwurf' },
        });
      });
    const addenda = addendumRows(db)
      .all({ caseId: id })
      .map((a) =>
        entry(CONSULTATION_TIMELINE_KIND, {
          event: 'addendum',
          at: a.createdAt,
          entityId: a.consultationId,
          userName: a.userName,
          summary: excerpt(a.text),
          details: { reason: a.reason },
        }),
      );
    return [...records, ...addenda];
  },
};
