import type { BarrierSummary } from '@contract/channels/barriers';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/hash-route';
import { formatDay } from '../../network/format';
import { BarrierStatusChip } from './BarrierStatusChip';

export function BarrierTable({ barriers }: { barriers: BarrierSummary[] }) {
  const { t } = useTranslation('reports');
  return (
    <TableContainer>
      <Table size="small" aria-label={t('register.caption')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('barrier.title')}</TableCell>
            <TableCell>{t('barrier.category')}</TableCell>
            <TableCell>{t('barrier.status')}</TableCell>
            <TableCell>{t('barrier.kommunen')}</TableCell>
            <TableCell>{t('barrier.firstNoticedOn')}</TableCell>
            <TableCell align="right">{t('register.cases')}</TableCell>
            <TableCell align="right">{t('register.persons')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {barriers.map((b) => (
            <TableRow key={b.id} data-testid="barrier-row">
              <TableCell>
                <Link href={hrefOf(`/berichte/huerden/${b.id}`)}>{b.title}</Link>
              </TableCell>
              <TableCell>{t(`dim.huerdenkategorie.${b.category}`)}</TableCell>
              <TableCell>
                <BarrierStatusChip status={b.status} />
              </TableCell>
              <TableCell>{b.kommunen.map((k) => k.name).join(', ')}</TableCell>
              <TableCell>{formatDay(b.firstNoticedOn)}</TableCell>
              <TableCell align="right" data-testid="barrier-cases">
                {b.affectedCases}
              </TableCell>
              <TableCell align="right">{b.affectedPersons}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
