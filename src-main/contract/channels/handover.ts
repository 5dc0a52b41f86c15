import { z } from 'zod';
import { channel, MAX_HTTP_BODY_BYTES } from '../define';
import { id } from '../fields';
import { MIN_BACKUP_PASSPHRASE_LENGTH } from './backup';
import type { DuplicateCandidate } from './persons';

// Fallübergabe: one or more cases in an encrypted .kimcase file, handed to another office and
// taken over there. The file travels as base64 (browser mode has no file system access).

const caseWorkers = ['fallmanagement', 'administration'] as const;

/** Largest .kimcase accepted over the transport, and the base64 string that carries it. */
export const MAX_HANDOVER_FILE_BYTES = 256 * 1024 * 1024;
const MAX_HANDOVER_INPUT_BYTES = Math.ceil(MAX_HANDOVER_FILE_BYTES / 3) * 4 + 64 * 1024;
/** Browser mode carries the file inside one HTTP request body (base64 plus the JSON around it), which is smaller. */
export const MAX_BROWSER_HANDOVER_FILE_BYTES = Math.floor((MAX_HTTP_BODY_BYTES - 64 * 1024) / 4) * 3;

export const handoverFile = z.string().min(1).regex(/^[A-Za-z0-9+/]+={0,2}$/);
const passphrase = z.string().min(1).max(1024);

export const personDecision = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('new') }).strict(),
  z.object({ mode: z.literal('merge'), existingPersonId: id }).strict(),
]);
export type PersonDecision = z.infer<typeof personDecision>;

export interface HandoverExported {
  fileName: string;
  contentBase64: string;
  fileBytes: number;
  recordCounts: Record<string, number>;
}

export interface HandoverPersonPreview {
  /** The person's id inside the file: the key of the import decision. */
  ref: string;
  familyName: string;
  givenNames: string;
  birthYear: number | null;
  primary: boolean;
  /** Existing persons with the same name key and birth year (readable ones). */
  matches: DuplicateCandidate[];
  hiddenMatches: number;
}

export interface HandoverCasePreview {
  ref: string;
  caseNumber: string;
  phase: string;
  kommuneName: string | null;
  /** The Kommune of the same name in this office, if any; otherwise the import needs `kommuneId`. */
  kommuneId: string | null;
  persons: HandoverPersonPreview[];
  counts: Record<string, number>;
}

export interface HandoverPreview {
  createdAt: string;
  appVersion: string;
  fromOffice: string;
  recipient: { name: string; kind: string };
  cases: HandoverCasePreview[];
}

export interface HandoverImported {
  cases: { ref: string; caseId: string; caseNumber: string; originalCaseNumber: string }[];
  personsCreated: number;
  personsMerged: number;
}

export const handoverChannels = {
  /** Checks access and the primary persons' consent for the recipient, then returns the encrypted file. */
  'handover.export': channel<HandoverExported>()(
    z
      .object({
        caseIds: z.array(id).min(1).max(50),
        recipientPartnerId: id,
        passphrase: z.string().min(MIN_BACKUP_PASSPHRASE_LENGTH).max(1024),
      })
      .strict(),
    caseWorkers,
  ),
  /** Decrypts and verifies the file; lists its cases, persons and likely existing matches. Changes nothing. */
  'handover.preview': channel<HandoverPreview>()(
    z.object({ contentBase64: handoverFile, passphrase }).strict(),
    caseWorkers,
    MAX_HANDOVER_INPUT_BYTES,
  ),
  /** Takes the cases over in one transaction; every person of the file needs a decision. */
  'handover.import': channel<HandoverImported>()(
    z
      .object({
        contentBase64: handoverFile,
        passphrase,
        decisions: z.record(id, personDecision),
        /** Kommune for cases whose Kommune has no namesake here. */
        kommuneId: id.optional(),
      })
      .strict(),
    caseWorkers,
    MAX_HANDOVER_INPUT_BYTES,
  ),
};
