import i18next from 'i18next';
import type { z } from 'zod';

const t = (key: string, options?: Record<string, unknown>) => i18next.t(`errors:validation.${key}`, options);

/**
 * Turns a zod issue into a sentence in the current language. The contract's schemas carry no
 * messages, so forms built on them (the same schemas the handlers use) speak German through this.
 */
export const zodIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 || issue.input === '' ? t('required') : t('tooShort', { count: Number(issue.minimum) });
      }
      if (issue.origin === 'number') return t('numberTooSmall', { count: Number(issue.minimum) });
      return t('required');
    case 'too_big':
      if (issue.origin === 'string') return t('tooLong', { count: Number(issue.maximum) });
      if (issue.origin === 'number') return t('numberTooBig', { count: Number(issue.maximum) });
      return t('tooMany');
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return t('number');
      return issue.input === undefined || issue.input === null ? t('required') : t('invalid');
    case 'invalid_format':
      return t('format');
    case 'invalid_value':
      return t('choice');
    default:
      return t('invalid');
  }
};
