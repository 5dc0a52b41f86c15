import { useTranslation } from 'react-i18next';

/**
 * Texts on the printed documents are German whatever the interface language: they are official
 * documents of a German office (the consent form adds the client's language from its templates).
 * Labels of the records (forms, life domains) come from the `consultations` namespace.
 */
export function useDocumentText() {
  return useTranslation(['print', 'consultations'], { lng: 'de' }).t;
}
