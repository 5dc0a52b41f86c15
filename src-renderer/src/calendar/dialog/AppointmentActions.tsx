import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { AppointmentView, OccurrenceView } from '@contract/channels/calendar';
import type { EditScope } from '@contract/channels/calendar-fields';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { hrefOf } from '../../app/hash-route';
import { consultationFromAppointmentPath } from '../../consultations/consultation-paths';
import { useCalendarReload } from '../calendar-api';
import { saveTextFile } from '../../components/save-file';
import { LETTER_LANGUAGES, letterPath } from '../print/letter-templates';
import { CancelDialog } from './CancelDialog';
import { ScopeDialog } from './ScopeDialog';

interface Props {
  view: AppointmentView;
  occurrence: OccurrenceView | null;
  readOnly: boolean;
  onDone: () => void;
}

/** What can be done with a stored appointment besides editing it. */
export function AppointmentActions({ view, occurrence, readOnly, onDone }: Props) {
  const { t } = useTranslation('calendar');
  const reload = useCalendarReload();
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState<string | null>(null);
  const [language, setLanguage] = useState<string>(LETTER_LANGUAGES[0]?.code ?? 'en');
  const occurrenceDate = occurrence?.occurrenceDate ?? undefined;
  const cancel = useMutation({
    mutationFn: (v: { reason: string; scope: EditScope }) =>
      call('appointments.cancel', { id: view.appointmentId, version: view.version, reason: v.reason, scope: v.scope, ...(occurrenceDate ? { occurrenceDate } : {}) }),
    onSuccess: async () => {
      await reload();
      onDone();
    },
  });
  const exportOne = useMutation({
    mutationFn: () => call('calendar.exportIcs', { ids: [view.appointmentId] }),
    onSuccess: (file) => saveTextFile(file.fileName, file.content, 'text/calendar'),
  });
  const cancelWith = (r: string) => {
    setAskReason(false);
    if (view.recurrence) setReason(r);
    else cancel.mutate({ reason: r, scope: 'all' });
  };
  return (
    <>
      {view.caseId && <Button href={hrefOf(`/faelle/${view.caseId}`)}>{t('dialog.openCase')}</Button>}
      {view.caseId && <Button href={hrefOf(consultationFromAppointmentPath(view.appointmentId, occurrenceDate))}>{t('dialog.documentConsultation')}</Button>}
      <TextField select size="small" label={t('dialog.letterLanguage')} value={language} onChange={(e) => setLanguage(e.target.value)} sx={{ minWidth: 170 }}>
        {LETTER_LANGUAGES.map((l) => (
          <MenuItem key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </MenuItem>
        ))}
      </TextField>
      <Button href={hrefOf(letterPath(view.appointmentId, language, occurrenceDate))}>{t('dialog.printLetter')}</Button>
      <Button onClick={() => exportOne.mutate()} disabled={exportOne.isPending}>
        {t('dialog.exportOne')}
      </Button>
      {!readOnly && view.status !== 'abgesagt' && (
        <Button color="error" onClick={() => setAskReason(true)}>
          {t('dialog.cancelAppointment')}
        </Button>
      )}
      <CancelDialog open={askReason} pending={cancel.isPending} onClose={() => setAskReason(false)} onCancel={cancelWith} />
      <ScopeDialog
        open={reason !== null}
        onClose={() => setReason(null)}
        onChoose={(scope) => {
          if (reason) cancel.mutate({ reason, scope });
          setReason(null);
        }}
      />
    </>
  );
}
