import Box from '@mui/material/Box';
import GlobalStyles from '@mui/material/GlobalStyles';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../components/format';
import type { RecoverySheet } from './RecoveryCodeScreen';

const SHEET_CLASS = 'kim-print-sheet';
// On paper only this sheet appears: everything else on the page is hidden while printing.
const printOnlySheet = {
  '@media print': {
    'body *': { visibility: 'hidden' },
    [`.${SHEET_CLASS}, .${SHEET_CLASS} *`]: { visibility: 'visible' },
    [`.${SHEET_CLASS}`]: { position: 'absolute', left: 0, top: 0, width: '100%' },
  },
};

/** The printed recovery sheet: office, date, code and how to keep it. Invisible on screen. */
export function RecoveryPrintSheet({ sheet }: { sheet: RecoverySheet }) {
  const { t } = useTranslation('auth');
  return (
    <>
      <GlobalStyles styles={printOnlySheet} />
      <Box className={SHEET_CLASS} sx={{ display: 'none', displayPrint: 'block', p: 4, color: '#000' }}>
        <Typography variant="h5" component="p" gutterBottom>
          {t('recovery.sheetTitle')}
        </Typography>
        <Typography>{t('recovery.sheetOffice', { office: sheet.officeName })}</Typography>
        <Typography gutterBottom>{t('recovery.sheetDate', { date: formatDate(sheet.createdAt) })}</Typography>
        <Typography component="p" sx={{ fontFamily: 'Consolas, "Courier New", monospace', fontSize: '1.5rem', my: 3, letterSpacing: '0.08em' }}>
          {sheet.code}
        </Typography>
        <Typography gutterBottom>{t('recovery.purpose')}</Typography>
        <Typography>{t('recovery.sheetKeep')}</Typography>
      </Box>
    </>
  );
}
