import type { ReportPeriodInput } from '@contract/channels/reports';
import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { navigate } from '../../app/hash-route';
import { ErrorAlert } from '../../components/ErrorAlert';
import { periodPath } from '../report-query';
import { ExportButtons } from './ExportButtons';
import { PeriodForm } from './PeriodForm';
import { ReportSectionView } from './ReportSectionView';

/** Berichte → Statistik: the period's figures with charts and tables, and their exports. */
export function StatisticsView({ period }: { period: ReportPeriodInput }) {
  const { t } = useTranslation(['reports', 'common']);
  const valid = period.to >= period.from;
  const report = useCallQuery('reports.statistics', period, { enabled: valid });
  const r = report.data;
  return (
    <>
      <PeriodForm key={periodPath('', period)} period={period} onShow={(p) => navigate(periodPath('/berichte/statistik', p))} />
      {!valid && <Alert severity="error">{t('stats.endBeforeStart')}</Alert>}
      <ErrorAlert error={report.error} />
      {valid && report.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      {r && (
        <>
          <ExportButtons period={period} />
          {r.scope === 'eigene' && <Alert severity="info" sx={{ mb: 2 }}>{t('stats.ownOnly')}</Alert>}
          {!r.hasData && <Alert severity="info" sx={{ mb: 2 }}>{t('stats.noData')}</Alert>}
          <Typography variant="body2" sx={{ mb: 2 }}>
            {t('stats.legend')}
          </Typography>
          {r.sections.map((s) => (
            <ReportSectionView key={s.id} section={s} />
          ))}
        </>
      )}
    </>
  );
}
