import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { CheckResult } from '@contract/channels/calendar';
import { useTranslation } from 'react-i18next';
import { formatDateDe, formatInstantDe } from '../berlin';

/** Double bookings and office-day warnings, as the server found them for the new times. */
export function BookingWarnings({ check }: { check: CheckResult | undefined }) {
  const { t } = useTranslation('calendar');
  if (!check || (check.conflictTotal === 0 && check.outsideAvailability.length === 0)) return null;
  return (
    <Alert severity="warning" sx={{ my: 1 }} data-testid="booking-warnings">
      <AlertTitle>{t('warnings.title')}</AlertTitle>
      {check.conflictTotal > 0 && (
        <>
          <strong>{t('warnings.conflicts', { count: check.conflictTotal })}</strong>
          <ul>
            {check.conflicts.map((c) => (
              <li key={`${c.kind}-${c.appointmentId}-${c.startUtc}-${c.occurrenceDate}`}>
                {t(`warnings.kind.${c.kind}`)}: {formatInstantDe(c.startUtc)} – {c.title ?? t('warnings.busy')} ({c.shared.join(', ')})
              </li>
            ))}
          </ul>
        </>
      )}
      {check.outsideAvailability.length > 0 && (
        <>
          <strong>{t('warnings.outside')}</strong>
          <ul>
            {check.outsideAvailability.map((w) => (
              <li key={w.staffId}>
                {t('warnings.outsideLine', {
                  name: w.staffName,
                  dates: w.dates.map(formatDateDe).join(', '),
                  more: w.total > w.dates.length ? t('warnings.more', { count: w.total - w.dates.length }) : '',
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
