import type { ReportPeriodInput } from '@contract/channels/reports';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { todayIso } from '../../network/format';
import { recentQuarters } from '../report-query';
import { NATIVE_SELECT } from '../select-props';

const QUARTERS = 8;

/** Period (a recent quarter or any dates) and Kommune; "Anzeigen" hands the choice on. */
export function PeriodForm({ period, onShow }: { period: ReportPeriodInput; onShow: (p: ReportPeriodInput) => void }) {
  const { t } = useTranslation('reports');
  const kommunen = useCallQuery('kommunen.list', {});
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [kommuneId, setKommuneId] = useState(period.kommuneId ?? '');
  const quarters = recentQuarters(todayIso(), QUARTERS);
  const quarterValue = quarters.find((q) => q.from === from && q.to === to)?.from ?? '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onShow({ from, to, ...(kommuneId ? { kommuneId } : {}) });
  };
  return (
    <Stack component="form" onSubmit={submit} noValidate direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 3, alignItems: { md: 'center' }, flexWrap: 'wrap' }} useFlexGap aria-label={t('stats.period')}>
      <TextField
        select
        label={t('stats.quarter')}
        value={quarterValue}
        onChange={(e) => {
          const q = quarters.find((x) => x.from === e.target.value);
          if (!q) return;
          setFrom(q.from);
          setTo(q.to);
        }}
        slotProps={NATIVE_SELECT}
        sx={{ minWidth: 200 }}
      >
        <option value="">{t('stats.custom')}</option>
        {quarters.map((q) => (
          <option key={q.from} value={q.from}>
            {t('stats.quarterOption', { quarter: q.quarter, year: q.year })}
          </option>
        ))}
      </TextField>
      <TextField type="date" label={t('stats.from')} value={from} onChange={(e) => setFrom(e.target.value)} required slotProps={{ inputLabel: { shrink: true } }} />
      <TextField type="date" label={t('stats.to')} value={to} onChange={(e) => setTo(e.target.value)} required slotProps={{ inputLabel: { shrink: true } }} />
      <TextField select label={t('stats.kommune')} value={kommuneId} onChange={(e) => setKommuneId(e.target.value)} slotProps={NATIVE_SELECT} sx={{ minWidth: 200 }}>
        <option value="">{t('stats.allKommunen')}</option>
        {(kommunen.data ?? []).map((k) => (
          <option key={k.id} value={k.id}>
            {k.name}
          </option>
        ))}
      </TextField>
      <Button type="submit" variant="contained">
        {t('stats.show')}
      </Button>
    </Stack>
  );
}
