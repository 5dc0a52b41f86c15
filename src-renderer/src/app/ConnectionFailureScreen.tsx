import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../api/client';
import { useErrorText } from '../api/error-text';
import { FailureScreen } from './FailureScreen';

/** The start status could not be fetched: the server is gone or the access token is wrong. */
export function ConnectionFailureScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('common');
  const errorText = useErrorText();
  const code = isApiCallError(error) ? error.code : 'UNKNOWN';
  return (
    <FailureScreen
      title={t('failure.connectionTitle')}
      message={errorText(error)}
      steps={[t('failure.stepRestart'), t('failure.stepIt')]}
      technical={`code=${code}; channel=app.status; time=${new Date().toISOString()}`}
      action={
        <Button variant="contained" onClick={onRetry}>
          {t('retry')}
        </Button>
      }
    />
  );
}
