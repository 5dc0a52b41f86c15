import { z } from 'zod';
import { channel } from '../define';
import { id, version } from '../fields';
import { optDate } from './casefile-fields';

export interface NoteView {
  id: string;
  caseId: string;
  authorUserId: string | null;
  authorName: string | null;
  notedOn: string;
  text: string;
  /** True once the note was changed after it was written ("bearbeitet"). */
  edited: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An earlier text of a note, replaced at `replacedAt`. */
export interface NoteRevisionView {
  id: string;
  text: string;
  replacedAt: string;
  replacedByName: string | null;
}

const noteText = z.string().trim().min(1).max(20_000);
const caseWorkers = ['fallmanagement', 'administration'] as const;

export const notesChannels = {
  /** notedOn defaults to today (Berlin). */
  'notes.create': channel<NoteView>()(z.object({ caseId: id, text: noteText, notedOn: optDate }).strict(), caseWorkers),
  /** Keeps the replaced text as a revision. */
  'notes.update': channel<NoteView>()(z.object({ id, version, text: noteText }).strict(), caseWorkers),
  'notes.list': channel<NoteView[]>()(z.object({ caseId: id }).strict(), 'user'),
  /** Earlier texts, newest first. */
  'notes.history': channel<NoteRevisionView[]>()(z.object({ id }).strict(), 'user'),
};
