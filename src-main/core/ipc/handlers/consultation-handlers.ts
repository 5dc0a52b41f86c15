import { addAddendum } from '../../consultations/addendum-service';
import { consultationPrintView, recordConsultationPrint } from '../../consultations/consultation-print';
import { createConsultation, deleteDraft, getConsultation, listConsultations, saveDraft } from '../../consultations/consultation-service';
import { finaliseConsultation } from '../../consultations/finalise-service';
import type { HandlerMap } from '../handler-types';
import { caseCtx } from './case-context';

type ConsultationChannel =
  | 'consultations.create'
  | 'consultations.get'
  | 'consultations.listForCase'
  | 'consultations.saveDraft'
  | 'consultations.finalise'
  | 'consultations.addAddendum'
  | 'consultations.deleteDraft'
  | 'consultations.printView'
  | 'consultations.printed';

/** Beratungsdokumentation (issue "Consultation records and printing"). */
export const consultationHandlers: HandlerMap<ConsultationChannel> = {
  'consultations.create': (input, ctx) => createConsultation(caseCtx(ctx), input),
  'consultations.get': (input, ctx) => getConsultation(caseCtx(ctx), input.id),
  'consultations.listForCase': (input, ctx) => listConsultations(caseCtx(ctx), input.caseId),
  'consultations.saveDraft': (input, ctx) => saveDraft(caseCtx(ctx), input),
  'consultations.finalise': (input, ctx) => finaliseConsultation(caseCtx(ctx), input),
  'consultations.addAddendum': (input, ctx) => addAddendum(caseCtx(ctx), input),
  'consultations.deleteDraft': (input, ctx) => deleteDraft(caseCtx(ctx), input),
  'consultations.printView': (input, ctx) => consultationPrintView(caseCtx(ctx), input),
  'consultations.printed': (input, ctx) => recordConsultationPrint(caseCtx(ctx), input),
};
