import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES, type DataCategory } from '../../../src-main/contract/channels/consents';
import { consentStatus, decideTransfer } from '../../../src-main/core/consents/consent-validity';

const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const categories = fc.subarray([...DATA_CATEGORIES] as DataCategory[], { minLength: 1 });
const consent = fc.record({
  givenOn: day,
  validUntil: fc.option(day, { nil: null }),
  withdrawnOn: fc.option(day, { nil: null }),
  dataCategories: categories,
});

describe('consent validity (pure rule)', () => {
  it('status follows the dates: withdrawn beats everything, then not yet given, then expired', () => {
    const c = { givenOn: '2026-03-01', validUntil: '2026-03-31', withdrawnOn: null };
    expect(consentStatus(c, '2026-02-28')).toBe('noch_nicht_gueltig');
    expect(consentStatus(c, '2026-03-01')).toBe('gueltig');
    expect(consentStatus(c, '2026-03-31')).toBe('gueltig');
    expect(consentStatus(c, '2026-04-01')).toBe('abgelaufen');
    expect(consentStatus({ ...c, validUntil: null }, '2099-12-31')).toBe('gueltig');
    expect(consentStatus({ ...c, withdrawnOn: '2026-03-05' }, '2026-03-02')).toBe('widerrufen');
  });

  it('allows a transfer exactly when one consent is valid today and covers every category', () => {
    fc.assert(
      fc.property(fc.array(consent, { maxLength: 4 }), categories, day, (list, wanted, today) => {
        const expected = list.some(
          (c) => c.withdrawnOn === null && c.givenOn <= today && (c.validUntil === null || c.validUntil >= today) && wanted.every((k) => c.dataCategories.includes(k)),
        );
        const decision = decideTransfer(list, wanted, today);
        expect(decision.ok).toBe(expected);
        if (decision.ok) expect(wanted.every((k) => decision.consent.dataCategories.includes(k))).toBe(true);
        else expect(decision.missing.length).toBeGreaterThan(0);
      }),
    );
  });
});
