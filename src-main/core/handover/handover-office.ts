import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandoverExported, HandoverImported, HandoverPreview, PersonDecision } from '../../contract/channels/handover';
import type { CaseCtx } from '../cases/service-context';
import type { Office } from '../runtime/office';
import { exportCases } from './export-service';
import { importHandover } from './import-service';
import { previewHandover } from './preview-service';

// The transport side of a handover: the file travels as base64 (browser mode has no file paths).
// It is staged as a file in the data directory only while it is read or written — the file is the
// encrypted container itself, never plaintext — and removed afterwards in every case.

const stagingPath = (office: Office) => join(office.opts.dataDir, `.handover-${process.pid}-${randomBytes(8).toString('hex')}.kimcase`);
const scryptN = (office: Office) => office.opts.scrypt?.N;

async function withStagedFile<T>(office: Office, contentBase64: string | null, run: (path: string) => Promise<T>): Promise<T> {
  const path = stagingPath(office);
  try {
    if (contentBase64 !== null) await writeFile(path, Buffer.from(contentBase64, 'base64'), { flag: 'wx', mode: 0o600 });
    return await run(path);
  } finally {
    await rm(path, { force: true });
  }
}

export function exportForDownload(office: Office, ctx: CaseCtx, req: { caseIds: string[]; recipientPartnerId: string; passphrase: string }): Promise<HandoverExported> {
  return withStagedFile(office, null, async (outPath) => {
    const n = scryptN(office);
    const r = await exportCases(ctx, { ...req, outPath, ...(n ? { scryptN: n } : {}) });
    const contentBase64 = (await readFile(outPath)).toString('base64');
    const fileName = `fall-${r.caseNumbers.join('_').slice(0, 120)}.kimcase`;
    return { fileName, contentBase64, fileBytes: r.fileBytes, recordCounts: r.recordCounts };
  });
}

export const previewUpload = (office: Office, ctx: CaseCtx, contentBase64: string, passphrase: string): Promise<HandoverPreview> =>
  withStagedFile(office, contentBase64, (path) => previewHandover(ctx, path, passphrase));

export const importUpload = (
  office: Office,
  ctx: CaseCtx,
  input: { contentBase64: string; passphrase: string; decisions: Record<string, PersonDecision>; kommuneId?: string | undefined },
): Promise<HandoverImported> =>
  withStagedFile(office, input.contentBase64, (path) => importHandover(ctx, path, input.passphrase, { decisions: input.decisions, kommuneId: input.kommuneId }));
