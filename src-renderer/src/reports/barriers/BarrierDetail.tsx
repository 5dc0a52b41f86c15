import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { hrefOf } from '../../app/hash-route';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { formatDay } from '../../network/format';
import { BarrierDialog } from './BarrierDialog';
import { BarrierImpactTables } from './BarrierImpactTables';
import { BarrierLog } from './BarrierLog';
import { BarrierStatusChip } from './BarrierStatusChip';
import { StatusDialog } from './StatusDialog';
import { StatusStepper } from './StatusStepper';

/** One barrier: what it is, where it stands (stepper), its log, and the anonymous counts behind it. */
export function BarrierDetail({ id }: { id: string }) {
  const { t } = useTranslation(['reports', 'common']);
  const barrier = useCallQuery('barriers.get', { id });
  const [dialog, setDialog] = useState<'edit' | 'status' | null>(null);
  const [notice, setNotice] = useState('');
  const b = barrier.data;
  const facts = b
    ? [
        [t('barrier.category'), t(`dim.huerdenkategorie.${b.category}`)],
        [t('barrier.kommunen'), b.kommunen.map((k) => k.name).join(', ')],
        [t('barrier.firstNoticedOn'), formatDay(b.firstNoticedOn)],
        [t('barrier.responsible'), [b.responsible, b.responsiblePartnerName].filter(Boolean).join(' · ')],
        [t('barrier.workingGroup'), b.workingGroup ?? ''],
      ]
    : [];
  return (
    <>
      <Button href={hrefOf('/berichte/huerden')} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {t('barrier.back')}
      </Button>
      <ErrorAlert error={barrier.error} />
      {barrier.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      {b && (
        <>
          <PageTitle>{b.title}</PageTitle>
          <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
            <BarrierStatusChip status={b.status} />
            <Button variant="contained" onClick={() => setDialog('status')}>
              {t('barrier.changeStatus')}
            </Button>
            <Button onClick={() => setDialog('edit')}>{t('barrier.edit')}</Button>
          </Stack>
          <div role="status">{notice && <Alert severity="success">{notice}</Alert>}</div>
          <StatusStepper status={b.status} />
          <Section title={t('barrier.description')}>
            {b.description && <Typography sx={{ whiteSpace: 'pre-line', mb: 2 }}>{b.description}</Typography>}
            <dl>
              {facts.map(([term, value]) => (
                <Stack key={term} direction="row" spacing={1}>
                  <Typography component="dt" sx={{ fontWeight: 'bold', minWidth: 200 }}>
                    {term}
                  </Typography>
                  <Typography component="dd" sx={{ m: 0 }}>
                    {value || t('barrier.notResponsible')}
                  </Typography>
                </Stack>
              ))}
            </dl>
          </Section>
          <Section title={t('barrier.impact')}>
            <BarrierImpactTables impact={b.impact} />
          </Section>
          <Section title={t('barrier.log')}>
            <BarrierLog barrier={b} />
          </Section>
          {dialog === 'edit' && (
            <BarrierDialog
              barrier={b}
              onClose={() => setDialog(null)}
              onSaved={() => {
                setDialog(null);
                setNotice(t('barrier.saved'));
              }}
            />
          )}
          {dialog === 'status' && (
            <StatusDialog
              barrier={b}
              onClose={() => setDialog(null)}
              onSaved={(next) => {
                setDialog(null);
                setNotice(t('barrier.statusChanged', { status: t(`dim.huerdenstatus.${next.status}`) }));
              }}
            />
          )}
        </>
      )}
    </>
  );
}
