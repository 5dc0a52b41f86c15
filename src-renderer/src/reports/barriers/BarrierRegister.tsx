import { BARRIER_CATEGORIES, BARRIER_STATUSES, type BarrierCategory, type BarrierStatus } from '@contract/channels/barriers';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { navigate } from '../../app/hash-route';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BarrierDialog } from './BarrierDialog';
import { BarrierTable } from './BarrierTable';
import { NATIVE_SELECT } from '../select-props';

/** Berichte → Hürden: the anonymous register with filters; every role reads and maintains it. */
export function BarrierRegister() {
  const { t } = useTranslation(['reports', 'common']);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<BarrierCategory | ''>('');
  const [status, setStatus] = useState<BarrierStatus | ''>('');
  const [kommuneId, setKommuneId] = useState('');
  const [creating, setCreating] = useState(false);
  const deferredQuery = useDeferredValue(query.trim());
  const kommunen = useCallQuery('kommunen.list', {});
  const list = useCallQuery('barriers.list', {
    query: deferredQuery || undefined,
    category: category || undefined,
    status: status || undefined,
    kommuneId: kommuneId || undefined,
  });

  return (
    <>
      <Typography sx={{ mb: 2 }}>{t('register.anonymous')}</Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' }, flexWrap: 'wrap' }} useFlexGap>
        <TextField type="search" label={t('register.search')} helperText={t('register.searchHint')} value={query} onChange={(e) => setQuery(e.target.value)} sx={{ minWidth: 240 }} />
        <TextField select label={t('barrier.category')} value={category} onChange={(e) => setCategory(e.target.value as BarrierCategory | '')} slotProps={NATIVE_SELECT} sx={{ minWidth: 200 }}>
          <option value="">{t('register.allCategories')}</option>
          {BARRIER_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`dim.huerdenkategorie.${c}`)}
            </option>
          ))}
        </TextField>
        <TextField select label={t('barrier.status')} value={status} onChange={(e) => setStatus(e.target.value as BarrierStatus | '')} slotProps={NATIVE_SELECT} sx={{ minWidth: 200 }}>
          <option value="">{t('register.allStatuses')}</option>
          {BARRIER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`dim.huerdenstatus.${s}`)}
            </option>
          ))}
        </TextField>
        <TextField select label={t('barrier.kommunen')} value={kommuneId} onChange={(e) => setKommuneId(e.target.value)} slotProps={NATIVE_SELECT} sx={{ minWidth: 200 }}>
          <option value="">{t('register.allKommunen')}</option>
          {(kommunen.data ?? []).map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </TextField>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t('register.create')}
        </Button>
      </Stack>
      <ErrorAlert error={list.error} />
      {list.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      {list.data && (list.data.length === 0 ? <Alert severity="info">{t('register.empty')}</Alert> : <BarrierTable barriers={list.data} />)}
      {creating && <BarrierDialog barrier={null} onClose={() => setCreating(false)} onSaved={(b) => navigate(`/berichte/huerden/${b.id}`)} />}
    </>
  );
}
