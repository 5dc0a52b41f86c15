import type { DataCategory } from '@contract/channels/consents';

// The consent form's sentences, shipped with the app (assets/templates/consent-form/<lang>.json);
// no translation service at run time. Each file's `reviewNote` says what review it still needs.

type SentenceKey =
  | 'title'
  | 'intro'
  | 'recipient'
  | 'purpose'
  | 'categories'
  | 'bidirectional'
  | 'validUntil'
  | 'validOpen'
  | 'release'
  | 'voluntary'
  | 'withdraw'
  | 'rights'
  | 'placeDate'
  | 'signature'
  | 'translationNote';

export interface ConsentTemplate {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
  reviewNote: string;
  sentences: Record<SentenceKey, string>;
  categories: Record<DataCategory, string>;
}

const files = import.meta.glob<{ default: ConsentTemplate }>('../../../assets/templates/consent-form/*.json', { eager: true });
const TEMPLATES = new Map(Object.values(files).map((m) => [m.default.code, m.default]));

export const consentTemplate = (code: string): ConsentTemplate | undefined => TEMPLATES.get(code);

/** The client languages offered besides German (always printed first). */
export const CONSENT_LANGUAGES: readonly ConsentTemplate[] = [...TEMPLATES.values()].filter((t) => t.code !== 'de').sort((a, b) => a.code.localeCompare(b.code));
