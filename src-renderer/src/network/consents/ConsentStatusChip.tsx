import type { ConsentStatus } from '@contract/channels/consents';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';

const COLOURS = { gueltig: 'success', noch_nicht_gueltig: 'primary', abgelaufen: 'default', widerrufen: 'error' } as const;

/** gültig / abgelaufen / widerrufen as a chip: the word carries the meaning, the colour only helps. */
export function ConsentStatusChip({ status }: { status: ConsentStatus }) {
  const { t } = useTranslation('network');
  return <Chip size="small" color={COLOURS[status]} variant={status === 'gueltig' ? 'filled' : 'outlined'} label={t(`consents.statuses.${status}`)} />;
}
