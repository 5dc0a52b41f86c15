import { randomUUID } from 'node:crypto';
import { asc, desc, eq } from 'drizzle-orm';
import type { NoteRevisionView, NoteView } from '../../contract/channels/notes';
import type { OfficeDb } from '../db/open-encrypted';
import { noteRevisions, notes, users } from '../db/schema';

export type NoteRow = typeof notes.$inferSelect;

export const NOTE_NOT_FOUND = 'Diese Notiz existiert nicht.';

/** A note is "bearbeitet" once its version moved past the first. */
const toView = (r: NoteRow, authorName: string | null): NoteView => ({
  id: r.id,
  caseId: r.caseId,
  authorUserId: r.authorUserId,
  authorName,
  notedOn: r.notedOn,
  text: r.text,
  edited: r.version > 0,
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const withAuthor = (db: OfficeDb) =>
  db.orm.select({ note: notes, authorName: users.displayName }).from(notes).leftJoin(users, eq(users.id, notes.authorUserId));

export const findNote = (db: OfficeDb, id: string): NoteRow | undefined => db.orm.select().from(notes).where(eq(notes.id, id)).get();

export function noteView(db: OfficeDb, id: string): NoteView {
  const row = withAuthor(db).where(eq(notes.id, id)).get();
  if (!row) throw new Error('note vanished inside its transaction');
  return toView(row.note, row.authorName);
}

/** Newest first. */
export function notesOfCase(db: OfficeDb, caseId: string): NoteView[] {
  return withAuthor(db)
    .where(eq(notes.caseId, caseId))
    .orderBy(desc(notes.notedOn), desc(notes.createdAt))
    .all()
    .map((r) => toView(r.note, r.authorName));
}

export function insertNote(db: OfficeDb, values: Pick<NoteRow, 'caseId' | 'authorUserId' | 'notedOn' | 'text'>, at: Date): NoteRow {
  const stamp = at.toISOString();
  return db.orm.insert(notes).values({ ...values, id: randomUUID(), version: 0, createdAt: stamp, updatedAt: stamp }).returning().get();
}

/** Replaces the text and keeps the old one as a revision, in the caller's transaction. */
export function reviseNote(db: OfficeDb, before: NoteRow, text: string, userId: string, at: Date): void {
  const stamp = at.toISOString();
  db.orm.insert(noteRevisions).values({ id: randomUUID(), noteId: before.id, text: before.text, replacedAt: stamp, replacedBy: userId }).run();
  db.orm.update(notes).set({ text, version: before.version + 1, updatedAt: stamp }).where(eq(notes.id, before.id)).run();
}

/** Earlier texts, newest first. */
export function revisionsOf(db: OfficeDb, noteId: string): NoteRevisionView[] {
  return db.orm
    .select({ id: noteRevisions.id, text: noteRevisions.text, replacedAt: noteRevisions.replacedAt, replacedByName: users.displayName })
    .from(noteRevisions)
    .leftJoin(users, eq(users.id, noteRevisions.replacedBy))
    .where(eq(noteRevisions.noteId, noteId))
    .orderBy(desc(noteRevisions.replacedAt), asc(noteRevisions.id))
    .all();
}
