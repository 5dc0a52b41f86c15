import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the window title to "<page> – KIM Fallakte", so screen readers announce where one is. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation('common');
  const app = t('appName');
  useEffect(() => {
    document.title = page ? `${page} – ${app}` : app;
  }, [page, app]);
}
