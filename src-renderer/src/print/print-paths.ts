import type { PrintCopy, PrintVariant } from '@contract/channels/consultation-fields';

// The print routes (hash routes under /druck, shown without the app frame).

export const PRINT_ROUTE = '/druck';

export const consultationPrintPath = (id: string, copy: PrintCopy, variant: PrintVariant = 'standard'): string =>
  `${PRINT_ROUTE}/beratung/${id}/${copy === 'file' ? 'akte' : 'klient'}${copy === 'client' && variant === 'einfach' ? '/einfach' : ''}`;

export const caseFilePrintPath = (caseId: string): string => `${PRINT_ROUTE}/fallakte/${caseId}`;

export const consentFormPrintPath = (consentId: string, language?: string): string =>
  `${PRINT_ROUTE}/einwilligung/${consentId}${language ? `/${language}` : ''}`;
