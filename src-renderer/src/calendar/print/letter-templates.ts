// The confirmation letter's sentences, shipped with the app as reviewed templates
// (assets/templates/appointment-letter/<lang>.json); no translation service at run time.

export interface LetterTemplate {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
  /** Set while a translation still awaits review by a qualified translator. */
  comment?: string;
  sentences: Record<
    'title' | 'greeting' | 'intro' | 'date' | 'time' | 'place' | 'documents' | 'interpreter' | 'phone' | 'video' | 'contact' | 'contactPerson' | 'office',
    string
  >;
}

const files = import.meta.glob<{ default: LetterTemplate }>('../../../../assets/templates/appointment-letter/*.json', { eager: true });

const TEMPLATES = new Map(Object.values(files).map((m) => [m.default.code, m.default]));

export const letterTemplate = (code: string): LetterTemplate | undefined => TEMPLATES.get(code);

/** The client languages offered (German is always printed first). */
export const LETTER_LANGUAGES: readonly LetterTemplate[] = [...TEMPLATES.values()]
  .filter((t) => t.code !== 'de')
  .sort((a, b) => a.code.localeCompare(b.code));

export const letterPath = (id: string, language: string, occurrenceDate?: string): string =>
  `/kalender/brief/${id}/${language}${occurrenceDate ? `/${occurrenceDate}` : ''}`;

/** Fills {{name}}-style placeholders. */
export const fill = (text: string, values: Record<string, string>): string => text.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? '');
