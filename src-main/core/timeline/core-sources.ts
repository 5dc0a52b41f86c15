import { eq } from 'drizzle-orm';
import type { OfficeDb } from '../db/open-encrypted';
import { assessments, casePhaseEvents, followUps, goals, noteRevisions, notes, users } from '../db/schema';
import { entry, type TimelineSource } from './timeline-source';

// The Verlauf sources of the case file itself: phase changes, notes, assessments, goals, follow-ups.

const phases: TimelineSource = {
  kind: 'phase',
  entries: (db, caseId) =>
    db.orm
      .select({ e: casePhaseEvents, userName: users.displayName })
      .from(casePhaseEvents)
      .leftJoin(users, eq(users.id, casePhaseEvents.userId))
      .where(eq(casePhaseEvents.caseId, caseId))
      .all()
      .map(({ e, userName }) =>
        entry('phase', {
          event: 'transition',
          at: e.at,
          entityId: e.id,
          userName,
          summary: e.reason,
          details: { from: e.fromPhase, to: e.toPhase, explanation: e.explanation, goalAttainment: e.goalAttainment },
        }),
      ),
};

function noteEntries(db: OfficeDb, caseId: string) {
  const rows = db.orm
    .select({ n: notes, userName: users.displayName })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorUserId))
    .where(eq(notes.caseId, caseId))
    .all();
  const edits = db.orm
    .select({ noteId: noteRevisions.noteId, at: noteRevisions.replacedAt, userName: users.displayName })
    .from(noteRevisions)
    .innerJoin(notes, eq(notes.id, noteRevisions.noteId))
    .leftJoin(users, eq(users.id, noteRevisions.replacedBy))
    .where(eq(notes.caseId, caseId))
    .all();
  return [
    ...rows.map(({ n, userName }) =>
      entry('note', { event: 'created', at: n.notedOn, entityId: n.id, userName, summary: n.text, details: { edited: n.version > 0 ? 'true' : null } }),
    ),
    ...edits.map((r) => entry('note', { event: 'edited', at: r.at, entityId: r.noteId, userName: r.userName })),
  ];
}

const assessmentSource: TimelineSource = {
  kind: 'assessment',
  entries: (db, caseId) =>
    db.orm
      .select()
      .from(assessments)
      .where(eq(assessments.caseId, caseId))
      .all()
      .map((a) =>
        entry('assessment', { event: 'assessed', at: a.assessedOn, entityId: a.id, summary: a.needs || a.situation || null, details: { domain: a.domain, rating: a.rating } }),
      ),
};

const goalSource: TimelineSource = {
  kind: 'goal',
  entries: (db, caseId) =>
    db.orm
      .select()
      .from(goals)
      .where(eq(goals.caseId, caseId))
      .all()
      .flatMap((g) => {
        const details = { domain: g.domain, status: g.status, dueOn: g.dueOn };
        const created = entry('goal', { event: 'created', at: g.createdAt, entityId: g.id, summary: g.description, details });
        return g.version > 0 ? [created, entry('goal', { event: 'updated', at: g.updatedAt, entityId: g.id, summary: g.description, details })] : [created];
      }),
};

const followUpSource: TimelineSource = {
  kind: 'followup',
  entries: (db, caseId) =>
    db.orm
      .select({ f: followUps, owner: users.displayName })
      .from(followUps)
      .leftJoin(users, eq(users.id, followUps.ownerUserId))
      .where(eq(followUps.caseId, caseId))
      .all()
      .flatMap(({ f, owner }) => {
        const details = { dueOn: f.dueOn, owner };
        const created = entry('followup', { event: 'created', at: f.createdAt, entityId: f.id, summary: f.note, details });
        // Done follow-ups are never edited again, so their last change is the moment they were done.
        return f.doneOn ? [created, entry('followup', { event: 'done', at: f.updatedAt, entityId: f.id, summary: f.note, details: { ...details, doneOn: f.doneOn } })] : [created];
      }),
};

export const CASE_FILE_SOURCES: readonly TimelineSource[] = [
  phases,
  { kind: 'note', entries: noteEntries },
  assessmentSource,
  goalSource,
  followUpSource,
];
