import { completeFollowUp, createFollowUp, listFollowUps } from '../../followups/followups-service';
import { createNote, listNotes, noteHistory, updateNote } from '../../notes/notes-service';
import { getPlan, saveAssessment, saveGoal, saveMeasure } from '../../plan/plan-service';
import { searchAll } from '../../search/search-service';
import { caseTimeline } from '../../timeline/timeline';
import { todayOverview } from '../../today/today-service';
import type { HandlerMap } from '../handler-types';
import { caseCtx } from './case-context';

type CaseworkChannel =
  | 'plan.get'
  | 'assessments.save'
  | 'goals.save'
  | 'measures.save'
  | 'followups.create'
  | 'followups.complete'
  | 'followups.list'
  | 'notes.create'
  | 'notes.update'
  | 'notes.list'
  | 'notes.history'
  | 'timeline.get'
  | 'search.global'
  | 'today.overview';

export const caseworkHandlers: HandlerMap<CaseworkChannel> = {
  'plan.get': (input, ctx) => getPlan(caseCtx(ctx), input.caseId),
  'assessments.save': (input, ctx) => saveAssessment(caseCtx(ctx), input),
  'goals.save': (input, ctx) => saveGoal(caseCtx(ctx), input),
  'measures.save': (input, ctx) => saveMeasure(caseCtx(ctx), input),
  'followups.create': (input, ctx) => createFollowUp(caseCtx(ctx), input),
  'followups.complete': (input, ctx) => completeFollowUp(caseCtx(ctx), input),
  'followups.list': (input, ctx) => listFollowUps(caseCtx(ctx), input),
  'notes.create': (input, ctx) => createNote(caseCtx(ctx), input),
  'notes.update': (input, ctx) => updateNote(caseCtx(ctx), input),
  'notes.list': (input, ctx) => listNotes(caseCtx(ctx), input.caseId),
  'notes.history': (input, ctx) => noteHistory(caseCtx(ctx), input.id),
  'timeline.get': (input, ctx) => caseTimeline(caseCtx(ctx), input),
  'search.global': (input, ctx) => searchAll(caseCtx(ctx), input),
  'today.overview': (_input, ctx) => todayOverview(caseCtx(ctx)),
};
