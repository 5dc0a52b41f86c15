import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type { EditScope } from '@contract/channels/calendar-fields';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Nur dieser Termin / dieser und alle folgenden / alle": asked before a series changes. */
export function ScopeDialog({ open, onChoose, onClose }: { open: boolean; onChoose: (scope: EditScope) => void; onClose: () => void }) {
  const { t } = useTranslation(['calendar', 'common']);
  const [scope, setScope] = useState<EditScope>('this');
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t('scopeDialog.title')}</DialogTitle>
      <DialogContent>
        <RadioGroup aria-label={t('scopeDialog.text')} value={scope} onChange={(e) => setScope(e.target.value as EditScope)}>
          {(['this', 'following', 'all'] as const).map((s) => (
            <FormControlLabel key={s} value={s} control={<Radio />} label={t(`scopeDialog.${s}`)} />
          ))}
        </RadioGroup>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        <Button variant="contained" onClick={() => onChoose(scope)}>
          {t('scopeDialog.ok')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
