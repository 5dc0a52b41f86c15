import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../api/client';
import { useErrorText } from '../api/error-text';

/**
 * Reading a handover file fails for reasons the container names generically ("keine KIM-Sicherung");
 * for those (by `details.reason`, or the code for a wrong password) the handover texts say what
 * to do. Everything else is the server's own German sentence.
 */
export function useHandoverErrorText(): (e: unknown) => string {
  const { t, i18n } = useTranslation('handover');
  const generic = useErrorText();
  return (e) => {
    if (!isApiCallError(e)) return generic(e);
    const reason = e.details?.reason;
    const key = `errors.${typeof reason === 'string' ? reason : e.code}`;
    return i18n.exists(key, { ns: 'handover' }) ? t(key) : generic(e);
  };
}
