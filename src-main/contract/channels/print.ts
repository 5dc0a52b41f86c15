import { z } from 'zod';
import { channel } from '../define';
import { id } from '../fields';
import type { CaseView } from './cases';
import type { ConsentView } from './consents';
import { PRINT_OUTPUTS } from './consultation-fields';
import type { ConsultationPrintView } from './consultations';
import type { FollowUpView } from './followups';
import { LOGO_MIME_TYPES, MAX_LOGO_DATA_URL_CHARS, letterheadInput, type Letterhead } from './letterhead';
import type { PlanView } from './plan';
import type { TimelineEntry } from './timeline';

export interface LetterheadView {
  letterhead: Letterhead;
  /** The logo chosen by the administration, as a data URL; null: the app's default (if any). */
  logoDataUrl: string | null;
}

/** A whole case file as one document (Art. 15 DSGVO access request, handover). */
export interface CaseFilePrintView {
  case: CaseView;
  plan: PlanView;
  followUps: FollowUpView[];
  /** File copies (complete), oldest first. */
  consultations: ConsultationPrintView[];
  /** Newest first, as on the case page. */
  timeline: TimelineEntry[];
}

export interface ConsentFormPrintView {
  consent: ConsentView;
  person: { name: string; birthDate: string | null; street: string | null; postalCode: string | null; city: string | null };
  recipient: { name: string; street: string | null; postalCode: string | null; city: string | null };
  caseNumber: string | null;
}

export const PRINT_DOCUMENTS = ['fallakte', 'einwilligung'] as const;

const logoDataUrl = z
  .string()
  .max(MAX_LOGO_DATA_URL_CHARS)
  .regex(new RegExp(`^data:(${LOGO_MIME_TYPES.map((t) => t.replace('+', '\\+')).join('|')});base64,[A-Za-z0-9+/]+={0,2}$`));

const pdfFileName = z
  .string()
  .trim()
  .min(5)
  .max(120)
  .regex(/^[^\\/:*?"<>|\p{Cc}]+\.pdf$/iu);

export const printChannels = {
  /**
   * The desktop shell saves the current page as an A4 PDF (save dialog first); `path` null when the
   * user cancelled. Browser mode answers NOT_AVAILABLE: the page then prints through the browser.
   */
  'print.toPdf': channel<{ path: string | null }>()(z.object({ fileName: pdfFileName }).strict(), 'user'),
  /** The desktop shell's system print dialog; NOT_AVAILABLE in browser mode (window.print there). */
  'print.dialog': channel<{ printed: boolean }>()(z.object({}).strict(), 'user'),
  'print.letterhead': channel<LetterheadView>()(z.object({}).strict(), 'user'),
  'print.setLetterhead': channel<LetterheadView>()(z.object({ letterhead: letterheadInput }).strict(), ['administration']),
  /** PNG, JPEG or SVG up to 500 KB; null restores the default. */
  'print.setLogo': channel<LetterheadView>()(
    z.object({ dataUrl: logoDataUrl.nullable() }).strict(),
    ['administration'],
    MAX_LOGO_DATA_URL_CHARS + 1024,
  ),
  'print.caseFile': channel<CaseFilePrintView>()(z.object({ caseId: id }).strict(), 'user'),
  'print.consentForm': channel<ConsentFormPrintView>()(z.object({ consentId: id }).strict(), 'user'),
  /** The renderer reports a print or PDF of a case file or consent form: one audit event each. */
  'print.recorded': channel<{ recorded: true }>()(
    z.object({ document: z.enum(PRINT_DOCUMENTS), id, output: z.enum(PRINT_OUTPUTS) }).strict(),
    'user',
  ),
};
