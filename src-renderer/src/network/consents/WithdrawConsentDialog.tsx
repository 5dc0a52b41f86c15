import type { ConsentView } from '@contract/channels/consents';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayIso } from '../format';
import { useConsentMutations } from './use-consent-mutations';

/** Records the withdrawal date (today by default); the server refuses dates in the future. */
export function WithdrawConsentDialog({ consent, onClose, onDone }: { consent: ConsentView; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation(['network', 'common']);
  const titleId = useId();
  const { withdraw } = useConsentMutations();
  const [withdrawnOn, setWithdrawnOn] = useState(todayIso());
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t('consents.withdrawTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('consents.withdrawText', { partner: consent.partnerName })}</DialogContentText>
        <TextField type="date" label={t('consents.withdrawnOn')} value={withdrawnOn} onChange={(e) => setWithdrawnOn(e.target.value)} required fullWidth margin="normal" slotProps={{ inputLabel: { shrink: true } }} />
        <ErrorAlert error={withdraw.error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('common:cancel')}
        </Button>
        <Button
          color="error"
          variant="contained"
          disabled={withdraw.isPending || !withdrawnOn}
          onClick={() => withdraw.mutate({ id: consent.id, version: consent.version, withdrawnOn }, { onSuccess: onDone })}
        >
          {t('consents.withdrawConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
