import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisputeView } from '../../../src-main/contract/channels/disputes';
import type { TimelineEntry } from '../../../src-main/contract/channels/timeline';
import { createCase, officeWithStaff, type CaseFixture } from '../helpers/case-fixtures';

// A case page lists the disputes of every entry on it, in one query with a sub-query per kind of
// entry: each kind counts, and nothing of the other case does.

let office: Awaited<ReturnType<typeof officeWithStaff>>;
const marked = new Map<string, string[]>(); // caseId → "entity:entityId" of its marks

async function entriesOf(c: CaseFixture): Promise<[string, string][]> {
  const on = (path: string, input: Record<string, unknown>) => office.must<{ id: string }>(path, input, 'fm');
  const assessment = await on('assessments.save', { caseId: c.caseId, domain: 'wohnen', rating: 'dringend', assessedOn: '2026-01-10' });
  const goal = await on('goals.save', { caseId: c.caseId, domain: 'wohnen', description: 'Wohnung finden (synthetisch)' });
  const measure = await on('measures.save', { goalId: goal.id, description: 'Wohnungsamt aufsuchen' });
  const note = await on('notes.create', { caseId: c.caseId, text: 'Gespräch (synthetisch)' });
  const followUp = await on('followups.create', { caseId: c.caseId, dueOn: '2027-01-10', note: 'Nachfragen' });
  return [
    ['case', c.caseId],
    ['person', c.personIds[0]!],
    ['person', c.personIds[1]!],
    ['household', c.householdId!],
    ['assessment', assessment.id],
    ['goal', goal.id],
    ['measure', measure.id],
    ['note', note.id],
    ['follow_up', followUp.id],
  ];
}

beforeAll(async () => {
  office = await officeWithStaff();
  for (const c of [await createCase(office, 'fm', { persons: 2 }), await createCase(office, 'fm', { persons: 2 })]) {
    const keys: string[] = [];
    for (const [entity, entityId] of await entriesOf(c)) {
      await office.must('disputes.mark', { entity, entityId, note: 'Wird bestritten (synthetisch)' }, 'fm');
      keys.push(`${entity}:${entityId}`);
    }
    marked.set(c.caseId, keys.sort());
  }
});
afterAll(() => office.cleanup());

describe('disputes of a case page', () => {
  it('lists exactly the marks of the case’s own entries, of every kind', async () => {
    for (const [caseId, keys] of marked) {
      const list = await office.must<DisputeView[]>('disputes.listForCase', { caseId }, 'fm');
      expect(list.map((d) => `${d.entity}:${d.entityId}`).sort()).toEqual(keys);
    }
  });

  it('shows the same marks in the Verlauf', async () => {
    for (const [caseId, keys] of marked) {
      const timeline = await office.must<TimelineEntry[]>('timeline.get', { caseId, kinds: ['dispute'] }, 'fm');
      expect(timeline.map((e) => `${e.details.entity}:${e.details.entityId}`).sort()).toEqual(keys);
    }
  });
});
