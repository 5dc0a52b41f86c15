import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useStatusUpdates } from '../app/use-app-status';
import { RestoreFields, RestoreSubmit } from '../backup/RestoreFields';
import { useRestoreFlow } from '../backup/use-restore-flow';
import { CenteredPage } from '../components/CenteredPage';

const chooseBackupFile = async () => (await call('setup.pickBackupFile', {})).path;

interface SetupRestoreScreenProps {
  onBack: () => void;
  /** Reached from the failure screen: the files that could not be opened are moved aside, not replaced unseen. */
  afterFailure?: boolean;
}

/**
 * Restore without login: at first run (new workstation, lost data directory) or when the office's
 * files cannot be opened. Check the file, see what it holds, restore it. Nothing usable is
 * replaced here (the damaged files are kept), so no extra confirmation; afterwards the status says
 * `sealed` and the app shows the login.
 */
export function SetupRestoreScreen({ onBack, afterFailure = false }: SetupRestoreScreenProps) {
  const { t } = useTranslation('restore');
  const { refresh } = useStatusUpdates();
  const flow = useRestoreFlow(
    {
      verify: (input) => call('setup.verifyBackup', input),
      restore: (input) => call('setup.restoreBackup', { ...input, confirm: true }),
      onRestored: () => void refresh(),
    },
    { needsConfirmation: false },
  );
  return (
    <CenteredPage title={t('setup.title')} maxWidth={760}>
      <Typography sx={{ mb: 1 }}>{t('setup.intro')}</Typography>
      {afterFailure && <Typography sx={{ mb: 1 }}>{t('failure.offer')}</Typography>}
      <form noValidate onSubmit={flow.submit}>
        <RestoreFields
          flow={flow}
          choose={chooseBackupFile}
          notice={
            <Alert severity="info" sx={{ my: 2 }}>
              {afterFailure && <Typography sx={{ mb: 1 }}>{t('failure.afterwards')}</Typography>}
              {t('setup.afterwards')}
            </Alert>
          }
        />
        <Stack direction="row" spacing={2} sx={{ mt: 2, justifyContent: 'space-between' }}>
          <Button onClick={onBack} disabled={flow.busy}>
            {afterFailure ? t('failure.back') : t('setup.back')}
          </Button>
          <RestoreSubmit flow={flow} />
        </Stack>
      </form>
    </CenteredPage>
  );
}
