import type { BackupWarning } from '@contract/channels/backup';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../api/queries';
import { useAppStatus } from '../app/use-app-status';

export function warningText(t: (key: string, opts?: Record<string, unknown>) => string, w: BackupWarning): string {
  return t(`warnings.${w.code}`, { days: w.days });
}

/** For the Heute page (every role): nothing when backups are fine, else what is wrong. */
export function BackupWarningsAlert() {
  const { t } = useTranslation('backup');
  const isAdmin = useAppStatus().data?.session?.role === 'administration';
  const warnings = useCallQuery('backup.warnings', {});
  if (!warnings.data?.length) return null;
  return (
    <Alert severity="warning" sx={{ mb: 3 }}>
      <AlertTitle>{t('warnings.title')}</AlertTitle>
      {warnings.data.map((w) => (
        <div key={w.code}>{warningText(t, w)}</div>
      ))}
      {!isAdmin && <div>{t('warnings.askAdmin')}</div>}
    </Alert>
  );
}
