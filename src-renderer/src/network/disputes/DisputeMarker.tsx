import type { DisputeEntity } from '@contract/channels/disputes';
import FlagOutlinedIcon from '@mui/icons-material/FlagOutlined';
import ReportIcon from '@mui/icons-material/Report';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { DisputeDialog } from './DisputeDialog';

interface Props {
  caseId: string;
  entity: DisputeEntity;
  entityId: string;
  label: string;
  canEdit: boolean;
}

/**
 * The § 84 SGB X marker for any entry of a case page: a "Bestritten" chip while disputes are open,
 * otherwise (for who may edit) a small flag button to mark one. All markers of a page share one query.
 * Error red, not MUI's orange warning: that misses AA contrast on white.
 */
export function DisputeMarker({ caseId, entity, entityId, label, canEdit }: Props) {
  const { t } = useTranslation('network');
  const all = useCallQuery('disputes.listForCase', { caseId });
  const [open, setOpen] = useState(false);
  const mine = (all.data ?? []).filter((d) => d.entity === entity && d.entityId === entityId);
  const pending = mine.filter((d) => d.resolvedOn === null).length;
  return (
    <>
      {pending > 0 ? (
        <Chip
          size="small"
          color="error"
          variant="outlined"
          icon={<ReportIcon />}
          label={pending > 1 ? t('disputes.markerCount', { count: pending }) : t('disputes.marker')}
          onClick={() => setOpen(true)}
          aria-label={`${t('disputes.markerLabel')}: ${label}`}
          sx={{ ml: 1 }}
        />
      ) : (
        (canEdit || mine.length > 0) && (
          <IconButton size="small" onClick={() => setOpen(true)} aria-label={`${canEdit ? t('disputes.mark') : t('disputes.markerLabel')}: ${label}`}>
            <FlagOutlinedIcon fontSize="small" />
          </IconButton>
        )
      )}
      {open && <DisputeDialog entity={entity} entityId={entityId} label={label} disputes={mine} canEdit={canEdit} onClose={() => setOpen(false)} />}
    </>
  );
}
