import type { TodayOverview } from '@contract/channels/today';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { BackupWarningsAlert } from '../../backup/BackupWarningsAlert';
import { TodayAppointments } from '../../calendar/TodayAppointments';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { CaseTable } from '../list/CaseTable';
import { Notice } from '../shared/Notice';
import { useCaseMutation } from '../shared/use-case-mutation';
import { FollowUpList } from '../work/FollowUpList';
import { ExpiryList } from './ExpiryList';

function FollowUpsSection({ data }: { data: TodayOverview }) {
  const { t } = useTranslation('cases');
  const complete = useCaseMutation('followups.complete');
  const onComplete = (f: { id: string; version: number }) => complete.mutate({ id: f.id, version: f.version });
  const none = data.followUpsOverdue.length === 0 && data.followUpsToday.length === 0;
  return (
    <Section title={t('today.followUps')}>
      <Notice text={complete.isSuccess ? t('followups.completed') : ''} />
      <ErrorAlert error={complete.error} />
      {none && <Typography>{t('today.noFollowUps')}</Typography>}
      {data.followUpsOverdue.length > 0 && (
        <>
          <Typography component="h3" variant="subtitle1">
            {t('today.overdue')}
          </Typography>
          <FollowUpList items={data.followUpsOverdue} onComplete={onComplete} withCase />
        </>
      )}
      {data.followUpsToday.length > 0 && (
        <>
          <Typography component="h3" variant="subtitle1">
            {t('today.dueToday')}
          </Typography>
          <FollowUpList items={data.followUpsToday} onComplete={onComplete} withCase />
        </>
      )}
    </Section>
  );
}

/** Heute: the user's due follow-ups, today's appointments, expiring documents and consents, recent cases. */
export function TodayPage() {
  const { t } = useTranslation(['cases', 'network']);
  const today = useCallQuery('today.overview', {});
  const data = today.data;
  return (
    <>
      <PageTitle>{t('today.title')}</PageTitle>
      <BackupWarningsAlert />
      <ErrorAlert error={today.error} />
      {today.isPending && <CircularProgress aria-label={t('common:loading')} />}
      {data && (
        <>
          <FollowUpsSection data={data} />
          <TodayAppointments appointments={data.appointmentsToday} />
          <Section title={t('today.residence')}>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t('today.residenceIntro', { weeks: data.reminderWeeks })}
            </Typography>
            {data.residenceExpiries.length === 0 ? (
              <Typography>{t('today.noResidence')}</Typography>
            ) : (
              <ExpiryList
                items={data.residenceExpiries.map((r) => ({ key: `${r.personId}-${r.caseId}`, title: `${r.givenNames} ${r.familyName}`, detail: r.documentType, date: r.expiresOn, daysLeft: r.daysLeft, caseId: r.caseId, caseNumber: r.caseNumber }))}
              />
            )}
          </Section>
          {data.expiringConsents.length > 0 && (
            <Section title={t('today.consents')}>
              <ExpiryList
                items={data.expiringConsents.map((c) => ({ key: c.consentId, title: `${c.givenNames} ${c.familyName}`, detail: c.partnerName, date: c.validUntil, daysLeft: c.daysLeft, caseId: c.caseId, caseNumber: c.caseNumber }))}
              />
            </Section>
          )}
          <Section title={t('today.recent')}>{data.recentCases.length === 0 ? <Typography>{t('today.noRecent')}</Typography> : <CaseTable rows={data.recentCases} />}</Section>
        </>
      )}
    </>
  );
}
