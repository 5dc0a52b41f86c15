import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../api/queries';
import { NotFoundPage } from '../app/NotFoundPage';
import { PageTitle } from '../components/PageTitle';
import { CaseConsultations } from './CaseConsultations';
import { ConsultationPage } from './ConsultationPage';
import { StartFromAppointment } from './StartFromAppointment';

const ID = '([\\w-]+)';
const RECORD = new RegExp(`^/${ID}$`);
const FROM_APPOINTMENT = new RegExp(`^/aus-termin/${ID}(?:/(\\d{4}-\\d{2}-\\d{2}))?$`);
const OF_CASE = new RegExp(`^/fall/${ID}$`);

function CaseConsultationsPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('consultations');
  const caseView = useCallQuery('cases.get', { id: caseId });
  return (
    <>
      <PageTitle>{caseView.data ? t('caseTitle', { caseNumber: caseView.data.caseNumber }) : t('listTitle')}</PageTitle>
      <CaseConsultations caseId={caseId} />
    </>
  );
}

/** /beratung/<id>, /beratung/aus-termin/<appointment id>[/<date>], /beratung/fall/<case id>. */
export function ConsultationRoute({ rest }: { rest: string }) {
  const fromAppointment = FROM_APPOINTMENT.exec(rest);
  if (fromAppointment) return <StartFromAppointment appointmentId={fromAppointment[1] ?? ''} occurrenceDate={fromAppointment[2] ?? null} />;
  const ofCase = OF_CASE.exec(rest);
  if (ofCase) return <CaseConsultationsPage caseId={ofCase[1] ?? ''} />;
  const record = RECORD.exec(rest);
  if (record) return <ConsultationPage key={record[1]} id={record[1] ?? ''} />;
  return <NotFoundPage />;
}
