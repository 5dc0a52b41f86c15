import type { CaseView } from '@contract/channels/cases';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { hrefOf } from '../../app/hash-route';
import { useReadyMark } from '../../app/ready-mark';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { ExportHandoverAction } from '../../handover/ExportHandoverAction';
import { CASES_ROUTE } from '../case-paths';
import { CASE_TABS, CaseTabContent, type CaseTab } from './case-tabs';

function CaseHeader({ kase }: { kase: CaseView }) {
  const { t } = useTranslation('cases');
  const name = `${kase.primaryPerson.givenNames} ${kase.primaryPerson.familyName}`;
  return (
    <>
      <PageTitle>{t('page.title', { caseNumber: kase.caseNumber })}</PageTitle>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="p">
          {kase.householdLabel && kase.persons.length > 1 ? `${name} (${kase.householdLabel})` : name}
        </Typography>
        <Chip color="primary" variant="outlined" label={t(`phases.${kase.phase}`)} />
        <Typography variant="body2">{kase.kommuneName}</Typography>
        <ExportHandoverAction kase={kase} />
      </Stack>
      {kase.blocked && <Alert severity="warning" sx={{ mb: 2 }}>{t('page.blocked', { reason: kase.blockedReason ?? '' })}</Alert>}
      {!kase.canEdit && !kase.blocked && <Alert severity="info" sx={{ mb: 2 }}>{t('page.readOnly')}</Alert>}
    </>
  );
}

/** The case page (#/faelle/<id>): header and the tabs of the case file. */
export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const idBase = useId();
  const [tab, setTab] = useState<CaseTab>('overview');
  const query = useCallQuery('cases.get', { id: caseId });
  useReadyMark('case', query.data);
  if (query.isPending) return <CircularProgress aria-label={t('common:loading')} />;
  if (query.error || !query.data) {
    return (
      <>
        <PageTitle>{t('list.title')}</PageTitle>
        <ErrorAlert error={query.error} />
        <Button href={hrefOf(CASES_ROUTE)}>{t('page.backToList')}</Button>
      </>
    );
  }
  const kase = query.data;
  const tabId = (k: CaseTab) => `${idBase}-tab-${k}`;
  const panelId = (k: CaseTab) => `${idBase}-panel-${k}`;
  return (
    <>
      <CaseHeader kase={kase} />
      <Tabs value={tab} onChange={(_e, v: CaseTab) => setTab(v)} variant="scrollable" scrollButtons="auto" aria-label={t('page.tabsLabel')} sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        {CASE_TABS.map((k) => (
          <Tab key={k.id} value={k.id} label={k.label(t)} id={tabId(k.id)} aria-controls={panelId(k.id)} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        <CaseTabContent tab={tab} kase={kase} />
      </Box>
    </>
  );
}
