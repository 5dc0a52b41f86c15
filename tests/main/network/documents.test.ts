import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, type DocumentContent, type DocumentView } from '../../../src-main/contract/channels/documents';
import { auditRows, createCase, officeWithStaff, type CaseFixture } from '../helpers/case-fixtures';
import { listFiles } from '../helpers/file-hashes';
import type { TempOffice } from '../helpers/temp-office';

let office: TempOffice & Awaited<ReturnType<typeof officeWithStaff>>;
let c: CaseFixture;

beforeAll(async () => {
  office = await officeWithStaff();
  c = await createCase(office, 'fm');
});
afterAll(() => office.cleanup());

const b64 = (b: Buffer) => b.toString('base64');
const pdf = (body: string) => Buffer.from(`%PDF-1.4\n${body}\n%%EOF\n`, 'latin1');
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4096)]);
const jpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2048), Buffer.from([0xff, 0xd9])]);
const upload = (fileName: string, bytes: Buffer, client = 'fm', caseId = c.caseId) =>
  office.call<DocumentView>('documents.upload', { caseId, fileName, contentBase64: b64(bytes) }, client);

describe('documents', () => {
  it('accepts PDF, PNG and JPEG, recognised by content, with size and SHA-256', async () => {
    for (const [name, bytes, mime] of [
      ['bescheid.pdf', pdf('1 0 obj << >> endobj'), 'application/pdf'],
      ['foto.PNG', png(), 'image/png'],
      ['pass.jpeg', jpeg(), 'image/jpeg'],
    ] as const) {
      const r = await upload(name, bytes);
      expect(r.ok, name).toBe(true);
      if (r.ok) expect(r.value).toMatchObject({ fileName: name, mimeType: mime, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), uploadedByName: 'Netz fm (synthetisch)' });
    }
  });

  it('refuses other content whatever its name says, and a name that contradicts the content', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), randomBytes(512)]);
    const txt = Buffer.from('Dies ist nur Text, kein PDF.\n', 'utf8');
    for (const [name, bytes] of [['rechnung.pdf', exe], ['brief.pdf', txt], ['bild.png', pdf('x')]] as const) {
      const r = await upload(name, bytes);
      expect(r, name).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    const noExt = await upload('scan', pdf('ohne Endung'));
    expect(noExt.ok && noExt.value.fileName).toBe('scan.pdf');
    const path = await upload('C:\\Users\\x\\..\\geheim\\ausweis.pdf', pdf('Pfad'));
    expect(path.ok && path.value.fileName).toBe('ausweis.pdf');
  });

  it('accepts exactly 25 MB and refuses one byte more with TOO_LARGE', async () => {
    const header = Buffer.from('%PDF-1.7\n', 'latin1');
    const max = Buffer.concat([header, Buffer.alloc(MAX_DOCUMENT_BYTES - header.length, 0x20)]);
    const ok = await upload('gross.pdf', max);
    expect(ok.ok && ok.value.sizeBytes).toBe(MAX_DOCUMENT_BYTES);
    const tooBig = await upload('zu-gross.pdf', Buffer.concat([max, Buffer.from([0x20])]));
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    if (!tooBig.ok) expect(tooBig.error.message).toContain('25 MB');
  }, 60_000);

  it('gives back identical bytes with the same SHA-256', async () => {
    const bytes = png();
    const r = await upload('rundreise.png', bytes);
    if (!r.ok) throw new Error(r.error.message);
    const back = await office.must<DocumentContent>('documents.download', { id: r.value.id }, 'fm');
    const decoded = Buffer.from(back.contentBase64, 'base64');
    expect(decoded.equals(bytes)).toBe(true);
    expect(back).toMatchObject({ sha256: r.value.sha256, mimeType: 'image/png', fileName: 'rundreise.png' });
    expect(createHash('sha256').update(decoded).digest('hex')).toBe(r.value.sha256);
  });

  it('leaves no plaintext of a document in any file of the data directory', async () => {
    const marker = `KIM-KLARTEXT-MARKER-${randomBytes(8).toString('hex')}`;
    const r = await upload('marker.pdf', pdf(`(${marker}) Tj ${'x'.repeat(20_000)} (${marker})`));
    expect(r.ok).toBe(true);
    const scan = () => listFiles(office.dataDir).filter((f) => readFileSync(join(office.dataDir, f)).includes(Buffer.from(marker, 'latin1')));
    expect(scan()).toEqual([]);
    const reopened = office.restart(); // seals: WAL checkpointed into the encrypted file
    try {
      expect(scan()).toEqual([]);
    } finally {
      office = Object.assign(reopened, { staff: office.staff });
    }
  });
});

describe('document access', () => {
  let fresh: Awaited<ReturnType<typeof officeWithStaff>>;
  let kase: CaseFixture;
  let docId: string;
  beforeAll(async () => {
    fresh = await officeWithStaff();
    kase = await createCase(fresh, 'fm');
    docId = (await fresh.must<DocumentView>('documents.upload', { caseId: kase.caseId, fileName: 'a.pdf', contentBase64: b64(pdf('a')) }, 'fm')).id;
  });
  afterAll(() => fresh.cleanup());

  it('lets the team lead read but not upload or remove; other case managers get nothing', async () => {
    expect(await fresh.must<DocumentView[]>('documents.list', { caseId: kase.caseId }, 'tl')).toHaveLength(1);
    expect((await fresh.call('documents.download', { id: docId }, 'tl')).ok).toBe(true);
    const up = { caseId: kase.caseId, fileName: 'b.pdf', contentBase64: b64(pdf('b')) };
    expect(await fresh.call('documents.upload', up, 'tl')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await fresh.call('documents.list', { caseId: kase.caseId }, 'fm2')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await fresh.call('documents.download', { id: docId }, 'fm2')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await fresh.call('documents.remove', { id: docId }, 'tl')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('audits upload, list, read and removal by id, never the file name', async () => {
    const view = await fresh.must<DocumentView>('documents.upload', { caseId: kase.caseId, fileName: 'Ausweis-Kopie-Muster.pdf', contentBase64: b64(pdf('c')) }, 'fm');
    await fresh.must('documents.download', { id: view.id }, 'fm');
    await fresh.must('documents.remove', { id: view.id }, 'fm');
    expect(await fresh.call('documents.download', { id: view.id }, 'fm')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const rows = auditRows(fresh).filter((r) => r.entity_id === view.id);
    expect(rows.map((r) => r.action)).toEqual(['document.upload', 'document.read', 'document.remove']);
    expect(JSON.stringify(auditRows(fresh))).not.toContain('Ausweis');
  });
});
