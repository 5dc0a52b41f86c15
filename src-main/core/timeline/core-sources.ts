import { eq, sql } from 'drizzle-orm';
import type { OfficeDb } from '../db/open-encrypted';
import { preparedPerConnection } from '../db/prepared';
import { assessments, casePhaseEvents, followUps, goals, noteRevisions, notes, users } from '../db/schema';
import { entry, type TimelineSource } from './timeline-source';

// The Verlauf sources of the case file itself: phase changes, notes, assessments, goals, follow-ups.
// Each is one query per case, prepared once per connection (the Verlauf opens with every case),
// reading only the columns its entries show.

const caseId = sql.placeholder('caseId');

const phaseRows = preparedPerConnection((db) =>
  db.orm
    .select({
      id: casePhaseEvents.id,
      at: casePhaseEvents.at,
      fromPhase: casePhaseEvents.fromPhase,
      toPhase: casePhaseEvents.toPhase,
      reason: casePhaseEvents.reason,
      explanation: casePhaseEvents.explanation,
      goalAttainment: casePhaseEvents.goalAttainment,
      userName: users.displayName,
    })
    .from(casePhaseEvents)
    .leftJoin(users, eq(users.id, casePhaseEvents.userId))
    .where(eq(casePhaseEvents.caseId, caseId))
    .prepare(),
);

const phases: TimelineSource = {
  kind: 'phase',
  entries: (db, id) =>
    phaseRows(db)
      .all({ caseId: id })
      .map((e) =>
        entry('phase', {
          event: 'transition',
          at: e.at,
          entityId: e.id,
          userName: e.userName,
          summary: e.reason,
          details: { from: e.fromPhase, to: e.toPhase, explanation: e.explanation, goalAttainment: e.goalAttainment },
        }),
      ),
};

const noteRows = preparedPerConnection((db) =>
  db.orm
    .select({ id: notes.id, notedOn: notes.notedOn, text: notes.text, version: notes.version, userName: users.displayName })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorUserId))
    .where(eq(notes.caseId, caseId))
    .prepare(),
);

const noteEdits = preparedPerConnection((db) =>
  db.orm
    .select({ noteId: noteRevisions.noteId, at: noteRevisions.replacedAt, userName: users.displayName })
    .from(noteRevisions)
    .innerJoin(notes, eq(notes.id, noteRevisions.noteId))
    .leftJoin(users, eq(users.id, noteRevisions.replacedBy))
    .where(eq(notes.caseId, caseId))
    .prepare(),
);

function noteEntries(db: OfficeDb, id: string) {
  return [
    ...noteRows(db)
      .all({ caseId: id })
      .map((n) => entry('note', { event: 'created', at: n.notedOn, entityId: n.id, userName: n.userName, summary: n.text, details: { edited: n.version > 0 ? 'true' : null } })),
    ...noteEdits(db)
      .all({ caseId: id })
      .map((r) => entry('note', { event: 'edited', at: r.at, entityId: r.noteId, userName: r.userName })),
  ];
}

const assessmentRows = preparedPerConnection((db) =>
  db.orm
    .select({ id: assessments.id, assessedOn: assessments.assessedOn, needs: assessments.needs, situation: assessments.situation, domain: assessments.domain, rating: assessments.rating })
    .from(assessments)
    .where(eq(assessments.caseId, caseId))
    .prepare(),
);

const assessmentSource: TimelineSource = {
  kind: 'assessment',
  entries: (db, id) =>
    assessmentRows(db)
      .all({ caseId: id })
      .map((a) =>
        entry('assessment', { event: 'assessed', at: a.assessedOn, entityId: a.id, summary: a.needs || a.situation || null, details: { domain: a.domain, rating: a.rating } }),
      ),
};

const goalRows = preparedPerConnection((db) =>
  db.orm
    .select({ id: goals.id, description: goals.description, domain: goals.domain, status: goals.status, dueOn: goals.dueOn, version: goals.version, createdAt: goals.createdAt, updatedAt: goals.updatedAt })
    .from(goals)
    .where(eq(goals.caseId, caseId))
    .prepare(),
);

const goalSource: TimelineSource = {
  kind: 'goal',
  entries: (db, id) =>
    goalRows(db)
      .all({ caseId: id })
      .flatMap((g) => {
        const details = { domain: g.domain, status: g.status, dueOn: g.dueOn };
        const created = entry('goal', { event: 'created', at: g.createdAt, entityId: g.id, summary: g.description, details });
        return g.version > 0 ? [created, entry('goal', { event: 'updated', at: g.updatedAt, entityId: g.id, summary: g.description, details })] : [created];
      }),
};

const followUpRows = preparedPerConnection((db) =>
  db.orm
    .select({ id: followUps.id, note: followUps.note, dueOn: followUps.dueOn, doneOn: followUps.doneOn, createdAt: followUps.createdAt, updatedAt: followUps.updatedAt, owner: users.displayName })
    .from(followUps)
    .leftJoin(users, eq(users.id, followUps.ownerUserId))
    .where(eq(followUps.caseId, caseId))
    .prepare(),
);

const followUpSource: TimelineSource = {
  kind: 'followup',
  entries: (db, id) =>
    followUpRows(db)
      .all({ caseId: id })
      .flatMap((f) => {
        const details = { dueOn: f.dueOn, owner: f.owner };
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
