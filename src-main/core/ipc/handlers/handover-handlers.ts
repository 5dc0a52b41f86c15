import { exportForDownload, importUpload, previewUpload } from '../../handover/handover-office';
import type { HandlerMap } from '../handler-types';
import { caseCtx } from './case-context';

type HandoverChannel = 'handover.export' | 'handover.preview' | 'handover.import';

export const handoverHandlers: HandlerMap<HandoverChannel> = {
  'handover.export': (input, ctx) => exportForDownload(ctx.core.office, caseCtx(ctx), input),
  'handover.preview': (input, ctx) => previewUpload(ctx.core.office, caseCtx(ctx), input.contentBase64, input.passphrase),
  'handover.import': (input, ctx) => importUpload(ctx.core.office, caseCtx(ctx), input),
};
