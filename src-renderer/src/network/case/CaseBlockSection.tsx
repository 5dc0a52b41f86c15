import type { CaseView } from '@contract/channels/cases';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { Section } from '../../components/Section';
import { DisputeMarker } from '../disputes/DisputeMarker';
import { useRole } from '../use-role';
import { ReasonDialog } from './ReasonDialog';

type BlockCase = Pick<CaseView, 'id' | 'caseNumber' | 'version' | 'blocked' | 'blockedReason' | 'canEdit'>;

/** § 84 SGB X on the case page: the block state, block/unblock, and disputes on the case itself. */
export function CaseBlockSection({ kase }: { kase: BlockCase }) {
  const { t } = useTranslation('network');
  const role = useRole();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'block' | 'unblock' | null>(null);
  const [notice, setNotice] = useState('');
  const change = useMutation({
    mutationFn: (reason: string) => call(dialog === 'unblock' ? 'cases.unblock' : 'cases.block', { caseId: kase.id, version: kase.version, reason }),
    // The whole case page changes (read-only or not): reload everything cached about cases.
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('cases.') }),
  });
  const mayBlock = !kase.blocked && (role === 'administration' || (role === 'fallmanagement' && kase.canEdit));
  const mayUnblock = kase.blocked && role === 'administration';
  return (
    <Section title={t('block.title')}>
      {kase.blocked ? (
        <Alert severity="warning" icon={<LockIcon />}>
          {t('block.blocked', { reason: kase.blockedReason ?? '' })}
        </Alert>
      ) : (
        <Typography>{t('block.notBlocked')}</Typography>
      )}
      <div role="status">{notice && <Alert severity="success">{notice}</Alert>}</div>
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
        {mayBlock && (
          <Button variant="outlined" color="error" startIcon={<LockIcon />} onClick={() => setDialog('block')}>
            {t('block.block')}
          </Button>
        )}
        {mayUnblock && (
          <Button variant="outlined" startIcon={<LockOpenIcon />} onClick={() => setDialog('unblock')}>
            {t('block.unblock')}
          </Button>
        )}
        <Typography component="span">{t('block.caseDisputes')}</Typography>
        <DisputeMarker caseId={kase.id} entity="case" entityId={kase.id} label={kase.caseNumber} canEdit={kase.canEdit} />
      </Stack>
      {dialog && (
        <ReasonDialog
          title={t(dialog === 'block' ? 'block.blockTitle' : 'block.unblockTitle')}
          label={t('block.reason')}
          confirmLabel={t(dialog === 'block' ? 'block.block' : 'block.unblock')}
          pending={change.isPending}
          error={change.error}
          onClose={() => {
            change.reset();
            setDialog(null);
          }}
          onConfirm={(reason) =>
            change.mutate(reason, {
              onSuccess: () => {
                setNotice(t(dialog === 'block' ? 'block.blockedDone' : 'block.unblockedDone'));
                setDialog(null);
              },
            })
          }
        />
      )}
    </Section>
  );
}
