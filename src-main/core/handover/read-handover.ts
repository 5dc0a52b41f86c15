import { createHash } from 'node:crypto';
import { readArchive, type EntrySink } from '../backup/archive';
import { openContainerReader, type ContainerHeader } from '../backup/container';
import { AppError } from '../errors';
import { documentEntry, handoverPayloadSchema, MAX_PAYLOAD_BYTES, PAYLOAD_ENTRY, type HandoverPayload } from './payload';

// Opens a .kimcase file: kind and passphrase are checked before any chunk is read; the payload is
// only handed back once the whole file (content hash, end of file) verified. Nothing is written to
// disk: the JSON and, for an import, the documents are kept in memory.

export interface HandoverContent {
  header: ContainerHeader;
  payload: HandoverPayload;
  /** Document bytes by their id in the file; empty when documents were not requested. */
  documents: Map<string, Buffer>;
}

/** Document bytes held in memory at once during an import. */
export const MAX_IMPORT_DOCUMENT_BYTES = 1024 * 1024 * 1024;

const damaged = (what: string) =>
  new AppError('VALIDATION', 'Die Übergabedatei ist fehlerhaft aufgebaut und kann nicht übernommen werden.', { reason: 'HANDOVER_DAMAGED', what });

/** Collects one entry's bytes, refusing more than `limit`. */
function collector(limit: number, done: (bytes: Buffer) => void): EntrySink {
  const parts: Buffer[] = [];
  let size = 0;
  return {
    write(piece) {
      size += piece.length;
      if (size > limit) throw new AppError('TOO_LARGE', 'Die Übergabedatei ist zu groß, um sie zu übernehmen.');
      parts.push(Buffer.from(piece));
    },
    end: () => done(Buffer.concat(parts)),
  };
}

const skip: EntrySink = { write: () => undefined, end: () => undefined };

function parsePayload(json: Buffer | null): HandoverPayload {
  if (!json) throw damaged('payload-missing');
  let raw: unknown;
  try {
    raw = JSON.parse(json.toString('utf8'));
  } catch {
    throw damaged('payload-json');
  }
  const parsed = handoverPayloadSchema.safeParse(raw);
  if (!parsed.success) throw damaged('payload-shape');
  return parsed.data as unknown as HandoverPayload;
}

/** Every listed document must be there, with the size and hash the payload names. */
function checkDocuments(payload: HandoverPayload, documents: Map<string, Buffer>): void {
  for (const d of payload.cases.flatMap((c) => c.documents)) {
    const bytes = documents.get(d.id);
    if (!bytes || bytes.length !== d.sizeBytes || createHash('sha256').update(bytes).digest('hex') !== d.sha256) throw damaged('document');
  }
}

export async function readHandover(path: string, passphrase: string, opts: { withDocuments: boolean }): Promise<HandoverContent> {
  const reader = await openContainerReader(path, { source: 'passphrase', passphrase }, { expectedKind: 'case' });
  let json: Buffer | null = null;
  const documents = new Map<string, Buffer>();
  let documentBytes = 0;
  await readArchive(reader, (name, size) => {
    if (name === PAYLOAD_ENTRY) return collector(MAX_PAYLOAD_BYTES, (b) => (json = b));
    if (!opts.withDocuments || !name.startsWith(documentEntry(''))) return skip;
    documentBytes += size;
    if (documentBytes > MAX_IMPORT_DOCUMENT_BYTES) throw new AppError('TOO_LARGE', 'Die Dokumente der Übergabedatei sind zusammen zu groß, um sie zu übernehmen.');
    return collector(size, (b) => documents.set(name.slice(documentEntry('').length), b));
  });
  const payload = parsePayload(json);
  if (opts.withDocuments) checkDocuments(payload, documents);
  return { header: reader.header, payload, documents };
}
