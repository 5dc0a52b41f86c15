import type { ApiError, ErrorCode } from '@contract';
import { useTranslation } from 'react-i18next';
import { isApiCallError } from './client';

// Codes whose server message says nothing more than our own text; for all others the server's
// German message is more specific (wait time, which conflict, which file) and is shown as is.
const GENERIC: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['LOCKED', 'UNKNOWN_CHANNEL']);

// A schema failure carries field paths and a generic sentence; a rule broken in a service
// (no plan before an assessment, a date that does not exist) carries its own German sentence.
const isGeneric = (error: ApiError) => GENERIC.has(error.code) || (error.code === 'VALIDATION' && Array.isArray(error.details?.issues));

const asApiError = (e: unknown): ApiError | null => {
  if (isApiCallError(e)) return e.error;
  if (typeof e === 'object' && e !== null && 'code' in e && 'message' in e) return e as ApiError;
  return null;
};

/** A sentence for any failure: the server's German text where it is specific, else ours. */
export function useErrorText(): (e: unknown) => string {
  const { t, i18n } = useTranslation('errors');
  return (e) => {
    const error = asApiError(e);
    if (!error) return t('unexpected');
    const serverSpeaksUserLanguage = i18n.language === 'de';
    if (serverSpeaksUserLanguage && error.message && !isGeneric(error)) return error.message;
    return t(`codes.${error.code}`, { defaultValue: t('unexpected') });
  };
}
