import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { Section } from '../components/Section';
import { AutoBackupForm } from './AutoBackupForm';
import { formatInstant } from './backup-format';
import { BackupListTable } from './BackupListTable';
import { BackupNowDialog } from './BackupNowDialog';
import { warningText } from './BackupWarningsAlert';
import { RestoreDialog } from './RestoreDialog';
import { VerifyBackupDialog } from './VerifyBackupDialog';

type OpenDialog = { kind: 'create' } | { kind: 'verify' | 'restore'; path: string } | null;

/** Einstellungen → Datensicherung (administration): status, the three actions, automatic backups. */
export function BackupSection() {
  const { t } = useTranslation(['backup', 'common']);
  const status = useCallQuery('backup.status', {});
  const list = useCallQuery('backup.list', {});
  const settings = useCallQuery('backup.settings.get', {});
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const s = status.data;
  return (
    <>
      <Section title={t('title')}>
        <Typography sx={{ mb: 2 }}>{t('intro')}</Typography>
        {status.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
        <ErrorAlert error={status.error} />
        {s && (
          <>
            <Typography>{s.lastGoodAt ? t('status.lastGood', { date: formatInstant(s.lastGoodAt) }) : t('status.none')}</Typography>
            <Typography>
              {s.targetDir ? t('status.target', { dir: s.targetDir, state: t(s.targetReachable ? 'status.reachable' : 'status.unreachable') }) : t('status.noTarget')}
            </Typography>
            <Typography>{t(s.automatic ? 'status.automaticOn' : 'status.automaticOff')}</Typography>
            {s.warnings.length > 0 && (
              <Alert severity="warning" sx={{ my: 2 }}>
                {s.warnings.map((w) => (
                  <div key={w.code}>{warningText(t, w)}</div>
                ))}
              </Alert>
            )}
          </>
        )}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ my: 2 }}>
          <Button variant="contained" onClick={() => setDialog({ kind: 'create' })}>
            {t('actions.backupNow')}
          </Button>
          <Button variant="outlined" onClick={() => setDialog({ kind: 'verify', path: '' })}>
            {t('actions.verify')}
          </Button>
          <Button variant="outlined" color="error" onClick={() => setDialog({ kind: 'restore', path: '' })}>
            {t('actions.restore')}
          </Button>
        </Stack>
        {list.data?.targetDir && (
          <>
            <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
              {t('list.title')}
            </Typography>
            <BackupListTable targetDir={list.data.targetDir} backups={list.data.backups} onUse={(path) => setDialog({ kind: 'verify', path })} />
          </>
        )}
      </Section>
      <Section title={t('auto.title')}>
        <ErrorAlert error={settings.error} />
        {settings.data && <AutoBackupForm initial={settings.data} />}
      </Section>
      {dialog?.kind === 'create' && <BackupNowDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'verify' && <VerifyBackupDialog initialPath={dialog.path} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'restore' && <RestoreDialog initialPath={dialog.path} onClose={() => setDialog(null)} />}
    </>
  );
}
