import type { BarrierStatus } from '@contract/channels/barriers';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';

/** The status as a chip in the theme's text colour (coloured chips miss the contrast ratio). */
export function BarrierStatusChip({ status }: { status: BarrierStatus }) {
  const { t } = useTranslation('reports');
  return <Chip size="small" variant="outlined" label={t(`dim.huerdenstatus.${status}`)} />;
}
