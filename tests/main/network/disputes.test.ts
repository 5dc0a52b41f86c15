import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisputeView } from '../../../src-main/contract/channels/disputes';
import { auditRows, createCase, officeWithStaff, type CaseFixture } from '../helpers/case-fixtures';

let office: Awaited<ReturnType<typeof officeWithStaff>>;
let c: CaseFixture;
let noteId: string;

beforeAll(async () => {
  office = await officeWithStaff();
  c = await createCase(office, 'fm', { persons: 2 });
  noteId = (await office.must<{ id: string }>('notes.create', { caseId: c.caseId, text: 'Gespräch (synthetisch)' }, 'fm')).id;
});
afterAll(() => office.cleanup());

const mark = (input: Record<string, unknown>, client = 'fm') => office.call<DisputeView>('disputes.mark', input, client);

describe('disputed facts (§ 84 SGB X)', () => {
  it('marks a person field, a note and the case, lists them per entry and per case', async () => {
    const person = await office.must<DisputeView>('disputes.mark', { entity: 'person', entityId: c.personIds[1], field: 'birthDate', note: 'Geburtsdatum laut Klientin falsch' }, 'fm');
    expect(person).toMatchObject({ entity: 'person', field: 'birthDate', resolvedOn: null, userName: 'Netz fm (synthetisch)' });
    await office.must('disputes.mark', { entity: 'note', entityId: noteId, note: 'Darstellung wird bestritten' }, 'fm');
    await office.must('disputes.mark', { entity: 'case', entityId: c.caseId, note: 'Aufnahmegrund bestritten' }, 'fm');

    const forPerson = await office.must<DisputeView[]>('disputes.list', { entity: 'person', entityId: c.personIds[1] }, 'tl');
    expect(forPerson.map((d) => d.id)).toEqual([person.id]);
    const forCase = await office.must<DisputeView[]>('disputes.listForCase', { caseId: c.caseId }, 'fm');
    expect(forCase.map((d) => d.entity).sort()).toEqual(['case', 'note', 'person']);
  });

  it('resolves a dispute once; it stays on record', async () => {
    const d = await office.must<DisputeView>('disputes.mark', { entity: 'note', entityId: noteId, note: 'Nochmals bestritten' }, 'fm');
    const resolved = await office.must<DisputeView>('disputes.resolve', { id: d.id }, 'fm');
    expect(resolved.resolvedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await office.call('disputes.resolve', { id: d.id }, 'fm')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const list = await office.must<DisputeView[]>('disputes.list', { entity: 'note', entityId: noteId }, 'fm');
    expect(list.find((x) => x.id === d.id)?.resolvedOn).toBe(resolved.resolvedOn);
  });

  it('refuses unknown entries, strangers and the read-only team lead', async () => {
    expect(await mark({ entity: 'note', entityId: randomUUID(), note: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await mark({ entity: 'note', entityId: noteId, note: 'x' }, 'fm2')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await mark({ entity: 'note', entityId: noteId, note: 'x' }, 'tl')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await office.call('disputes.listForCase', { caseId: c.caseId }, 'fm2')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await mark({ entity: 'note', entityId: noteId, note: '   ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('audits marks by entry id, never the note', () => {
    const rows = auditRows(office).filter((r) => r.action.startsWith('dispute.'));
    expect(rows.some((r) => r.action === 'dispute.mark' && r.entity === 'note' && r.entity_id === noteId)).toBe(true);
    expect(JSON.stringify(auditRows(office))).not.toMatch(/bestritten|Geburtsdatum/);
  });
});
