import type { z } from 'zod';
import type { NoteRevisionView, NoteView, notesChannels } from '../../contract/channels/notes';
import { appendAudit } from '../audit/audit-log';
import { assertCaseReadable, assertCaseWritable } from '../cases/case-access';
import { touchCase } from '../cases/cases-repo';
import { berlinToday, refuse, type CaseCtx } from '../cases/service-context';
import { expectVersion } from '../db/expect-version';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { AppError } from '../errors';
import { indexDocument } from '../search/search-index';
import { findNote, insertNote, NOTE_NOT_FOUND, notesOfCase, noteView, reviseNote, revisionsOf, type NoteRow } from './notes-repo';

type CreateInput = z.output<(typeof notesChannels)['notes.create']['input']>;
type UpdateInput = z.output<(typeof notesChannels)['notes.update']['input']>;

export const indexNote = (db: OfficeDb, n: Pick<NoteRow, 'id' | 'caseId' | 'notedOn'>, text: string) =>
  indexDocument(db, { entity: 'note', entityId: n.id, caseId: n.caseId, title: '', body: text });

function loadNote(db: OfficeDb, id: string): NoteRow {
  const note = findNote(db, id);
  if (!note) throw new AppError('NOT_FOUND', NOTE_NOT_FOUND);
  return note;
}

export function createNote(ctx: CaseCtx, input: CreateInput): NoteView {
  const { db } = ctx;
  return inTransaction(db, () => {
    assertCaseWritable(db, input.caseId, ctx.actor);
    const today = berlinToday(ctx.at);
    const notedOn = input.notedOn || today;
    if (notedOn > today) refuse('Das Datum der Notiz darf nicht in der Zukunft liegen.', [{ path: 'notedOn', code: 'future_date' }]);
    const row = insertNote(db, { caseId: input.caseId, authorUserId: ctx.actor.userId, notedOn, text: input.text }, ctx.at);
    indexNote(db, row, row.text);
    touchCase(db, input.caseId, ctx.at);
    appendAudit(db, { userId: ctx.actor.userId, action: 'note.create', entity: 'note', entityId: row.id }, ctx.at);
    return noteView(db, row.id);
  });
}

/** Edits keep history: the replaced text becomes a revision, the note shows "bearbeitet". */
export function updateNote(ctx: CaseCtx, input: UpdateInput): NoteView {
  const { db } = ctx;
  return inTransaction(db, () => {
    const found = loadNote(db, input.id);
    assertCaseWritable(db, found.caseId, ctx.actor);
    const before = expectVersion(found, input.version, NOTE_NOT_FOUND);
    if (before.text === input.text) return noteView(db, before.id);
    reviseNote(db, before, input.text, ctx.actor.userId, ctx.at);
    indexNote(db, before, input.text);
    touchCase(db, before.caseId, ctx.at);
    appendAudit(db, { userId: ctx.actor.userId, action: 'note.update', entity: 'note', entityId: before.id }, ctx.at);
    return noteView(db, before.id);
  });
}

export function listNotes(ctx: CaseCtx, caseId: string): NoteView[] {
  const { db } = ctx;
  return inTransaction(db, () => {
    assertCaseReadable(db, caseId, ctx.actor);
    appendAudit(db, { userId: ctx.actor.userId, action: 'note.list', entity: 'case', entityId: caseId }, ctx.at);
    return notesOfCase(db, caseId);
  });
}

export function noteHistory(ctx: CaseCtx, noteId: string): NoteRevisionView[] {
  const { db } = ctx;
  return inTransaction(db, () => {
    const note = loadNote(db, noteId);
    assertCaseReadable(db, note.caseId, ctx.actor);
    appendAudit(db, { userId: ctx.actor.userId, action: 'note.history', entity: 'note', entityId: noteId }, ctx.at);
    return revisionsOf(db, noteId);
  });
}
