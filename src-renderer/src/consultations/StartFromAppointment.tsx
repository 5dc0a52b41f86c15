import CircularProgress from '@mui/material/CircularProgress';
import type { ConsultationTemplateId } from '@contract/channels/consultation-fields';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { replacePath } from '../app/hash-route';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageTitle } from '../components/PageTitle';
import { consultationPath } from './consultation-paths';

/**
 * "Beratung dokumentieren" from an appointment: opens the appointment's record, starting it first
 * when there is none (the server answers an existing one, so a reload never makes a second).
 */
export function StartFromAppointment({ appointmentId, occurrenceDate }: { appointmentId: string; occurrenceDate: string | null }) {
  const { t } = useTranslation('consultations');
  const start = useMutation({
    mutationFn: async () => {
      const appointment = await call('appointments.get', { id: appointmentId });
      const template: ConsultationTemplateId | undefined = appointment.type === 'Hausbesuch' ? 'hausbesuch' : undefined;
      return call('consultations.create', {
        caseId: appointment.caseId ?? '',
        appointmentId,
        ...(occurrenceDate ? { occurrenceDate } : {}),
        ...(template ? { template } : {}),
      });
    },
    onSuccess: (r) => replacePath(consultationPath(r.consultation.id)),
  });
  const { mutate } = start;
  useEffect(() => mutate(), [mutate]);
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      {start.isPending && <CircularProgress size={24} aria-label={t('starting')} />}
      <ErrorAlert error={start.error} />
    </>
  );
}
