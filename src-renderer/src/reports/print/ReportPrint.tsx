import type { ReportPeriodInput } from '@contract/channels/reports';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import GlobalStyles from '@mui/material/GlobalStyles';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { hrefOf } from '../../app/hash-route';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatDay } from '../../network/format';
import { useReportLabels } from '../labels';
import { periodPath } from '../report-query';
import { ReportChart } from '../statistics/ReportChart';
import { ReportTableView } from '../statistics/ReportTableView';
import { BarrierPrintList } from './BarrierPrintList';

const SHEET_CLASS = 'kim-report-print';
// On paper (A4) only the sheet appears; the app's frame and the buttons are hidden.
const printStyles = {
  '@page': { size: 'A4', margin: '15mm' },
  '@media print': {
    'body *': { visibility: 'hidden' },
    [`.${SHEET_CLASS}, .${SHEET_CLASS} *`]: { visibility: 'visible' },
    [`.${SHEET_CLASS}`]: { position: 'absolute', left: 0, top: 0, width: '100%', padding: 0 },
    '.kim-no-print': { display: 'none !important' },
    [`.${SHEET_CLASS} h2, .${SHEET_CLASS} h3`]: { breakAfter: 'avoid' },
  },
  // Wide tables (barriers: 7 statuses) must fit the A4 width, on screen as on paper.
  [`.${SHEET_CLASS} .MuiTableContainer-root`]: { overflow: 'visible' },
  [`.${SHEET_CLASS} .MuiTableCell-root`]: { fontSize: '8pt', padding: '2px 4px' },
};
/** Charts on paper: smaller, so a table and its chart share a page. */
const PRINT_CHART_HEIGHT = 180;

/** #/berichte/druck?from=…&to=…&kommune=…: the report for the Lenkungsgruppe, laid out for A4 and PDF. */
export function ReportPrint({ period }: { period: ReportPeriodInput }) {
  const { t } = useTranslation(['reports', 'common']);
  const { section, title } = useReportLabels();
  useDocumentTitle(t('print.title'));
  const valid = period.to >= period.from;
  const report = useCallQuery('reports.lenkungsgruppe', period, { enabled: valid });
  const r = report.data?.statistics;
  return (
    <>
      <GlobalStyles styles={printStyles} />
      <Stack direction="row" spacing={2} className="kim-no-print" sx={{ mb: 2 }}>
        <Button variant="contained" onClick={() => window.print()} disabled={!r}>
          {t('print.print')}
        </Button>
        <Button href={hrefOf(periodPath('/berichte/statistik', period))}>{t('print.back')}</Button>
      </Stack>
      {!valid && <Alert severity="error">{t('stats.endBeforeStart')}</Alert>}
      <ErrorAlert error={report.error} />
      {valid && report.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      {r && report.data && (
        <Box className={SHEET_CLASS} data-testid="report-print" sx={{ bgcolor: '#fff', color: '#000', p: 4, maxWidth: '210mm', fontSize: '10pt' }}>
          <Box component="header" sx={{ borderBottom: '2px solid #000', pb: 1, mb: 3 }}>
            <Typography variant="h6" component="p">
              {r.officeName}
            </Typography>
            <Typography variant="h4" component="h1">
              {t('print.title')}
            </Typography>
            <Typography>{t('print.period', { from: formatDay(r.from), to: formatDay(r.to) })}</Typography>
            <Typography>{r.kommuneName ? t('print.kommune', { name: r.kommuneName }) : t('print.allKommunen')}</Typography>
            {r.scope === 'eigene' && <Typography>{t('stats.ownOnly')}</Typography>}
            <Typography variant="body2">{t('print.generated', { date: formatDate(new Date(r.generatedAt)) })}</Typography>
            <Typography variant="body2">{t('stats.legend')}</Typography>
          </Box>
          {!r.hasData && <Typography sx={{ mb: 2 }}>{t('stats.noData')}</Typography>}
          {r.sections.map((s) => (
            <Box component="section" key={s.id} sx={{ mb: 3 }}>
              <Typography variant="h5" component="h2" sx={{ mb: 1 }}>
                {section(s.id)}
              </Typography>
              {s.tables.map((table) => (
                <Box key={table.id} sx={{ mb: 2, breakInside: 'avoid' }}>
                  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 'bold' }}>
                    {title(table.id)}
                  </Typography>
                  <ReportChart table={table} height={PRINT_CHART_HEIGHT} />
                  <ReportTableView table={table} dense />
                </Box>
              ))}
            </Box>
          ))}
          <Box component="section" sx={{ breakBefore: 'page' }}>
            <Typography variant="h5" component="h2" sx={{ mb: 1 }}>
              {t('print.barriers')}
            </Typography>
            <BarrierPrintList barriers={report.data.barriers} />
          </Box>
        </Box>
      )}
    </>
  );
}
