import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIFE_DOMAINS } from '../../../src-main/contract/channels/casefile-fields';
import { CONSULTATION_FORMS } from '../../../src-main/contract/channels/consultation-fields';
import { CONSULTATION_TEMPLATES } from '../../../src-main/contract/channels/consultation-templates';
import type { ConsultationView } from '../../../src-main/contract/channels/consultations';
import { createCase, type CaseFixture } from '../helpers/case-fixtures';
import {
  type ConsultationOffice,
  expectError,
  finalise,
  fullContent,
  openConsultationOffice,
  rawRow,
  reopen,
  save,
  startDraft,
  today,
  value,
} from './consultation-fixtures';

let o: ConsultationOffice;
let family: CaseFixture;

beforeAll(async () => {
  ({ o, family } = await openConsultationOffice());
});
afterAll(() => o.cleanup());

describe('drafts', () => {
  it('a template fills form, duration, topics, domains and next steps; the author is the first staff participant', async () => {
    const draft = await startDraft(o, family.caseId, { template: 'hausbesuch' });
    const t = CONSULTATION_TEMPLATES.hausbesuch;
    expect(draft.status).toBe('entwurf');
    expect(draft.content).toMatchObject({ form: t.form, durationMinutes: t.durationMinutes, topics: t.topics, lifeDomains: t.lifeDomains, nextSteps: t.nextSteps });
    expect(draft.content.date).toBe(today(o));
    expect(draft.content.staffIds).toEqual([o.staff.userIds.fm]);
    expect(draft.canEdit).toBe(true);
  });

  it('autosave needs the current version: a stale save is a CONFLICT and changes nothing', async () => {
    const draft = await startDraft(o, family.caseId);
    const first = value(await save(o, draft, { summary: 'Erste Fassung' }));
    expect(first.version).toBe(draft.version + 1);
    const stale = expectError(await save(o, draft, { summary: 'Veraltete Fassung' }), 'CONFLICT');
    expect(stale.details).toEqual({ currentVersion: first.version });
    const reread = await o.must<ConsultationView>('consultations.get', { id: draft.id }, 'fm');
    expect(reread.content.summary).toBe('Erste Fassung');
  });

  it('refuses participants that are not part of the case', async () => {
    const other = await startDraft(o, family.caseId);
    const stranger = (await o.must<{ persons: { id: string }[] }>('cases.get', { id: family.caseId }, 'fm')).persons.length;
    expect(stranger).toBe(3);
    const error = expectError(await save(o, other, { personIds: ['00000000-0000-4000-8000-000000000001'] }), 'VALIDATION');
    expect(error.message).toMatch(/Haushalt/);
  });

  it('a draft survives a restart of the app (it lives in the encrypted database)', async () => {
    const draft = await startDraft(o, family.caseId);
    value(await save(o, draft, { summary: 'Noch nicht fertig – Größe, Übergabe, Straße' }));
    o = await reopen(o);
    const reread = await o.must<ConsultationView>('consultations.get', { id: draft.id }, 'fm');
    expect(reread.content.summary).toBe('Noch nicht fertig – Größe, Übergabe, Straße');
    expect(reread.version).toBe(draft.version + 1);
  });
});

describe('finalising', () => {
  it('is refused without a date or without any participant, with a German message', async () => {
    const draft = await startDraft(o, family.caseId);
    const saved = value(await save(o, draft, { date: '', staffIds: [] }));
    const error = expectError(await finalise(o, saved), 'VALIDATION');
    expect(error.message).toContain('Bitte geben Sie das Datum der Beratung an.');
    expect(error.message).toContain('Bitte geben Sie mindestens eine teilnehmende Person an.');
    const dated = value(await save(o, saved, { date: today(o) }));
    expect(expectError(await finalise(o, dated), 'VALIDATION').message).toMatch(/teilnehmende Person/);
    expect(rawRow(o, draft.id).finalised_at).toBeNull();
  });

  it('refuses agreements without "what" or "by when", and a date in the future', async () => {
    const draft = await startDraft(o, family.caseId);
    const saved = value(await save(o, draft, fullContent(o, family, { agreements: [{ what: 'Etwas', who: 'Familie', dueOn: '' }] })));
    expect(expectError(await finalise(o, saved), 'VALIDATION').message).toMatch(/bis wann/);
    const future = value(await save(o, saved, fullContent(o, family, { date: '2999-01-01' })));
    expect(expectError(await finalise(o, future), 'VALIDATION').message).toMatch(/Zukunft/);
  });

  it('seals the record: every write path is refused and the stored row stays byte for byte the same', async () => {
    const draft = await startDraft(o, family.caseId);
    const saved = value(await save(o, draft, fullContent(o, family, { agreements: [] })));
    const done = value(await finalise(o, saved));
    expect(done.status).toBe('abgeschlossen');
    expect(done.canEdit).toBe(false);
    expect(done.canAddAddendum).toBe(true);
    expect(done.participants.persons.map((p) => p.name)).toHaveLength(2);
    const before = rawRow(o, draft.id);

    expect(expectError(await save(o, done, { summary: 'geändert' }), 'CONFLICT').message).toMatch(/abgeschlossen/);
    expectError(await save(o, { id: done.id, version: done.version - 1 }, { summary: 'geändert' }), 'CONFLICT');
    expectError(await finalise(o, done), 'CONFLICT');
    expectError(await o.call('consultations.deleteDraft', { id: done.id, version: done.version }, 'fm'), 'CONFLICT');

    const raw = o.core.office.database().raw;
    expect(() => raw.prepare('UPDATE consultations SET summary = ? WHERE id = ?').run('heimlich geändert', done.id)).toThrow(/finalised/);
    expect(() => raw.prepare('UPDATE consultations SET finalised_at = NULL WHERE id = ?').run(done.id)).toThrow(/finalised/);
    expect(() => raw.prepare('UPDATE consultations SET version = version + 1 WHERE id = ?').run(done.id)).toThrow(/finalised/);
    expect(() => raw.prepare('DELETE FROM consultations WHERE id = ?').run(done.id)).toThrow(/finalised/);
    expect(rawRow(o, draft.id)).toEqual(before);
  });

  it('property: no draft content sent after finalising changes the stored record', async () => {
    const draft = await startDraft(o, family.caseId);
    const done = value(await finalise(o, value(await save(o, draft, fullContent(o, family, { agreements: [] })))));
    const before = rawRow(o, done.id);
    const contentArb = fc.record(
      {
        summary: fc.string({ maxLength: 50 }),
        internalNote: fc.string({ maxLength: 50 }),
        form: fc.constantFrom(...CONSULTATION_FORMS),
        lifeDomains: fc.subarray([...LIFE_DOMAINS]),
        durationMinutes: fc.integer({ min: 0, max: 600 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(contentArb, fc.integer({ min: 0, max: done.version + 2 }), async (content, version) => {
        const r = await save(o, { id: done.id, version }, content);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 40 },
    );
    expect(rawRow(o, done.id)).toEqual(before);
  });

  it('a draft started by mistake can be discarded; a finalised one cannot', async () => {
    const draft = await startDraft(o, family.caseId);
    expect(value(await o.call('consultations.deleteDraft', { id: draft.id, version: draft.version }, 'fm'))).toEqual({ deleted: true });
    expectError(await o.call('consultations.get', { id: draft.id }, 'fm'), 'NOT_FOUND');
  });
});

describe('addenda', () => {
  let done: ConsultationView;
  beforeAll(async () => {
    const draft = await startDraft(o, family.caseId);
    done = value(await finalise(o, value(await save(o, draft, fullContent(o, family, { agreements: [] })))));
  });

  it('need a reason (and a text); the registry and the service both refuse blank ones', async () => {
    expectError(await o.call('consultations.addAddendum', { id: done.id, text: 'Korrektur' }, 'fm'), 'VALIDATION');
    expectError(await o.call('consultations.addAddendum', { id: done.id, text: 'Korrektur', reason: '   ' }, 'fm'), 'VALIDATION');
    expectError(await o.call('consultations.addAddendum', { id: done.id, text: '', reason: 'Tippfehler' }, 'fm'), 'VALIDATION');
    expect((await o.must<ConsultationView>('consultations.get', { id: done.id }, 'fm')).addenda).toEqual([]);
  });

  it('are only for finalised records', async () => {
    const draft = await startDraft(o, family.caseId);
    expectError(await o.call('consultations.addAddendum', { id: draft.id, text: 'Ergänzung', reason: 'Nachtrag' }, 'fm'), 'CONFLICT');
  });

  it('append below the unchanged original with author and time; the database keeps them append-only', async () => {
    const before = rawRow(o, done.id);
    const first = await o.must<ConsultationView>('consultations.addAddendum', { id: done.id, text: 'Termin beim Jobcenter ist am 12.03.', reason: 'Information kam später' }, 'fm');
    const second = await o.must<ConsultationView>('consultations.addAddendum', { id: done.id, text: 'Zweiter Nachtrag', reason: 'Korrektur', forClient: true }, 'fm');
    expect(first.addenda).toHaveLength(1);
    expect(second.addenda.map((a) => [a.text, a.reason, a.forClient, a.authorName])).toEqual([
      ['Termin beim Jobcenter ist am 12.03.', 'Information kam später', false, 'Netz fm (synthetisch)'],
      ['Zweiter Nachtrag', 'Korrektur', true, 'Netz fm (synthetisch)'],
    ]);
    expect(second.content).toEqual(done.content);
    expect(rawRow(o, done.id)).toEqual(before);

    const raw = o.core.office.database().raw;
    const addendumId = second.addenda[0]!.id;
    expect(() => raw.prepare('UPDATE consultation_addenda SET text = ? WHERE id = ?').run('umgeschrieben', addendumId)).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM consultation_addenda WHERE id = ?').run(addendumId)).toThrow(/append-only/);
    const draft = await startDraft(o, family.caseId);
    expect(() =>
      raw.prepare(`INSERT INTO consultation_addenda (id, consultation_id, text, reason, created_at) VALUES ('x', ?, 't', 'r', '2026-01-01')`).run(draft.id),
    ).toThrow(/finalised/);
  });

  it('erasing a whole case (end of retention) still removes its records and addenda', async () => {
    const other = await createCase(o, 'fm');
    const draft = await startDraft(o, other.caseId);
    const sealed = value(await finalise(o, value(await save(o, draft, fullContent(o, other, { agreements: [] })))));
    await o.must('consultations.addAddendum', { id: sealed.id, text: 'Nachtrag', reason: 'Korrektur' }, 'fm');
    const raw = o.core.office.database().raw;
    const left = () => (raw.prepare('SELECT count(*) AS n FROM consultations WHERE case_id = ?').get(other.caseId) as { n: number }).n;
    raw.transaction(() => raw.prepare('DELETE FROM cases WHERE id = ?').run(other.caseId))();
    expect(left()).toBe(0);
    expect(raw.prepare('SELECT count(*) AS n FROM consultation_addenda WHERE consultation_id = ?').get(sealed.id)).toEqual({ n: 0 });
  });
});
