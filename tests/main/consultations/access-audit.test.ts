import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsultationPrintView, ConsultationSummary, ConsultationView } from '../../../src-main/contract/channels/consultations';
import type { TimelineEntry } from '../../../src-main/contract/channels/timeline';
import { auditRows, type CaseFixture } from '../helpers/case-fixtures';
import { type ConsultationOffice, expectError, finalise, fullContent, openConsultationOffice, save, startDraft, value } from './consultation-fixtures';

let o: ConsultationOffice;
let family: CaseFixture;
let draft: ConsultationView;
let done: ConsultationView;

beforeAll(async () => {
  ({ o, family } = await openConsultationOffice());
  draft = value(await save(o, await startDraft(o, family.caseId), { summary: 'Entwurf' }));
  done = value(await finalise(o, value(await save(o, await startDraft(o, family.caseId), fullContent(o, family)))));
  await o.must('consultations.addAddendum', { id: done.id, text: 'Nur für die Akte', reason: 'Interne Ergänzung' }, 'fm');
  await o.must('consultations.addAddendum', { id: done.id, text: 'Auch für die Familie', reason: 'Korrektur', forClient: true }, 'fm');
});
afterAll(() => o.cleanup());

const lastAudit = () => auditRows(o).at(-1);

describe('who may read and write records', () => {
  it('another case manager: FORBIDDEN for reading, writing, starting and printing', async () => {
    expectError(await o.call('consultations.get', { id: done.id }, 'fm2'), 'FORBIDDEN');
    expectError(await o.call('consultations.listForCase', { caseId: family.caseId }, 'fm2'), 'FORBIDDEN');
    expectError(await save(o, draft, { summary: 'fremd' }, 'fm2'), 'FORBIDDEN');
    expectError(await finalise(o, draft, 'fm2'), 'FORBIDDEN');
    expectError(await o.call('consultations.create', { caseId: family.caseId }, 'fm2'), 'FORBIDDEN');
    expectError(await o.call('consultations.addAddendum', { id: done.id, text: 'x', reason: 'y' }, 'fm2'), 'FORBIDDEN');
    expectError(await o.call('consultations.printView', { id: done.id, copy: 'file' }, 'fm2'), 'FORBIDDEN');
    expectError(await o.call('consultations.printed', { id: done.id, copy: 'file', output: 'pdf' }, 'fm2'), 'FORBIDDEN');
  });

  it('the administration is no case manager here: no access to the content', async () => {
    expectError(await o.call('consultations.get', { id: done.id }, 'test-client'), 'FORBIDDEN');
  });

  it('the team lead reads and prints, but changes nothing', async () => {
    const read = await o.must<ConsultationView>('consultations.get', { id: draft.id }, 'tl');
    expect(read.canEdit).toBe(false);
    expect((await o.must<ConsultationView>('consultations.get', { id: done.id }, 'tl')).canAddAddendum).toBe(false);
    expect(await o.must<ConsultationSummary[]>('consultations.listForCase', { caseId: family.caseId }, 'tl')).toHaveLength(2);
    expectError(await save(o, read, { summary: 'Teamleitung' }, 'tl'), 'FORBIDDEN');
    expectError(await finalise(o, read, 'tl'), 'FORBIDDEN');
    expectError(await o.call('consultations.deleteDraft', { id: draft.id, version: read.version }, 'tl'), 'FORBIDDEN');
    expectError(await o.call('consultations.addAddendum', { id: done.id, text: 'x', reason: 'y' }, 'tl'), 'FORBIDDEN');
    expectError(await o.call('consultations.create', { caseId: family.caseId }, 'tl'), 'FORBIDDEN');
    expect((await o.must<ConsultationView>('consultations.get', { id: draft.id }, 'fm')).content.summary).toBe('Entwurf');
  });
});

describe('audit', () => {
  it('every read of a record, of the list and of a print view leaves an event with ids only', async () => {
    await o.must('consultations.get', { id: done.id }, 'tl');
    expect(lastAudit()).toEqual({ user_id: o.staff.userIds.tl, action: 'consultation.read', entity: 'consultation', entity_id: done.id });
    await o.must('consultations.listForCase', { caseId: family.caseId }, 'fm');
    expect(lastAudit()).toEqual({ user_id: o.staff.userIds.fm, action: 'consultation.list', entity: 'case', entity_id: family.caseId });
    await o.must('consultations.printView', { id: done.id, copy: 'client' }, 'fm');
    expect(lastAudit()).toMatchObject({ action: 'consultation.read-client-copy', entity_id: done.id });
  });

  it('every print and PDF leaves an event naming the copy and where it went', async () => {
    await o.must('consultations.printed', { id: done.id, copy: 'client', output: 'pdf' }, 'fm');
    expect(lastAudit()).toEqual({ user_id: o.staff.userIds.fm, action: 'consultation.print-client-pdf', entity: 'consultation', entity_id: done.id });
    await o.must('consultations.printed', { id: done.id, copy: 'client', variant: 'einfach', output: 'drucker' }, 'fm');
    expect(lastAudit()?.action).toBe('consultation.print-client-einfach-drucker');
    await o.must('consultations.printed', { id: done.id, copy: 'file', output: 'drucker' }, 'tl');
    expect(lastAudit()).toMatchObject({ user_id: o.staff.userIds.tl, action: 'consultation.print-file-drucker' });
  });

  it('autosaves of one editing session are one event, not one per save', async () => {
    const count = () => auditRows(o).filter((r) => r.action === 'consultation.save-draft' && r.entity_id === draft.id).length;
    const before = count();
    let view = await o.must<ConsultationView>('consultations.get', { id: draft.id }, 'fm');
    for (const summary of ['a', 'ab', 'abc']) view = value(await save(o, view, { summary }));
    expect(count()).toBe(before + 1);
  });
});

describe('copies', () => {
  it('the client copy carries no internal note anywhere and only the addenda meant for the client', async () => {
    const client = await o.must<ConsultationPrintView>('consultations.printView', { id: done.id, copy: 'client' }, 'fm');
    expect(JSON.stringify(client)).not.toContain('INTERN');
    expect(client.internalNote).toBeNull();
    expect(client.consultation.addenda.map((a) => a.text)).toEqual(['Auch für die Familie']);
    expect(client.consultation.content.summary).toContain('Wohnungssuche');
    expect(client.clientName).toMatch(/^Vorname0 Testperson\d+$/);
    expect(client.managerNames).toEqual(['Netz fm (synthetisch)']);
  });

  it('the file copy is complete; plain language is a client-copy variant only', async () => {
    const file = await o.must<ConsultationPrintView>('consultations.printView', { id: done.id, copy: 'file', variant: 'einfach' }, 'fm');
    expect(file.internalNote).toContain('INTERN: Verdacht auf Überforderung');
    expect(file.variant).toBe('standard');
    expect(file.consultation.addenda).toHaveLength(2);
    const plain = await o.must<ConsultationPrintView>('consultations.printView', { id: done.id, copy: 'client', variant: 'einfach' }, 'fm');
    expect(plain.variant).toBe('einfach');
  });
});

describe('timeline', () => {
  it('shows records (never their internal note) and addenda in the case Verlauf', async () => {
    const entries = await o.must<TimelineEntry[]>('timeline.get', { caseId: family.caseId, kinds: ['consultation'] }, 'fm');
    expect(entries.map((e) => e.event).sort()).toEqual(['addendum', 'addendum', 'draft', 'held']);
    const held = entries.find((e) => e.event === 'held');
    expect(held).toMatchObject({ entityId: done.id, at: done.content.date, details: { status: 'abgeschlossen', form: 'im_buero' } });
    expect(JSON.stringify(entries)).not.toContain('INTERN');
  });
});
