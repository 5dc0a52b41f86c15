import type { CaseView } from '@contract/channels/cases';
import type { FollowUpView } from '@contract/channels/followups';
import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { useAppStatus } from '../../app/use-app-status';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { Notice } from '../shared/Notice';
import { useCaseMutation } from '../shared/use-case-mutation';
import { FollowUpDialog } from './FollowUpDialog';
import { FollowUpList } from './FollowUpList';

/** Wiedervorlagen of the case: open first by due date; done ones on request. */
export function FollowUpsTab({ kase }: { kase: CaseView }) {
  const { t } = useTranslation('cases');
  const userId = useAppStatus().data?.session?.userId ?? '';
  const [showDone, setShowDone] = useState(false);
  const list = useCallQuery('followups.list', { caseId: kase.id, includeDone: showDone });
  const complete = useCaseMutation('followups.complete');
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const onComplete = (f: FollowUpView) => complete.mutate({ id: f.id, version: f.version }, { onSuccess: () => setNotice(t('followups.completed')) });
  const isManager = kase.managers.some((m) => m.id === userId);
  return (
    <Section title={t('followups.title')}>
      <Notice text={notice} />
      <ErrorAlert error={list.error ?? complete.error} />
      <FormControlLabel control={<Checkbox checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />} label={t('followups.showDone')} />
      {list.data && list.data.length === 0 && <Typography>{t('followups.none')}</Typography>}
      {list.data && <FollowUpList items={list.data} onComplete={kase.canEdit ? onComplete : null} />}
      {kase.canEdit && (
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
          {t('followups.add')}
        </Button>
      )}
      {adding && (
        <FollowUpDialog
          kase={kase}
          ownerId={isManager ? userId : (kase.managers[0]?.id ?? '')}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            setNotice(t('followups.saved'));
          }}
        />
      )}
    </Section>
  );
}
