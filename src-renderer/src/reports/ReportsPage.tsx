import type { ReportPeriodInput } from '@contract/channels/reports';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/hash-route';
import { PageTitle } from '../components/PageTitle';
import { BarrierRegister } from './barriers/BarrierRegister';
import { StatisticsView } from './statistics/StatisticsView';

const TABS = ['huerden', 'statistik'] as const;
const tabId = (tab: string) => `berichte-tab-${tab}`;

/** Berichte: the barrier register and the statistics, as two tabs with their own addresses. */
export function ReportsPage({ tab, period }: { tab: (typeof TABS)[number]; period: ReportPeriodInput | null }) {
  const { t } = useTranslation('reports');
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <Tabs value={tab} aria-label={t('tabs.label')} sx={{ mb: 3, borderBottom: 1, borderColor: 'divider' }}>
        {TABS.map((name) => (
          <Tab key={name} value={name} id={tabId(name)} label={t(`tabs.${name}`)} component="a" href={hrefOf(`/berichte/${name}`)} aria-controls="berichte-panel" />
        ))}
      </Tabs>
      <Box role="tabpanel" id="berichte-panel" aria-labelledby={tabId(tab)}>
        {tab === 'huerden' || !period ? <BarrierRegister /> : <StatisticsView period={period} />}
      </Box>
    </>
  );
}
