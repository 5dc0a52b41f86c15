import type { AppStatus } from '@contract/channels/app';
import { isRestorableFailure } from '@contract/channels/setup-restore';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetupRestoreScreen } from '../auth/SetupRestoreScreen';
import { FailureScreen } from './FailureScreen';

/**
 * Phase `failed`: the data could not be opened (damaged key file, newer database, …). Where a
 * backup is the remedy (damaged database or key file), the restore is offered right here; a newer
 * database needs the newer app instead, so that failure does not suggest a restore at all.
 */
export function OfficeFailureScreen({ failure }: { failure: AppStatus['failure'] }) {
  const { t } = useTranslation(['common', 'errors', 'restore']);
  const [restoring, setRestoring] = useState(false);
  const restorable = !!failure && isRestorableFailure(failure.code);
  if (restoring && restorable) return <SetupRestoreScreen afterFailure onBack={() => setRestoring(false)} />;
  const firstStep = failure?.code === 'DB_NEWER' ? t('restore:failure.stepUpdate') : t('failure.stepBackup');
  return (
    <FailureScreen
      title={t('failure.title')}
      message={failure?.message ?? t('errors:unexpected')}
      steps={[firstStep, t('failure.stepIt'), t('failure.stepKeep')]}
      technical={failure?.technical ?? `code=${failure?.code ?? 'UNKNOWN'}`}
      action={
        restorable && (
          <>
            <Typography sx={{ mb: 1 }}>{t('restore:failure.offer')}</Typography>
            <Button variant="contained" onClick={() => setRestoring(true)}>
              {t('restore:offer.button')}
            </Button>
          </>
        )
      }
    />
  );
}
