import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { NamedRef } from '@contract/channels/calendar';
import type { ConsultationView } from '@contract/channels/consultations';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, isApiCallError } from '../api/client';
import { navigate } from '../app/hash-route';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { Section } from '../components/Section';
import { caseConsultationsPath } from './consultation-paths';
import { useConsultationReload } from './consultation-queries';
import { AgreementsFields } from './editor/AgreementsFields';
import { BasicsFields } from './editor/BasicsFields';
import { NextFields } from './editor/NextFields';
import { ParticipantsFields } from './editor/ParticipantsFields';
import { TextsFields } from './editor/TextsFields';
import { TopicsFields } from './editor/TopicsFields';
import { FinaliseError } from './FinaliseError';
import { PrintLinks } from './PrintLinks';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';

/** Paths of the inputs the server refused on finalising. */
function invalidPaths(error: unknown): ReadonlySet<string> {
  const issues = isApiCallError(error) ? (error.details?.issues as { path: string }[] | undefined) : undefined;
  return new Set((issues ?? []).map((i) => i.path));
}

/** The draft editor: autosaved, finalised after a confirmation. */
export function ConsultationEditor({ view, persons, onReload }: { view: ConsultationView; persons: NamedRef[]; onReload: () => void }) {
  const { t } = useTranslation('consultations');
  const reload = useConsultationReload();
  const draft = useAutosave(view, () => undefined);
  const [confirm, setConfirm] = useState<'finalise' | 'delete' | null>(null);
  const finalise = useMutation({
    mutationFn: async () => {
      await draft.flush();
      return call('consultations.finalise', { id: view.id, version: draft.version() });
    },
    onSuccess: (done) => reload(done),
    onSettled: () => setConfirm(null),
  });
  const discard = useMutation({
    mutationFn: () => call('consultations.deleteDraft', { id: view.id, version: draft.version() }),
    onSuccess: async () => {
      await reload();
      navigate(caseConsultationsPath(view.caseId));
    },
  });
  const parts = { content: draft.content, change: draft.change, invalid: invalidPaths(finalise.error) };
  const known = [...view.participants.staff, ...view.participants.partners];
  return (
    <Box onBlur={() => void draft.flush()}>
      <SaveStatus
        state={draft.state}
        error={draft.error}
        savedAt={draft.savedAt}
        onRetry={() => void draft.flush()}
        onOverwrite={() => void draft.overwrite()}
        onReload={onReload}
      />
      <Section title={t('sections.basics')}>
        <BasicsFields {...parts} />
      </Section>
      <Section title={t('sections.participants')}>
        <ParticipantsFields {...parts} persons={persons} known={known} />
      </Section>
      <Section title={t('sections.topics')}>
        <TopicsFields {...parts} />
      </Section>
      <Section title={t('sections.summary')}>
        <TextsFields {...parts} keys={['summary']} hints={{ summary: t('fields.summaryHint') }} />
      </Section>
      <Section title={t('sections.agreements')}>
        <AgreementsFields {...parts} />
      </Section>
      <Section title={t('sections.next')}>
        <NextFields {...parts} />
      </Section>
      <Section title={t('sections.plain')}>
        <TextsFields {...parts} keys={['summaryPlain', 'agreementsPlain']} hints={{ summaryPlain: t('fields.plainHint'), agreementsPlain: t('fields.plainHint') }} />
      </Section>
      <Section title={t('sections.internal')}>
        <TextsFields {...parts} keys={['internalNote']} hints={{ internalNote: t('fields.internalHint') }} />
      </Section>
      <FinaliseError error={finalise.error} />
      <ErrorAlert error={discard.error} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 3 }}>
        <Button variant="contained" onClick={() => setConfirm('finalise')} disabled={finalise.isPending}>
          {t('actions.finalise')}
        </Button>
        <Button color="error" onClick={() => setConfirm('delete')} disabled={discard.isPending}>
          {t('actions.delete')}
        </Button>
        <PrintLinks id={view.id} caseId={view.caseId} beforeLeave={draft.flush} />
      </Stack>
      <ConfirmDialog
        open={confirm === 'finalise'}
        title={t('actions.finaliseTitle')}
        text={t('actions.finaliseText')}
        confirmLabel={t('actions.finalise')}
        pending={finalise.isPending}
        onConfirm={() => finalise.mutate()}
        onClose={() => setConfirm(null)}
      />
      <ConfirmDialog
        open={confirm === 'delete'}
        title={t('actions.deleteTitle')}
        text={t('actions.deleteText')}
        confirmLabel={t('actions.delete')}
        pending={discard.isPending}
        onConfirm={() => discard.mutate()}
        onClose={() => setConfirm(null)}
      />
    </Box>
  );
}
