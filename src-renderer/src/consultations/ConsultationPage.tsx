import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../api/queries';
import { hrefOf } from '../app/hash-route';
import { formatDateDe } from '../calendar/berlin';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageTitle } from '../components/PageTitle';
import { ConsultationEditor } from './ConsultationEditor';
import { caseConsultationsPath } from './consultation-paths';
import { useConsultation } from './consultation-queries';
import { FinalisedView } from './FinalisedView';

/** One record: the autosaving editor while it is a draft the caller may change, read-only otherwise. */
export function ConsultationPage({ id }: { id: string }) {
  const { t } = useTranslation(['consultations', 'common']);
  const record = useConsultation(id);
  const view = record.data;
  const editing = view?.canEdit === true;
  const caseView = useCallQuery('cases.get', { id: view?.caseId ?? '' }, { enabled: editing });
  const title = view ? `${t('title')} – ${view.content.date ? formatDateDe(view.content.date) : t('undated')} (${t(`status.${view.status}`)})` : t('title');
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {record.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      <ErrorAlert error={record.error ?? caseView.error} />
      {view && (
        <Typography sx={{ mb: 2 }}>
          <Link href={hrefOf(caseConsultationsPath(view.caseId))}>{`${t('actions.backToCase')} (${view.caseNumber})`}</Link>
        </Typography>
      )}
      {view && editing && caseView.data && (
        <ConsultationEditor
          key={view.id}
          view={view}
          persons={caseView.data.persons.map((p) => ({ id: p.id, name: `${p.givenNames} ${p.familyName}` }))}
          onReload={() => void record.refetch()}
        />
      )}
      {view && !editing && <FinalisedView view={view} />}
    </>
  );
}
