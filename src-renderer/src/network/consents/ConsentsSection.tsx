import type { ConsentView } from '@contract/channels/consents';
import PostAddIcon from '@mui/icons-material/PostAdd';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import type { PersonOption } from '../person-option';
import { ConsentDialog } from './ConsentDialog';
import { PersonConsents } from './PersonConsents';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';

/** Einwilligungen: the consent register of every person of the case, with add and withdraw. */
export function ConsentsSection({ caseId, persons, canEdit }: { caseId: string; persons: PersonOption[]; canEdit: boolean }) {
  const { t } = useTranslation('network');
  const [creating, setCreating] = useState(false);
  const [withdrawing, setWithdrawing] = useState<ConsentView | null>(null);
  const [notice, setNotice] = useState('');
  return (
    <Section title={t('consents.title')}>
      {canEdit && persons.length > 0 && (
        <Button variant="contained" startIcon={<PostAddIcon />} onClick={() => setCreating(true)} sx={{ mb: 2 }}>
          {t('consents.create')}
        </Button>
      )}
      <div role="status">{notice && <Alert severity="success">{notice}</Alert>}</div>
      {persons.length === 0 && <Typography>{t('consents.noPersons')}</Typography>}
      {persons.map((p) => (
        <PersonConsents key={p.id} caseId={caseId} person={p} canEdit={canEdit} onWithdraw={setWithdrawing} />
      ))}
      {creating && (
        <ConsentDialog
          persons={persons}
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            setNotice(t('consents.created'));
          }}
        />
      )}
      {withdrawing && (
        <WithdrawConsentDialog
          consent={withdrawing}
          onClose={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            setNotice(t('consents.withdrawn'));
          }}
        />
      )}
    </Section>
  );
}
