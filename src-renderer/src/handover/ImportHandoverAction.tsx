import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRole } from '../network/use-role';
import { ImportHandoverDialog } from './ImportHandoverDialog';

/** "Fallübergabe einlesen" on the case list, for the roles that may take cases over. */
export function ImportHandoverAction() {
  const { t } = useTranslation('handover');
  const role = useRole();
  const [open, setOpen] = useState(false);
  if (role !== 'fallmanagement' && role !== 'administration') return null;
  return (
    <>
      <Button variant="outlined" startIcon={<MoveToInboxIcon />} onClick={() => setOpen(true)}>
        {t('import.action')}
      </Button>
      {open && <ImportHandoverDialog onClose={() => setOpen(false)} />}
    </>
  );
}
