import { DATA_CATEGORY_LABELS, type ConsentStatus, type DataCategory } from '../../contract/channels/consents';

// The consent rule in one place, pure: which consent allows a transfer today, and why not.

export interface ConsentDates {
  givenOn: string;
  validUntil: string | null;
  withdrawnOn: string | null;
}

/** Dates are the office's calendar days (Europe/Berlin), ISO strings that compare correctly as text. */
export function consentStatus(c: ConsentDates, today: string): ConsentStatus {
  if (c.withdrawnOn !== null) return 'widerrufen';
  if (c.givenOn > today) return 'noch_nicht_gueltig';
  if (c.validUntil !== null && c.validUntil < today) return 'abgelaufen';
  return 'gueltig';
}

export type RefusalReason = 'none' | 'widerrufen' | 'abgelaufen' | 'noch_nicht_gueltig' | 'kategorien';

export type ConsentDecision<C> = { ok: true; consent: C } | { ok: false; reason: RefusalReason; missing: DataCategory[] };

/**
 * Picks a consent that is valid today and covers every transferred category. Several partial
 * consents do not add up: one transfer rests on one consent the recipient can be shown.
 */
export function decideTransfer<C extends ConsentDates & { dataCategories: DataCategory[] }>(
  candidates: C[],
  categories: DataCategory[],
  today: string,
): ConsentDecision<C> {
  const valid = candidates.filter((c) => consentStatus(c, today) === 'gueltig');
  const covering = valid.find((c) => categories.every((k) => c.dataCategories.includes(k)));
  if (covering) return { ok: true, consent: covering };
  if (valid.length > 0) {
    const best = valid.map((c) => categories.filter((k) => !c.dataCategories.includes(k))).sort((a, b) => a.length - b.length)[0] ?? categories;
    return { ok: false, reason: 'kategorien', missing: best };
  }
  const statuses = new Set(candidates.map((c) => consentStatus(c, today)));
  const reason: RefusalReason = statuses.has('abgelaufen') ? 'abgelaufen' : statuses.has('widerrufen') ? 'widerrufen' : statuses.has('noch_nicht_gueltig') ? 'noch_nicht_gueltig' : 'none';
  return { ok: false, reason, missing: categories };
}

const ASK = 'Bitte erfassen Sie zuerst eine gültige Einwilligung (Schweigepflichtentbindung) im Einwilligungsregister.';

/** The German message for a refused transfer; names categories, never personal data. */
export function refusalMessage(reason: RefusalReason, missing: DataCategory[]): string {
  switch (reason) {
    case 'kategorien':
      return `Die Einwilligung für diesen Partner deckt nicht alle Datenkategorien ab (es fehlt: ${missing.map((k) => DATA_CATEGORY_LABELS[k]).join(', ')}). Die Übermittlung wurde nicht ausgeführt. ${ASK}`;
    case 'widerrufen':
      return `Die Einwilligung für diesen Partner wurde widerrufen. Daten dürfen nicht mehr übermittelt werden. ${ASK}`;
    case 'abgelaufen':
      return `Die Einwilligung für diesen Partner ist abgelaufen. Die Übermittlung wurde nicht ausgeführt. ${ASK}`;
    case 'noch_nicht_gueltig':
      return `Die Einwilligung für diesen Partner gilt erst ab einem späteren Datum. Die Übermittlung wurde nicht ausgeführt. ${ASK}`;
    case 'none':
      return `Für diese Person liegt keine Einwilligung zur Übermittlung an diesen Partner vor. Die Übermittlung wurde nicht ausgeführt. ${ASK}`;
  }
}
