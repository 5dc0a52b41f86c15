import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_PHASES } from '../../../src-main/contract/channels/casefile-fields';
import { REOPEN_TARGETS, transitionOptions, type PhaseFacts } from '../../../src-main/core/cases/phase-rules';

const facts = fc.record<PhaseFacts>({
  phase: fc.constantFrom(...CASE_PHASES),
  consentRecorded: fc.boolean(),
  assessments: fc.nat(3),
  goals: fc.nat(3),
  openItems: fc.nat(3),
  blocked: fc.boolean(),
});

describe('phase rules (property)', () => {
  it('forward is always exactly one step, back one step, close from anywhere, reopen only from abschluss', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const i = CASE_PHASES.indexOf(f.phase);
        for (const o of transitionOptions(f)) {
          const j = CASE_PHASES.indexOf(o.to);
          if (o.kind === 'forward') expect(j).toBe(i + 1);
          if (o.kind === 'back') expect(j).toBe(i - 1);
          if (o.kind === 'close') expect([o.to, f.phase === 'abschluss']).toEqual(['abschluss', false]);
          if (o.kind === 'reopen') expect([f.phase, REOPEN_TARGETS.includes(o.to)]).toEqual(['abschluss', true]);
        }
      }),
    );
  });

  it('a forward step is free exactly when its own rule holds and the case is not blocked', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const forward = transitionOptions(f).find((o) => o.kind === 'forward');
        if (!forward) return;
        const rule =
          (f.phase !== 'klaerung' || f.consentRecorded) &&
          (forward.to !== 'hilfeplanung' || f.assessments > 0) &&
          (forward.to !== 'umsetzung' || f.goals > 0);
        expect(forward.blockers.length === 0).toBe(rule && !f.blocked);
      }),
    );
  });

  it('closing asks for an explanation exactly when items are open', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const close = transitionOptions(f).find((o) => o.kind === 'close');
        if (close) expect(close.needsExplanation).toBe(f.openItems > 0);
      }),
    );
  });
});
