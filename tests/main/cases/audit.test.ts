import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../src-main/contract/channels/cases';
import { openCase, openCaseOffice, person, type CaseOffice } from './case-fixtures';

let o: CaseOffice;
beforeAll(async () => {
  o = await openCaseOffice();
});
afterAll(() => o?.office.cleanup());

interface AuditRow {
  user_id: string;
  action: string;
  entity: string | null;
  entity_id: string | null;
}

const auditSince = (id: number) =>
  o.office.core.office.database().raw.prepare('SELECT * FROM audit_events WHERE id > ? ORDER BY id').all(id) as (AuditRow & { id: number })[];
const lastAuditId = () => (o.office.core.office.database().raw.prepare('SELECT max(id) AS id FROM audit_events').get() as { id: number }).id;

describe('audit of case files', () => {
  it('records every read and change of personal data, without any of the data', async () => {
    const start = lastAuditId();
    const secret = { familyName: 'Zyxwvutsrq', givenNames: 'Qwertzuiop', phone: '0176 99887766', birthDate: '1987-06-05' };
    const c = await openCase(o, [{ person: person(secret.familyName, secret.givenNames, { phone: secret.phone, birthDate: secret.birthDate }) }], { intakeReason: 'Geheimer Anlass' });
    const p = c.persons[0];
    await o.must('fm1', 'cases.get', { id: c.id });
    await o.must('fm1', 'persons.get', { id: p?.id });
    await o.must('fm1', 'persons.update', { id: p?.id, version: p?.version, patch: { phone: '0176 11' } });
    await o.must('fm1', 'notes.create', { caseId: c.id, text: 'Vertrauliche Notiz' });
    await o.must('fm1', 'cases.list', { query: secret.familyName });
    await o.must('fm1', 'search.global', { query: secret.givenNames });
    await o.must('fm1', 'timeline.get', { caseId: c.id });
    await o.must('fm1', 'plan.get', { caseId: c.id });

    const rows = auditSince(start);
    expect(rows.map((r) => r.action)).toEqual([
      'person.create',
      'case.create',
      'case.read',
      'person.read',
      'person.update',
      'note.create',
      'case.list',
      'search.global',
      'timeline.read',
      'plan.read',
    ]);
    expect(rows.every((r) => r.user_id === o.userIds.fm1)).toBe(true);
    expect(rows.find((r) => r.action === 'person.update')).toMatchObject({ entity: 'person', entity_id: p?.id });
    const dump = JSON.stringify(rows);
    for (const value of [...Object.values(secret), 'Geheimer', 'Vertrauliche', '0176']) expect(dump).not.toContain(value);
  });

  it('keeps the hash chain intact', async () => {
    await openCase(o, [{ person: person('Kette', 'Anna') }]);
    expect(await o.office.must('audit.verify')).toMatchObject({ ok: true });
  });

  it('a refused change leaves no audit event', async () => {
    const c: CaseView = await openCase(o, [{ person: person('Ruhig', 'Rita') }]);
    const start = lastAuditId();
    expect((await o.as('fm1', 'cases.update', { id: c.id, version: 99, intakeReason: 'x' })).ok).toBe(false);
    expect(auditSince(start)).toEqual([]);
  });
});
