import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../src-main/contract/channels/cases';
import type { TimelineEntry } from '../../../src-main/contract/channels/timeline';
import { failure, openCase, openCaseOffice, person, type CaseOffice } from './case-fixtures';

let o: CaseOffice;
beforeEach(async () => {
  o = await openCaseOffice();
});
afterEach(() => o?.office.cleanup());

const move = (c: CaseView, to: string, extra: Record<string, unknown> = {}) =>
  o.as<CaseView>('fm1', 'cases.transition', { id: c.id, version: c.version, to, ...extra });
const mustMove = async (c: CaseView, to: string, extra: Record<string, unknown> = {}) => {
  const r = await move(c, to, extra);
  if (!r.ok) throw new Error(`${to}: ${r.error.code} ${r.error.message}`);
  return r.value;
};

async function caseWithConsent(): Promise<CaseView> {
  return openCase(o, [{ person: person('Petrenko', 'Iryna') }], { consentRecorded: true, consentRecordedOn: '2026-03-02' });
}

const assess = (c: CaseView) =>
  o.must('fm1', 'assessments.save', { caseId: c.id, domain: 'wohnen', rating: 'dringend', assessedOn: '2026-03-05', needs: 'Wohnung' });
const goal = (c: CaseView, status = 'offen') =>
  o.must<{ id: string; version: number }>('fm1', 'goals.save', { caseId: c.id, domain: 'wohnen', description: 'Eigene Wohnung', status });

describe('case phases', () => {
  it('opens a case in Klärung with a readable yearly number and a first phase event', async () => {
    const a = await caseWithConsent();
    const b = await caseWithConsent();
    expect(a.caseNumber).toBe('2026-00001');
    expect(b.caseNumber).toBe('2026-00002');
    expect(a.phase).toBe('klaerung');
    expect(a.phaseEvents).toHaveLength(1);
    expect(a.phaseEvents[0]).toMatchObject({ fromPhase: null, toPhase: 'klaerung' });
    o.clock.set('2027-01-02T09:00:00Z');
    expect((await caseWithConsent()).caseNumber).toBe('2027-00001');
  });

  it('cannot leave Klärung before the consent is recorded', async () => {
    const c = await openCase(o, [{ person: person('Petrenko', 'Iryna') }]);
    expect(c.transitions.find((t) => t.to === 'assessment')?.blockers).toEqual(['consent_missing']);
    const err = failure(await move(c, 'assessment'), 'VALIDATION');
    expect(err.details).toEqual({ blockers: ['consent_missing'] });
    expect((await o.must<CaseView>('fm1', 'cases.get', { id: c.id })).phase).toBe('klaerung');

    const withConsent = await o.must<CaseView>('fm1', 'cases.update', { id: c.id, version: c.version, consentRecorded: true });
    expect(withConsent.consentRecordedOn).toBe('2026-03-10'); // defaults to today (Berlin)
    expect((await mustMove(withConsent, 'assessment')).phase).toBe('assessment');
  });

  it('refuses Hilfeplanung without an assessment and Umsetzung without a goal', async () => {
    let c = await mustMove(await caseWithConsent(), 'assessment');
    expect(failure(await move(c, 'hilfeplanung'), 'VALIDATION').details).toEqual({ blockers: ['no_assessment'] });
    await assess(c);
    c = await mustMove(c, 'hilfeplanung');
    expect(failure(await move(c, 'umsetzung'), 'VALIDATION').details).toEqual({ blockers: ['no_goal'] });
    await goal(c);
    c = await mustMove(c, 'umsetzung');
    c = await mustMove(c, 'monitoring');
    expect(c.phase).toBe('monitoring');
  });

  it('never skips a phase forward', async () => {
    const c = await caseWithConsent();
    const err = failure(await move(c, 'hilfeplanung'), 'VALIDATION');
    expect(err.details).toEqual({ issues: [{ path: 'to', code: 'invalid_transition' }] });
  });

  it('goes back one phase only with a reason', async () => {
    const c = await mustMove(await caseWithConsent(), 'assessment');
    expect(failure(await move(c, 'klaerung'), 'VALIDATION').details).toEqual({ issues: [{ path: 'reason', code: 'required' }] });
    expect(failure(await move(c, 'klaerung', { reason: '   ' }), 'VALIDATION').details).toEqual({ issues: [{ path: 'reason', code: 'required' }] });
    const back = await mustMove(c, 'klaerung', { reason: 'Angaben unvollständig' });
    expect(back.phase).toBe('klaerung');
    expect(back.phaseEvents.at(-1)).toMatchObject({ fromPhase: 'assessment', toPhase: 'klaerung', reason: 'Angaben unvollständig' });
  });

  it('closes only with closure reason and goal attainment, and with open items only with an explanation', async () => {
    let c = await mustMove(await caseWithConsent(), 'assessment');
    await assess(c);
    c = await mustMove(c, 'hilfeplanung');
    const g = await goal(c);
    await o.must('fm1', 'followups.create', { caseId: c.id, dueOn: '2026-03-20', note: 'Nachfragen' });
    c = await o.must<CaseView>('fm1', 'cases.get', { id: c.id });
    expect(c.transitions.find((t) => t.kind === 'close')?.needsExplanation).toBe(true);

    const missing = failure(await move(c, 'abschluss'), 'VALIDATION');
    expect(missing.details).toEqual({ issues: [{ path: 'closureReason', code: 'required' }, { path: 'goalAttainment', code: 'required' }] });
    const closing = { closureReason: 'wegzug', goalAttainment: 'teilweise' };
    expect(failure(await move(c, 'abschluss', closing), 'VALIDATION').details).toEqual({ issues: [{ path: 'openItemsExplanation', code: 'required' }] });

    const closed = await mustMove(c, 'abschluss', { ...closing, openItemsExplanation: 'Familie zieht nach Köln' });
    expect(closed).toMatchObject({ phase: 'abschluss', closedOn: '2026-03-10', closureReason: 'wegzug', goalAttainment: 'teilweise' });
    expect(closed.phaseEvents.at(-1)).toMatchObject({ toPhase: 'abschluss', reason: 'wegzug', explanation: 'Familie zieht nach Köln', goalAttainment: 'teilweise' });
    expect(g.id).toBeTruthy();
  });

  it('closes without explanation once every goal and follow-up is finished', async () => {
    let c = await mustMove(await caseWithConsent(), 'assessment');
    const g = await goal(c, 'erreicht');
    const f = await o.must<{ id: string; version: number }>('fm1', 'followups.create', { caseId: c.id, dueOn: '2026-03-11', note: 'Anrufen' });
    await o.must('fm1', 'followups.complete', { id: f.id, version: f.version });
    c = await o.must<CaseView>('fm1', 'cases.get', { id: c.id });
    expect(c.transitions.find((t) => t.kind === 'close')?.needsExplanation).toBe(false);
    expect((await mustMove(c, 'abschluss', { closureReason: 'ziele_erreicht', goalAttainment: 'erreicht' })).phase).toBe('abschluss');
    expect(g.version).toBe(0);
  });

  it('reopens a closed case with a reason into monitoring or assessment only', async () => {
    const closed = await mustMove(await caseWithConsent(), 'abschluss', { closureReason: 'kein_bedarf', goalAttainment: 'nicht_erreicht' });
    expect(closed.transitions.map((t) => t.to).sort()).toEqual(['assessment', 'monitoring']);
    expect(failure(await move(closed, 'umsetzung', { reason: 'x' }), 'VALIDATION').details).toEqual({ issues: [{ path: 'to', code: 'invalid_transition' }] });
    expect(failure(await move(closed, 'monitoring'), 'VALIDATION').details).toEqual({ issues: [{ path: 'reason', code: 'required' }] });
    const reopened = await mustMove(closed, 'monitoring', { reason: 'Neue Notlage' });
    expect(reopened).toMatchObject({ phase: 'monitoring', closedOn: null, closureReason: null, goalAttainment: null });
  });

  it('dates every transition, audits it and shows it in the timeline', async () => {
    const c = await caseWithConsent();
    o.clock.set('2026-03-11T10:15:00Z');
    const moved = await mustMove(c, 'assessment', { reason: 'Einwilligung liegt vor' });
    expect(moved.phaseEvents.at(-1)?.at).toBe('2026-03-11T10:15:00.000Z');
    const db = o.office.core.office.database();
    const audits = db.raw.prepare("SELECT action, entity_id FROM audit_events WHERE action = 'case.transition'").all();
    expect(audits).toEqual([{ action: 'case.transition', entity_id: c.id }]);
    const timeline = await o.must<TimelineEntry[]>('fm1', 'timeline.get', { caseId: c.id, kinds: ['phase'] });
    expect(timeline.map((e) => [e.details.from, e.details.to, e.summary])).toEqual([
      ['klaerung', 'assessment', 'Einwilligung liegt vor'],
      [null, 'klaerung', null],
    ]);
  });
});
