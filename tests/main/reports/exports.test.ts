import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BarrierView } from '../../../src-main/contract/channels/barriers';
import type { ReportFile } from '../../../src-main/contract/channels/reports';
import { isAppError } from '../../../src-main/core/errors';
import { csvField } from '../../../src-main/core/reports/export-csv';
import { saveExportFile } from '../../../src-main/core/reports/report-export';
import { buildDataset, Q3, type Dataset } from './report-dataset';

let ds: Dataset;
let csv: ReportFile;
let xlsx: ReportFile;
const dir = mkdtempSync(join(tmpdir(), 'kim-export-'));

beforeAll(async () => {
  ds = await buildDataset(() => Date.parse('2026-09-20T10:00:00Z')); // links made "today" fall into Q3
  const b = await ds.office.must<BarrierView>('barriers.create', { title: 'Keine Kita-Plätze unter drei', category: 'kita_schule', firstNoticedOn: '2026-07-01' }, ds.lead.clientId);
  await ds.office.must('barriers.linkCase', { barrierId: b.id, caseId: ds.singleCaseIds[0], note: 'Notiz nur im Fall' }, ds.cm1.clientId);
  csv = await ds.office.must<ReportFile>('reports.export', { ...Q3, format: 'csv' }, ds.lead.clientId);
  xlsx = await ds.office.must<ReportFile>('reports.export', { ...Q3, format: 'xlsx' }, ds.lead.clientId);
});
afterAll(() => {
  ds.office.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('CSV export', () => {
  const text = () => Buffer.from(csv.base64, 'base64').toString('utf8');

  it('is UTF-8 with BOM and semicolons, named after the period', () => {
    expect(csv.fileName).toBe('KIM-Bericht_2026-07-01_2026-09-30.csv');
    expect(csv.mimeType).toMatch(/^text\/csv/);
    expect(Buffer.from(csv.base64, 'base64').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = text().slice(1).split('\r\n');
    expect(lines[0]).toBe('KIM-Bericht;Fachdienst Soziales Musterstadt');
    expect(lines).toContain('Zeitraum;01.07.2026 bis 30.09.2026');
    expect(lines).toContain('Kommune;alle Kommunen');
  });

  it('carries the protected tables with German labels', () => {
    const lines = text().split('\r\n');
    const at = lines.indexOf('Personen: Personen nach Geschlecht');
    expect(lines.slice(at + 1, at + 7)).toEqual(['Geschlecht;Anzahl', 'weiblich;6', 'männlich;7', 'divers;0', 'keine Angabe;0', 'Gesamt;13']);
    const course = lines.indexOf('Fälle: Neue und abgeschlossene Fälle je Monat');
    expect(lines.slice(course + 1, course + 6)).toEqual(['Monat;Neu;Abgeschlossen', '07/2026;x;0', '08/2026;0;< 5', '09/2026;< 5;0', 'Gesamt;7;< 5']);
  });

  it('lists the barriers with protected counts and nothing that names a person or a note', () => {
    expect(text()).toContain('Keine Kita-Plätze unter drei;Kita/Schule;erkannt;Musterstadt;;;01.07.2026;< 5;< 5');
    for (const secret of [...ds.names, 'Notiz nur im Fall', ds.singleCaseIds[0]!]) expect(text()).not.toContain(secret);
  });

  it('defuses text that Excel would run as a formula and quotes separators', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField(12)).toBe('12');
  });
});

describe('XLSX export', () => {
  it('has a front sheet and one sheet per section with the same figures', async () => {
    expect(xlsx.fileName).toBe('KIM-Bericht_2026-07-01_2026-09-30.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Bericht', 'Fälle', 'Personen', 'Bedarfe', 'Ziele', 'Vermittlungen', 'Beratungen', 'Hürden', 'Hürdenliste']);
    const rows = (name: string) => book.getWorksheet(name)!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows('Fälle')).toContainEqual(['Neue Fälle', 7]);
    expect(rows('Fälle')).toContainEqual(['Abgeschlossene Fälle', '< 5']);
    expect(rows('Personen')).toContainEqual(['Syrien', 6]);
    const all = JSON.stringify(book.worksheets.map((s) => s.getSheetValues()));
    for (const secret of [...ds.names, 'Notiz nur im Fall']) expect(all).not.toContain(secret);
  });

  it('records each export in the audit trail', () => {
    const actions = ds.office.core.office.database().raw.prepare("SELECT action FROM audit_events WHERE action LIKE 'report.export%'").all();
    expect(actions).toEqual([{ action: 'report.export.csv' }, { action: 'report.export.xlsx' }]);
  });
});

describe('bad and empty periods', () => {
  it('exports a period without data as a file that says so', async () => {
    const empty = await ds.office.must<ReportFile>('reports.export', { from: '2020-01-01', to: '2020-03-31', format: 'csv' }, ds.lead.clientId);
    const lines = Buffer.from(empty.base64, 'base64').toString('utf8').split('\r\n');
    expect(lines).toContain('Hinweis;Für diesen Zeitraum liegen keine Daten vor.');
    expect(lines).toContain('Gesamt;0;0;0'); // consultations: none, with or without interpreter
  });

  it('refuses an export and a print report whose period ends before it starts', async () => {
    for (const [channel, input] of [
      ['reports.export', { from: '2026-09-30', to: '2026-07-01', format: 'xlsx' }],
      ['reports.lenkungsgruppe', { from: '2026-09-30', to: '2026-07-01' }],
    ] as const) {
      expect(await ds.office.call(channel, input, ds.lead.clientId), channel).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Ende des Zeitraums') } });
    }
  });
});

describe('saving an export', () => {
  it('writes the file where asked', () => {
    const file = join(dir, 'bericht.csv');
    saveExportFile(file, Buffer.from('a;b'));
    expect(readFileSync(file, 'utf8')).toBe('a;b');
  });

  it('answers IO with a clear German message when the place is not writable', () => {
    const notAFolder = join(dir, 'datei');
    writeFileSync(notAFolder, 'x');
    for (const target of [join(dir, 'fehlt', 'bericht.csv'), join(notAFolder, 'bericht.csv')]) {
      try {
        saveExportFile(target, Buffer.from('x'));
        expect.unreachable();
      } catch (e) {
        expect(isAppError(e) && e.code).toBe('IO');
        expect((e as Error).message).toMatch(/nicht gespeichert.*nicht beschreibbar/);
      }
    }
  });
});
