import { z } from 'zod';
import { channel } from '../define';
import { id, line, requiredLine } from '../fields';

export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

/** File types a case file accepts, recognised by their content (magic bytes), not their name. */
export const DOCUMENT_TYPES = [
  { mimeType: 'application/pdf', extensions: ['pdf'] },
  { mimeType: 'image/png', extensions: ['png'] },
  { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
] as const;
export type DocumentMimeType = (typeof DOCUMENT_TYPES)[number]['mimeType'];

// Leading bytes of each accepted type; shared so the renderer checks a file before sending it.
const SIGNATURES: { mimeType: DocumentMimeType; magic: number[] }[] = [
  { mimeType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mimeType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mimeType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** Bytes the type check needs from the start of a file. */
export const SIGNATURE_BYTES = 8;

/** The type by content (magic bytes), whatever the name says; null for anything else. */
export function detectDocumentType(bytes: Uint8Array): DocumentMimeType | null {
  return SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b))?.mimeType ?? null;
}

export interface DocumentView {
  id: string;
  caseId: string;
  personId: string | null;
  fileName: string;
  mimeType: DocumentMimeType;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  uploadedAt: string;
  uploadedByName: string | null;
}

export interface DocumentContent {
  fileName: string;
  mimeType: DocumentMimeType;
  sha256: string;
  contentBase64: string;
}

/** Base64 of the largest file plus room for the other fields and JSON quoting. */
export const MAX_UPLOAD_INPUT_BYTES = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 64 * 1024;

const caseWorkers = ['fallmanagement', 'administration'] as const;

export const documentsChannels = {
  'documents.upload': channel<DocumentView>()(
    z
      .object({
        caseId: id,
        personId: id.optional(),
        fileName: requiredLine(255),
        description: line(500).optional(),
        // Size is checked on the decoded bytes (TOO_LARGE); the channel limit bounds the string.
        contentBase64: z.string().min(1),
      })
      .strict(),
    caseWorkers,
    MAX_UPLOAD_INPUT_BYTES,
  ),
  'documents.list': channel<DocumentView[]>()(z.object({ caseId: id }).strict(), 'user'),
  /** The file's bytes for viewing or saving; the renderer builds the download itself, no temp file. */
  'documents.download': channel<DocumentContent>()(z.object({ id }).strict(), 'user'),
  'documents.remove': channel<null>()(z.object({ id }).strict(), caseWorkers),
};
