import { useTranslation } from 'react-i18next';

/** Shared words: "Abbrechen" and the required-field message of the form validation. */
export function useCommonText(): (key: 'cancel' | 'required') => string {
  const { t } = useTranslation(['common', 'errors']);
  return (key) => (key === 'cancel' ? t('common:cancel') : t('errors:validation.required'));
}
