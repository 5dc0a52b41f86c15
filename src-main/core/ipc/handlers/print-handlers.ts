import { AppError } from '../../errors';
import { caseFilePrintView } from '../../print/case-file-print';
import { consentFormPrintView } from '../../print/consent-form-print';
import { letterheadView, setLetterhead, setLetterheadLogo } from '../../print/letterhead-service';
import { recordDocumentPrint } from '../../print/print-records';
import type { HandlerMap } from '../handler-types';
import { caseCtx } from './case-context';

export type ShellPrintChannel = 'print.toPdf' | 'print.dialog';
type PrintChannel = ShellPrintChannel | 'print.letterhead' | 'print.setLetterhead' | 'print.setLogo' | 'print.caseFile' | 'print.consentForm' | 'print.recorded';

export const NOT_AVAILABLE_MESSAGE = 'Im Browser-Modus bitte über den Browser drucken.';

const notAvailable = (): never => {
  throw new AppError('NOT_AVAILABLE', NOT_AVAILABLE_MESSAGE);
};

/**
 * Printing. The PDF and the system dialog belong to the desktop shell, which replaces the two
 * shell channels when it builds its registry (src-main/electron/print-handlers.ts); everywhere
 * else (browser mode, CLI) they answer NOT_AVAILABLE and the page prints through the browser.
 */
export const printHandlers: HandlerMap<PrintChannel> = {
  'print.toPdf': notAvailable,
  'print.dialog': notAvailable,
  'print.letterhead': (_input, ctx) => letterheadView(ctx.core.office.database()),
  'print.setLetterhead': (input, ctx) => setLetterhead(caseCtx(ctx), input.letterhead),
  'print.setLogo': (input, ctx) => setLetterheadLogo(caseCtx(ctx), input.dataUrl),
  'print.caseFile': (input, ctx) => caseFilePrintView(caseCtx(ctx), input.caseId),
  'print.consentForm': (input, ctx) => consentFormPrintView(caseCtx(ctx), input.consentId),
  'print.recorded': (input, ctx) => recordDocumentPrint(caseCtx(ctx), input),
};
