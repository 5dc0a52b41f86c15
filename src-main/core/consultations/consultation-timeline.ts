import { eq } from 'drizzle-orm';
import { consultationAddenda, consultations, users } from '../db/schema';
import { entry, type TimelineSource } from '../timeline/timeline-source';

// Beratungen in the case's Verlauf: a finalised record on the day it took place, a draft at its
// last save, each addendum when it was written. The summary is the client's text, never the
// internal note.

export const CONSULTATION_TIMELINE_KIND = 'consultation';

const SUMMARY_CHARS = 300;
const excerpt = (text: string): string | null => (text.trim() ? text.trim().slice(0, SUMMARY_CHARS) : null);

export const consultationTimelineSource: TimelineSource = {
  kind: CONSULTATION_TIMELINE_KIND,
  entries: (db, caseId) => {
    const records = db.orm
      .select({ c: consultations, userName: users.displayName })
      .from(consultations)
      .leftJoin(users, eq(users.id, consultations.authorUserId))
      .where(eq(consultations.caseId, caseId))
      .all()
      .map(({ c, userName }) => {
        const finalised = c.finalisedAt !== null;
        return entry(CONSULTATION_TIMELINE_KIND, {
          event: finalised ? 'held' : 'draft',
          at: finalised ? (c.heldOn ?? c.finalisedAt ?? c.updatedAt) : c.updatedAt,
          entityId: c.id,
          userName,
          summary: excerpt(c.summary),
          details: { form: c.form, startTime: c.startTime, status: finalised ? 'abgeschlossen' : 'entwurf' },
        });
      });
    const addenda = db.orm
      .select({ a: consultationAddenda, userName: users.displayName })
      .from(consultationAddenda)
      .innerJoin(consultations, eq(consultations.id, consultationAddenda.consultationId))
      .leftJoin(users, eq(users.id, consultationAddenda.authorUserId))
      .where(eq(consultations.caseId, caseId))
      .all()
      .map(({ a, userName }) =>
        entry(CONSULTATION_TIMELINE_KIND, {
          event: 'addendum',
          at: a.createdAt,
          entityId: a.consultationId,
          userName,
          summary: excerpt(a.text),
          details: { reason: a.reason },
        }),
      );
    return [...records, ...addenda];
  },
};
