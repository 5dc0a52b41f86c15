import type { BarrierImpact } from '@contract/channels/barriers';
import Grid from '@mui/material/Grid';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

interface Row {
  key: string;
  label: string;
  cases: number;
  persons: number;
}

function CountTable({ caption, head, rows, total }: { caption: string; head: string; rows: Row[]; total: { cases: number; persons: number } }) {
  const { t } = useTranslation('reports');
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          <TableCell>{head}</TableCell>
          <TableCell align="right">{t('register.cases')}</TableCell>
          <TableCell align="right">{t('register.persons')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            <TableCell>{r.label}</TableCell>
            <TableCell align="right">{r.cases}</TableCell>
            <TableCell align="right">{r.persons}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell sx={{ fontWeight: 'bold' }}>{t('barrier.total')}</TableCell>
          <TableCell align="right" sx={{ fontWeight: 'bold' }}>
            {total.cases}
          </TableCell>
          <TableCell align="right" sx={{ fontWeight: 'bold' }}>
            {total.persons}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

/** How many cases and people the barrier affects, by Kommune and by quarter: counts, never who. */
export function BarrierImpactTables({ impact }: { impact: BarrierImpact }) {
  const { t } = useTranslation('reports');
  if (impact.total.cases === 0) return <Typography>{t('barrier.impactNone')}</Typography>;
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('barrier.impactHint')}
      </Typography>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 6 }}>
          <CountTable
            caption={t('barrier.byKommune')}
            head={t('barrier.kommune')}
            rows={impact.byKommune.map((k) => ({ key: k.kommuneId, label: k.kommuneName, cases: k.cases, persons: k.persons }))}
            total={impact.total}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <CountTable
            caption={t('barrier.byQuarter')}
            head={t('barrier.quarter')}
            rows={impact.byQuarter.map((q) => ({ key: q.quarter, label: q.quarter.replace('-', ' '), cases: q.cases, persons: q.persons }))}
            total={impact.total}
          />
        </Grid>
      </Grid>
    </>
  );
}
