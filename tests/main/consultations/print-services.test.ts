import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentView } from '../../../src-main/contract/channels/consents';
import { MAX_LOGO_BYTES } from '../../../src-main/contract/channels/letterhead';
import type { OfficeSettings } from '../../../src-main/contract/channels/settings';
import type { CaseFilePrintView, ConsentFormPrintView, LetterheadView } from '../../../src-main/contract/channels/print';
import { auditRows, type CaseFixture } from '../helpers/case-fixtures';
import { type ConsultationOffice, expectError, finalise, fullContent, openConsultationOffice, save, startDraft, today, value } from './consultation-fixtures';

let o: ConsultationOffice;
let family: CaseFixture;

beforeAll(async () => {
  ({ o, family } = await openConsultationOffice());
});
afterAll(() => o.cleanup());

const LETTERHEAD = {
  kommune: 'Stadt Musterhausen (synthetisch)',
  fachdienst: 'Fachdienst Integration – Kommunales Integrationsmanagement',
  street: 'Rathausstraße 1',
  postalCode: '12345',
  city: 'Musterhausen',
  phone: '01234 5678-0',
  email: 'kim@musterhausen.example',
};

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e10000000049454e44ae426082', 'hex');
const dataUrl = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`;
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#236a96"/></svg>');

describe('letterhead', () => {
  it('the administration sets the texts; everyone reads them for printing; settings.get stays free of them', async () => {
    const view = await o.must<LetterheadView>('print.setLetterhead', { letterhead: LETTERHEAD }, 'test-client');
    expect(view.letterhead).toEqual(LETTERHEAD);
    expect((await o.must<LetterheadView>('print.letterhead', {}, 'fm')).letterhead).toEqual(LETTERHEAD);
    expect(await o.must<OfficeSettings>('settings.get', {}, 'test-client')).not.toHaveProperty('letterhead');
    // The office settings form sends back what settings.get gave it: that must stay valid.
    await o.must('settings.update', await o.must<OfficeSettings>('settings.get', {}, 'test-client'), 'test-client');
    expectError(await o.call('print.setLetterhead', { letterhead: LETTERHEAD }, 'fm'), 'FORBIDDEN');
    expectError(await o.call('print.setLetterhead', { letterhead: { ...LETTERHEAD, postalCode: '1234' } }, 'test-client'), 'VALIDATION');
  });

  it('a PNG or SVG logo is kept apart from settings.get; null restores the default', async () => {
    const png = await o.must<LetterheadView>('print.setLogo', { dataUrl: dataUrl('image/png', PNG) }, 'test-client');
    expect(png.logoDataUrl).toBe(dataUrl('image/png', PNG));
    expect(JSON.stringify(await o.must('settings.get', {}, 'test-client'))).not.toContain('base64');
    expect((await o.must<LetterheadView>('print.letterhead', {}, 'tl')).logoDataUrl).toBe(dataUrl('image/png', PNG));
    await o.must('print.setLogo', { dataUrl: dataUrl('image/svg+xml', SVG) }, 'test-client');
    expect((await o.must<LetterheadView>('print.setLogo', { dataUrl: null }, 'test-client')).logoDataUrl).toBeNull();
    expect(auditRows(o).filter((r) => r.action.startsWith('settings.logo-')).map((r) => r.action)).toEqual(['settings.logo-set', 'settings.logo-set', 'settings.logo-remove']);
  });

  it('checks the type against the bytes, refuses active SVG content and files over 500 KB', async () => {
    expect(expectError(await o.call('print.setLogo', { dataUrl: dataUrl('image/jpeg', PNG) }, 'test-client'), 'VALIDATION').message).toMatch(/passt nicht/);
    const script = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expectError(await o.call('print.setLogo', { dataUrl: dataUrl('image/svg+xml', script) }, 'test-client'), 'VALIDATION');
    const remote = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.invalid/x.png"/></svg>');
    expectError(await o.call('print.setLogo', { dataUrl: dataUrl('image/svg+xml', remote) }, 'test-client'), 'VALIDATION');
    expectError(await o.call('print.setLogo', { dataUrl: dataUrl('image/gif', Buffer.from('GIF89a')) }, 'test-client'), 'VALIDATION');
    const justOver = Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES - PNG.length + 1)]);
    expect(justOver.length).toBe(MAX_LOGO_BYTES + 1);
    expectError(await o.call('print.setLogo', { dataUrl: dataUrl('image/png', justOver) }, 'test-client'), 'TOO_LARGE');
    expectError(await o.call('print.setLogo', { dataUrl: dataUrl('image/png', PNG) }, 'fm'), 'FORBIDDEN');
  });
});

describe('printing through the shell', () => {
  it('answers NOT_AVAILABLE with a German hint outside the desktop app', async () => {
    expect(expectError(await o.call('print.toPdf', { fileName: 'Beratung.pdf' }, 'fm'), 'NOT_AVAILABLE').message).toBe('Im Browser-Modus bitte über den Browser drucken.');
    expectError(await o.call('print.dialog', {}, 'fm'), 'NOT_AVAILABLE');
    expectError(await o.call('print.toPdf', { fileName: '../etc/passwd.pdf' }, 'fm'), 'VALIDATION');
  });
});

describe('the whole case file', () => {
  it('holds the case, plan, follow-ups, timeline and every record as a complete file copy; the read is audited', async () => {
    const done = value(await finalise(o, value(await save(o, await startDraft(o, family.caseId), fullContent(o, family)))));
    const file = await o.must<CaseFilePrintView>('print.caseFile', { caseId: family.caseId }, 'fm');
    expect(file.case.id).toBe(family.caseId);
    expect(file.consultations.map((c) => [c.consultation.id, c.copy])).toEqual([[done.id, 'file']]);
    expect(file.consultations[0]!.internalNote).toContain('INTERN');
    expect(file.followUps.filter((f) => f.source === 'vereinbarung')).toHaveLength(2);
    expect(file.timeline.some((e) => e.kind === 'consultation' && e.entityId === done.id)).toBe(true);
    expect(auditRows(o).at(-1)).toMatchObject({ action: 'casefile.read-for-print', entity_id: family.caseId });
    expectError(await o.call('print.caseFile', { caseId: family.caseId }, 'fm2'), 'FORBIDDEN');
    await o.must('print.recorded', { document: 'fallakte', id: family.caseId, output: 'pdf' }, 'fm');
    expect(auditRows(o).at(-1)).toMatchObject({ action: 'casefile.print-pdf', entity: 'case', entity_id: family.caseId });
    expectError(await o.call('print.recorded', { document: 'fallakte', id: family.caseId, output: 'pdf' }, 'fm2'), 'FORBIDDEN');
  });
});

describe('the consent form', () => {
  it('names the person and the recipient with purpose and categories; only for those who may read the person', async () => {
    const partner = await o.must<{ id: string }>('partners.create', { name: 'Jobcenter Musterhausen (synthetisch)', kind: 'jobcenter', street: 'Amtsweg 2', postalCode: '12345', city: 'Musterhausen' }, 'fm');
    const consent = await o.must<ConsentView>(
      'consents.create',
      { personId: family.personIds[0], partnerId: partner.id, purpose: 'Abstimmung der Eingliederungsleistungen', dataCategories: ['stammdaten', 'arbeit'], givenOn: today(o) },
      'fm',
    );
    const form = await o.must<ConsentFormPrintView>('print.consentForm', { consentId: consent.id }, 'fm');
    expect(form.consent.purpose).toBe('Abstimmung der Eingliederungsleistungen');
    expect(form.consent.dataCategories).toEqual(['stammdaten', 'arbeit']);
    expect(form.recipient).toEqual({ name: 'Jobcenter Musterhausen (synthetisch)', street: 'Amtsweg 2', postalCode: '12345', city: 'Musterhausen' });
    expect(form.person.name).toMatch(/^Vorname0 Testperson\d+$/);
    expect(form.caseNumber).toMatch(/^\d{4}-\d{5}$/);
    expect(auditRows(o).at(-1)).toMatchObject({ action: 'consent.read-for-print', entity_id: consent.id });
    expectError(await o.call('print.consentForm', { consentId: consent.id }, 'fm2'), 'FORBIDDEN');
    await o.must('print.recorded', { document: 'einwilligung', id: consent.id, output: 'drucker' }, 'fm');
    expect(auditRows(o).at(-1)).toMatchObject({ action: 'consent.print-drucker', entity: 'consent', entity_id: consent.id });
  });
});
