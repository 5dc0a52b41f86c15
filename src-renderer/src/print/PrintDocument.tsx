import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/error-text';
import { formatInstantDe } from '../calendar/berlin';
import { useDocumentTitle } from '../components/use-document-title';
import { NO_PRINT_CLASS, SHEET_CLASS, pageCss } from './page-css';
import { useDocumentText } from './use-document-text';
import { usePrintActions, type PrintOutput } from './use-print-actions';

interface Props {
  /** Window title (and screen readers' name of the page). */
  title: string;
  /** Shown top right from the second page on. */
  runningTitle: string;
  /** Suggested name of the PDF file. */
  fileName: string;
  backHref: string;
  /** Called for every print or PDF, for the audit trail. */
  onPrinted: (output: PrintOutput) => void;
  /** More controls in the toolbar (copy, language). */
  toolbar?: ReactNode;
  children: ReactNode;
}

/**
 * The print preview: a toolbar that never prints and the document on an A4 sheet. The same page
 * is what the printer, the PDF and the tests receive.
 */
export function PrintDocument({ title, runningTitle, fileName, backHref, onPrinted, toolbar, children }: Props) {
  const { t } = useTranslation('print');
  const doc = useDocumentText();
  const errorText = useErrorText();
  useDocumentTitle(title);
  const [printedAt] = useState(() => formatInstantDe(new Date().toISOString()));
  const css = useMemo(
    () => pageCss({ runningTitle, confidential: doc('frame.confidential'), printedAt: doc('frame.printedAt', { at: printedAt }), page: doc('frame.page'), of: doc('frame.of') }),
    [runningTitle, doc, printedAt],
  );
  const { outcome, pending, print, savePdf } = usePrintActions(fileName, onPrinted);
  return (
    <Box component="main" sx={{ '@media screen': { bgcolor: 'grey.200', minHeight: '100vh', p: 2 } }}>
      <style>{css}</style>
      <Box className={NO_PRINT_CLASS} sx={{ maxWidth: '210mm', mx: 'auto', mb: 2 }}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} role="toolbar" aria-label={t('toolbar.label')}>
          <Button variant="contained" onClick={print} disabled={pending}>
            {t('toolbar.print')}
          </Button>
          <Button variant="outlined" onClick={savePdf} disabled={pending}>
            {t('toolbar.pdf')}
          </Button>
          {toolbar}
          <Button href={backHref}>{t('toolbar.back')}</Button>
        </Stack>
        {outcome?.kind === 'saved' && <Alert severity="success" sx={{ mt: 1 }}>{t('toolbar.saved', { path: outcome.path })}</Alert>}
        {outcome?.kind === 'browser' && <Alert severity="info" sx={{ mt: 1 }}>{t('toolbar.browserHint')}</Alert>}
        {outcome?.kind === 'error' && <Alert severity="error" sx={{ mt: 1 }}>{errorText(outcome.error)}</Alert>}
      </Box>
      <div className={SHEET_CLASS} lang="de" data-testid="print-sheet">
        {children}
      </div>
    </Box>
  );
}
