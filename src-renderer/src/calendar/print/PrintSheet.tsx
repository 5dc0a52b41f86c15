import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/hash-route';

const SHEET_CLASS = 'kim-calendar-print';
// On paper (A4) only the sheet appears; the app's frame is hidden while printing.
const printStyles = {
  '@page': { size: 'A4', margin: '15mm' },
  '@media print': {
    'body *': { visibility: 'hidden' },
    [`.${SHEET_CLASS}, .${SHEET_CLASS} *`]: { visibility: 'visible' },
    [`.${SHEET_CLASS}`]: { position: 'absolute', left: 0, top: 0, width: '100%', padding: 0 },
    '.kim-no-print': { display: 'none !important' },
  },
};

/** A printable A4 sheet with "Drucken" and "Zurück" buttons that do not print. */
export function PrintSheet({ children }: { children: ReactNode }) {
  const { t } = useTranslation('calendar');
  return (
    <>
      <GlobalStyles styles={printStyles} />
      <Stack direction="row" spacing={2} className="kim-no-print" sx={{ mb: 2 }}>
        <Button variant="contained" onClick={() => window.print()}>
          {t('print.print')}
        </Button>
        <Button href={hrefOf('/kalender')}>{t('print.back')}</Button>
      </Stack>
      <Box className={SHEET_CLASS} sx={{ bgcolor: '#fff', color: '#000', p: 4, maxWidth: '210mm', fontSize: '11pt' }}>
        {children}
      </Box>
    </>
  );
}
