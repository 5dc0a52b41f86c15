import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ConsultationView } from '@contract/channels/consultations';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstantDe } from '../calendar/berlin';
import { Section } from '../components/Section';
import { AddendumDialog } from './AddendumDialog';
import { useConsultationReload } from './consultation-queries';
import { PrintLinks } from './PrintLinks';
import { RecordView } from './RecordView';

/** A finalised record (or a draft the caller may only read): read-only, with addenda and prints. */
export function FinalisedView({ view }: { view: ConsultationView }) {
  const { t } = useTranslation('consultations');
  const reload = useConsultationReload();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  const finalised = view.status === 'abgeschlossen';
  return (
    <>
      <Alert severity="info" sx={{ mb: 2 }}>
        {finalised ? `${t('finalised.title', { at: formatInstantDe(view.finalisedAt ?? ''), name: view.finalisedByName ?? '' })} ${t('finalised.readOnly')}` : t('finalised.readOnlyDraft')}
        {finalised && view.followUpCount > 0 && ` ${t('finalised.followUps', { count: view.followUpCount })}`}
        {finalised && view.nextAppointmentId && ` ${t('finalised.nextAppointment')}`}
      </Alert>
      {added && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {t('addendum.done')}
        </Alert>
      )}
      <Section title={t('finalised.content')}>
        <RecordView view={view} />
      </Section>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 3 }}>
        {view.canAddAddendum && (
          <Button variant="contained" onClick={() => setAdding(true)}>
            {t('addendum.add')}
          </Button>
        )}
        <PrintLinks id={view.id} caseId={view.caseId} />
      </Stack>
      <AddendumDialog
        id={view.id}
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(next) => {
          setAdding(false);
          setAdded(true);
          void reload(next);
        }}
      />
    </>
  );
}
