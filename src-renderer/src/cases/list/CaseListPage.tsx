import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';
import { hrefOf } from '../../app/hash-route';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { ImportHandoverAction } from '../../handover/ImportHandoverAction';
import { useRole } from '../../network/use-role';
import { NEW_CASE_PATH } from '../case-paths';
import { INITIAL_LIST_STATE, toListInput, type CaseListState } from './case-list-state';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseTable } from './CaseTable';
import { useReadyMark } from '../../app/ready-mark';

/** Fälle: the readable cases, filtered and paged on the server (the list stays fast with many cases). */
export function CaseListPage() {
  const { t } = useTranslation('cases');
  const role = useRole();
  const [state, setState] = useState<CaseListState>(INITIAL_LIST_STATE);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim());
  const input = toListInput({ ...state, query: deferredQuery || undefined });
  const list = useQuery({ queryKey: keyOf('cases.list', input), queryFn: () => call('cases.list', input), placeholderData: keepPreviousData });
  useReadyMark('caselist', list.data);
  const update = (patch: Partial<CaseListState>) => setState((s) => ({ ...s, ...patch }));
  return (
    <>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <PageTitle>{t('list.title')}</PageTitle>
        <Stack direction="row" spacing={2}>
          <ImportHandoverAction />
          {role === 'fallmanagement' && (
            <Button variant="contained" startIcon={<AddIcon />} href={hrefOf(NEW_CASE_PATH)}>
              {t('list.newCase')}
            </Button>
          )}
        </Stack>
      </Stack>
      <CaseFilterBar
        state={state}
        onChange={update}
        query={query}
        onQuery={(q) => {
          setQuery(q);
          update({ offset: 0 });
        }}
      />
      <ErrorAlert error={list.error} />
      {list.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      {list.data && (
        <>
          <Typography role="status" variant="body2" sx={{ mb: 1 }}>
            {t('list.total', { count: list.data.total })}
          </Typography>
          {list.data.rows.length === 0 ? <Typography>{t('list.none')}</Typography> : <CaseTable rows={list.data.rows} />}
          <TablePagination
            component="div"
            count={list.data.total}
            page={Math.floor(state.offset / state.limit)}
            rowsPerPage={state.limit}
            rowsPerPageOptions={[25, 50, 100, 200]}
            onPageChange={(_e, page) => update({ offset: page * state.limit })}
            onRowsPerPageChange={(e) => update({ limit: Number(e.target.value), offset: 0 })}
            labelRowsPerPage={t('list.rowsPerPage')}
            labelDisplayedRows={({ from, to, count }) => t('list.pageLabel', { from, to, count })}
          />
        </>
      )}
    </>
  );
}
