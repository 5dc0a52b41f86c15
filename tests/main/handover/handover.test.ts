import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoverExported, HandoverImported, HandoverPreview } from '../../../src-main/contract/channels/handover';
import type { Result } from '../../../src-main/contract/result';
import { listFiles } from '../helpers/file-hashes';
import { buildCase, MARKER, officeWithKommune, PASSPHRASE, rowCounts, type BuiltCase, type StaffOffice } from './handover-fixtures';

let a: StaffOffice & { kommuneId: string };
let b: StaffOffice & { kommuneId: string };
let built: BuiltCase;
let exported: HandoverExported;
let outDir: string;
let existingInB: string;

function expectError(r: Result<unknown>, code: string, reason?: string): void {
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  if (reason) expect(r.error.details?.reason).toBe(reason);
}

beforeAll(async () => {
  a = await officeWithKommune();
  b = await officeWithKommune();
  outDir = mkdtempSync(join(tmpdir(), 'kim-handover-out-'));
  built = await buildCase(a, { consent: true });
  exported = await a.must<HandoverExported>('handover.export', { caseIds: [built.caseId], recipientPartnerId: built.recipient.id, passphrase: PASSPHRASE }, 'fm');
  writeFileSync(join(outDir, exported.fileName), Buffer.from(exported.contentBase64, 'base64'));
  // Office B already knows the father, written in another transliteration.
  const existing = await b.must<{ persons: { id: string }[] }>(
    'cases.create',
    { kommuneId: b.kommuneId, intakeReason: 'Beratung (synthetisch)', firstContactOn: '2026-03-10', members: [{ person: { familyName: MARKER.family, givenNames: 'Muhammad', birthYear: 1985 } }] },
    'fm',
  );
  existingInB = existing.persons[0]!.id;
}, 60_000);

afterAll(() => {
  a.cleanup();
  b.cleanup();
  rmSync(outDir, { recursive: true, force: true });
});

describe('export', () => {
  it('writes a .kimcase with record counts and logs the transfer and the audit event', () => {
    expect(exported.recordCounts).toMatchObject({ cases: 1, persons: 2, goals: 1, measures: 1, notes: 1, documents: 1, appointments: 1, consents: 1 });
    const raw = a.core.office.database().raw;
    const transfers = raw.prepare('SELECT partner_id, case_id FROM data_transfers').all() as { partner_id: string; case_id: string }[];
    expect(transfers).toEqual([{ partner_id: built.recipient.id, case_id: built.caseId }]);
    const audit = raw.prepare(`SELECT entity_id FROM audit_events WHERE action = 'handover.export'`).all();
    expect(audit).toEqual([{ entity_id: built.caseId }]);
  });

  it('is refused without a consent for the recipient (CONSENT_REQUIRED) and for a non-manager (FORBIDDEN)', async () => {
    const other = await buildCase(a, { consent: false });
    const input = { caseIds: [other.caseId], recipientPartnerId: other.recipient.id, passphrase: PASSPHRASE };
    expectError(await a.call('handover.export', input, 'fm'), 'CONSENT_REQUIRED');
    expectError(await a.call('handover.export', { ...input, caseIds: [built.caseId], recipientPartnerId: built.recipient.id }, 'fm2'), 'FORBIDDEN');
    expectError(await a.call('handover.export', { ...input, caseIds: [built.caseId], recipientPartnerId: built.recipient.id }, 'tl'), 'FORBIDDEN');
  });
});

describe('import', () => {
  const file = () => exported.contentBase64;

  it('refuses a wrong passphrase, a backup and a truncated file without changing anything', async () => {
    const before = rowCounts(b);
    expectError(await b.call('handover.preview', { contentBase64: file(), passphrase: 'falsches-Passwort-123' }, 'fm'), 'WRONG_PASSWORD');
    expectError(await b.call('handover.import', { contentBase64: file(), passphrase: 'falsches-Passwort-123', decisions: {} }, 'fm'), 'WRONG_PASSWORD');
    const backupPath = join(outDir, 'amt.kimbackup');
    await a.must('backup.create', { path: backupPath, secret: { source: 'passphrase', passphrase: PASSPHRASE } }, 'test-client');
    const backup = readFileSync(backupPath).toString('base64');
    expectError(await b.call('handover.import', { contentBase64: backup, passphrase: PASSPHRASE, decisions: {} }, 'fm'), 'VALIDATION', 'WRONG_KIND');
    const cut = join(outDir, 'cut.kimcase');
    writeFileSync(cut, Buffer.from(file(), 'base64'));
    truncateSync(cut, Buffer.from(file(), 'base64').length - 40);
    const truncated = readFileSync(cut).toString('base64');
    const preview = await b.must<HandoverPreview>('handover.preview', { contentBase64: file(), passphrase: PASSPHRASE }, 'fm');
    const decisions = Object.fromEntries(preview.cases[0]!.persons.map((p) => [p.ref, { mode: 'new' }]));
    expectError(await b.call('handover.import', { contentBase64: truncated, passphrase: PASSPHRASE, decisions }, 'fm'), 'VALIDATION');
    expect(rowCounts(b)).toEqual(before);
  }, 60_000);

  it('preview lists the case and finds the existing person in another transliteration', async () => {
    const preview = await b.must<HandoverPreview>('handover.preview', { contentBase64: file(), passphrase: PASSPHRASE }, 'fm');
    expect(preview.cases).toHaveLength(1);
    const c = preview.cases[0]!;
    expect(c.caseNumber).toBe(built.caseNumber);
    expect(c.kommuneId).toBe(b.kommuneId);
    const father = c.persons.find((p) => p.givenNames === 'Mohammed')!;
    expect(father.primary).toBe(true);
    expect(father.matches.map((m) => m.personId)).toEqual([existingInB]);
    expect(c.persons.find((p) => p.givenNames === 'Lina')!.matches).toEqual([]);
  });

  it('imports everything under new ids, merging the father with the existing person', async () => {
    const preview = await b.must<HandoverPreview>('handover.preview', { contentBase64: file(), passphrase: PASSPHRASE }, 'fm');
    const persons = preview.cases[0]!.persons;
    const decisions = Object.fromEntries(persons.map((p) => [p.ref, p.primary ? { mode: 'merge', existingPersonId: existingInB } : { mode: 'new' }]));
    const before = rowCounts(b);
    const result = await b.must<HandoverImported>('handover.import', { contentBase64: file(), passphrase: PASSPHRASE, decisions }, 'fm');
    expect(result).toMatchObject({ personsCreated: 1, personsMerged: 1 });
    const imported = result.cases[0]!;
    expect(imported.originalCaseNumber).toBe(built.caseNumber);
    expect(imported.caseId).not.toBe(built.caseId);
    const after = rowCounts(b);
    expect(after.cases - before.cases).toBe(1);
    expect(after.persons - before.persons).toBe(1);
    expect(after.documents - before.documents).toBe(1);

    const view = await b.must<{ primaryPersonId: string; intakeReason: string; persons: { id: string }[] }>('cases.get', { id: imported.caseId }, 'fm');
    expect(view.intakeReason).toBe(MARKER.intake);
    expect(view.persons.map((p) => p.id)).toContain(existingInB);
    expect(view.persons).toHaveLength(2);
    const plan = await b.must<{ assessments: unknown[]; goals: { description: string; measures: unknown[] }[] }>('plan.get', { caseId: imported.caseId }, 'fm');
    expect(plan.assessments).toHaveLength(1);
    expect(plan.goals.map((g) => g.description)).toEqual([MARKER.goal]);
    expect(plan.goals[0]!.measures).toHaveLength(1);
    const notes = await b.must<{ id: string; text: string }[]>('notes.list', { caseId: imported.caseId }, 'fm');
    expect(notes.map((n) => n.text)).toContain(MARKER.note);
    expect(notes.some((n) => n.text.includes(`Ursprüngliche Fallnummer: ${built.caseNumber}`))).toBe(true);
    const edited = notes.find((n) => n.text === MARKER.note)!;
    expect((await b.must<{ text: string }[]>('notes.history', { id: edited.id }, 'fm')).map((r) => r.text)).toEqual(['Erste Fassung']);
    const docs = await b.must<{ id: string }[]>('documents.list', { caseId: imported.caseId }, 'fm');
    const content = await b.must<{ contentBase64: string }>('documents.download', { id: docs[0]!.id }, 'fm');
    expect(Buffer.from(content.contentBase64, 'base64').equals(built.documentBytes)).toBe(true);
    const followUps = await b.must<unknown[]>('followups.list', { caseId: imported.caseId }, 'fm');
    expect(followUps).toHaveLength(1);
    const appts = b.core.office.database().raw.prepare('SELECT count(*) AS n FROM appointments WHERE case_id = ?').get(imported.caseId) as { n: number };
    expect(appts.n).toBe(1);
    const audit = b.core.office.database().raw.prepare(`SELECT entity_id FROM audit_events WHERE action = 'handover.import'`).all();
    expect(audit).toEqual([{ entity_id: imported.caseId }]);

    // The importing case manager finds the new child and the case by the search; nobody else manages it.
    const hits = await b.must<{ entity: string; caseId: string | null }[]>('search.global', { query: `Lina ${MARKER.family}` }, 'fm');
    expect(hits.some((h) => h.entity === 'person' && h.caseId === imported.caseId)).toBe(true);
    expectError(await b.call('cases.get', { id: imported.caseId }, 'fm2'), 'FORBIDDEN');
  }, 60_000);

  it('leaves no plaintext of the case in any file of either office or the export folder', () => {
    for (const dir of [a.dataDir, b.dataDir, outDir]) {
      for (const f of listFiles(dir)) {
        const bytes = readFileSync(join(dir, f));
        for (const marker of Object.values(MARKER)) {
          expect(bytes.includes(Buffer.from(marker, 'utf8')), `${marker} in ${f}`).toBe(false);
          expect(bytes.includes(Buffer.from(marker, 'utf16le')), `${marker} (UTF-16) in ${f}`).toBe(false);
        }
      }
    }
  });
});
