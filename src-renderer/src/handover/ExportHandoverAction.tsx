import type { CaseView } from '@contract/channels/cases';
import SendIcon from '@mui/icons-material/Send';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRole } from '../network/use-role';
import { ExportHandoverDialog } from './ExportHandoverDialog';

/**
 * "Fall übergeben" on the case page. Offered to whoever the server lets hand the case over: its
 * own case managers, or the administration; never for a blocked case.
 */
export function ExportHandoverAction({ kase }: { kase: CaseView }) {
  const { t } = useTranslation('handover');
  const role = useRole();
  const [open, setOpen] = useState(false);
  const allowed = !kase.blocked && (role === 'administration' || (role === 'fallmanagement' && kase.canEdit));
  if (!allowed) return null;
  return (
    <>
      <Button variant="outlined" startIcon={<SendIcon />} onClick={() => setOpen(true)}>
        {t('export.action')}
      </Button>
      {open && <ExportHandoverDialog kase={kase} onClose={() => setOpen(false)} />}
    </>
  );
}
