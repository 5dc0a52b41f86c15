import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../api/client';
import { useErrorText } from '../api/error-text';

/**
 * Backup errors carry a `details.reason` (which part is damaged, which version is needed). In
 * German the server's own message says exactly that; in other languages the reason picks the text.
 */
export function useBackupErrorText(): (e: unknown) => string {
  const { t, i18n } = useTranslation('backup');
  const generic = useErrorText();
  return (e) => {
    if (!isApiCallError(e)) return generic(e);
    if (i18n.language === 'de' && e.error.message) return e.error.message;
    const reason = e.details?.reason;
    const key = typeof reason === 'string' ? `errors.${reason}` : `errors.code.${e.code}`;
    return i18n.exists(key, { ns: 'backup' }) ? t(key, { ...e.details }) : generic(e);
  };
}
