import type { CaseSummary } from '@contract/channels/cases';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/hash-route';
import { formatInstant } from '../../network/format';
import { casePath } from '../case-paths';

/** One page of the case list; the case number links to the case. */
export function CaseTable({ rows }: { rows: CaseSummary[] }) {
  const { t } = useTranslation('cases');
  return (
    <TableContainer>
      <Table size="small" aria-label={t('list.table')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('list.caseNumber')}</TableCell>
            <TableCell>{t('list.person')}</TableCell>
            <TableCell>{t('list.phase')}</TableCell>
            <TableCell>{t('list.kommune')}</TableCell>
            <TableCell>{t('list.managers')}</TableCell>
            <TableCell>{t('list.followUps')}</TableCell>
            <TableCell>{t('list.updatedAt')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((c) => (
            <TableRow key={c.id} hover>
              <TableCell>
                <Link href={hrefOf(casePath(c.id))}>{c.caseNumber}</Link>
              </TableCell>
              <TableCell>
                {`${c.primaryPerson.familyName}, ${c.primaryPerson.givenNames}`}
                {c.householdLabel && c.householdLabel !== c.primaryPerson.familyName ? ` (${c.householdLabel})` : ''}
              </TableCell>
              <TableCell>
                <Stack direction="row" spacing={1}>
                  <span>{t(`phases.${c.phase}`)}</span>
                  {c.blocked && <Chip size="small" color="warning" label={t('list.blocked')} />}
                </Stack>
              </TableCell>
              <TableCell>{c.kommuneName}</TableCell>
              <TableCell>{c.managers.map((m) => m.displayName).join(', ')}</TableCell>
              <TableCell>
                {c.overdueFollowUps > 0 ? (
                  <Chip size="small" color="error" variant="outlined" label={t('list.overdue', { count: c.overdueFollowUps })} />
                ) : c.openFollowUps > 0 ? (
                  t('list.open', { count: c.openFollowUps })
                ) : null}
              </TableCell>
              <TableCell>{formatInstant(c.updatedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
