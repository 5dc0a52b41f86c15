import { addBarrierLog, createBarrier, getBarrier, listBarriers, setBarrierStatus, updateBarrier } from '../../barriers/barrier-service';
import { createBarrierFromCase, linkCaseToBarrier, linksForCase, unlinkCase } from '../../barriers/case-links';
import { exportReportAsBase64 } from '../../reports/report-export';
import { lenkungsgruppeReport, statisticsReport } from '../../reports/statistics';
import type { HandlerMap } from '../handler-types';
import { caseCtx } from './case-context';

type ReportChannel =
  | 'barriers.list'
  | 'barriers.get'
  | 'barriers.create'
  | 'barriers.update'
  | 'barriers.setStatus'
  | 'barriers.addLog'
  | 'barriers.linkCase'
  | 'barriers.createFromCase'
  | 'barriers.unlinkCase'
  | 'barriers.linksForCase'
  | 'reports.statistics'
  | 'reports.lenkungsgruppe'
  | 'reports.export';

export const reportHandlers: HandlerMap<ReportChannel> = {
  'barriers.list': (input, { core }) => listBarriers(core.office.database(), input),
  'barriers.get': (input, { core }) => getBarrier(core.office.database(), input.id),
  'barriers.create': (input, ctx) => createBarrier(caseCtx(ctx), input),
  'barriers.update': (input, ctx) => updateBarrier(caseCtx(ctx), input),
  'barriers.setStatus': (input, ctx) => setBarrierStatus(caseCtx(ctx), input),
  'barriers.addLog': (input, ctx) => addBarrierLog(caseCtx(ctx), input),
  'barriers.linkCase': (input, ctx) => linkCaseToBarrier(caseCtx(ctx), input),
  'barriers.createFromCase': (input, ctx) => createBarrierFromCase(caseCtx(ctx), input),
  'barriers.unlinkCase': (input, ctx) => {
    unlinkCase(caseCtx(ctx), input.linkId);
    return null;
  },
  'barriers.linksForCase': (input, ctx) => linksForCase(caseCtx(ctx), input.caseId),
  'reports.statistics': (input, ctx) => statisticsReport(caseCtx(ctx), input),
  'reports.lenkungsgruppe': (input, ctx) => lenkungsgruppeReport(caseCtx(ctx), input),
  'reports.export': (input, ctx) => exportReportAsBase64(caseCtx(ctx), input),
};
