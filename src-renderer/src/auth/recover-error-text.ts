import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../api/client';
import { useErrorText } from '../api/error-text';

// The common error text would call a wrong code "Benutzername oder Passwort ist falsch" in English
// and could not say the wait in minutes; these cases get texts of their own, all others the usual one.

function waitText(t: TFunction, waitMs: number): string {
  const seconds = Math.ceil(waitMs / 1000);
  return seconds < 60 ? t('recover.error.waitSeconds', { count: seconds }) : t('recover.error.waitMinutes', { count: Math.ceil(seconds / 60) });
}

const isPasswordIssue = (issues: unknown) =>
  Array.isArray(issues) && issues.some((i: unknown) => typeof i === 'object' && i !== null && (i as { path?: unknown }).path === 'newPassword');

/** A sentence for a failed `auth.recover`. */
export function useRecoverErrorText(): (e: unknown) => string {
  const { t } = useTranslation('auth');
  const errorText = useErrorText();
  return (e) => {
    if (!isApiCallError(e)) return errorText(e);
    const wait = e.details?.retryAfterMs;
    switch (e.code) {
      case 'WRONG_PASSWORD':
        return t('recover.error.wrongCode');
      case 'NOT_FOUND':
        return t('recover.error.unknownUser');
      case 'RATE_LIMITED':
        return typeof wait === 'number' ? waitText(t, wait) : errorText(e);
      case 'VALIDATION':
        return isPasswordIssue(e.details?.issues) ? t('recover.error.weakPassword') : errorText(e);
      default:
        return errorText(e);
    }
  };
}
