import { createHash } from 'node:crypto';
import { detectDocumentType, DOCUMENT_TYPES, MAX_DOCUMENT_BYTES, type DocumentMimeType } from '../../contract/channels/documents';
import { AppError } from '../errors';
import { extensionOf, extensionsOf } from './file-type';

export interface CheckedFile {
  fileName: string;
  mimeType: DocumentMimeType;
  bytes: Buffer;
  sha256: string;
}

const ALL_EXTENSIONS = new Set<string>(DOCUMENT_TYPES.flatMap((t) => t.extensions));
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAX_MB = MAX_DOCUMENT_BYTES / (1024 * 1024);

/** Bytes the base64 text decodes to, known before decoding so an oversized upload is never allocated. */
const decodedLength = (b64: string) => (b64.length / 4) * 3 - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);

/** Keeps only the last path segment and drops control characters, so a name cannot point anywhere. */
export function cleanFileName(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return last.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

/**
 * The stored name must open with the right program after an export: a missing or foreign
 * extension gets the content's one appended; an extension of another accepted type is refused.
 */
function nameFor(name: string, mimeType: DocumentMimeType): string {
  const own = extensionsOf(mimeType);
  const ext = extensionOf(name);
  if (own.includes(ext)) return name;
  if (ALL_EXTENSIONS.has(ext)) {
    throw new AppError('VALIDATION', `Die Dateiendung passt nicht zum Inhalt der Datei. Erwartet wird: .${own.join(' oder .')}.`, { field: 'fileName' });
  }
  return `${name}.${own[0] ?? ''}`;
}

/** Decodes and checks an upload: size (TOO_LARGE), real type by magic bytes, a matching file name. */
export function checkUpload(fileName: string, contentBase64: string): CheckedFile {
  if (contentBase64.length % 4 !== 0 || !BASE64.test(contentBase64)) {
    throw new AppError('VALIDATION', 'Der Dateiinhalt ist beschädigt angekommen. Bitte laden Sie die Datei erneut hoch.', { field: 'contentBase64' });
  }
  if (decodedLength(contentBase64) > MAX_DOCUMENT_BYTES) {
    throw new AppError('TOO_LARGE', `Die Datei ist größer als ${MAX_MB} MB. Bitte verkleinern Sie sie (z. B. als PDF mit geringerer Auflösung).`, { maxBytes: MAX_DOCUMENT_BYTES });
  }
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Die Datei ist leer.', { field: 'contentBase64' });
  const mimeType = detectDocumentType(bytes);
  if (!mimeType) {
    throw new AppError('VALIDATION', 'Dieser Dateityp wird nicht angenommen. Erlaubt sind PDF-Dokumente sowie Bilder im PNG- oder JPEG-Format.', { field: 'contentBase64' });
  }
  const name = cleanFileName(fileName);
  if (!name) throw new AppError('VALIDATION', 'Bitte geben Sie einen Dateinamen an.', { field: 'fileName' });
  return { fileName: nameFor(name, mimeType), mimeType, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
