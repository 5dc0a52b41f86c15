import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ApiError } from '@contract';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/error-text';
import { berlinParts } from '../calendar/berlin';
import type { SaveState } from './use-autosave';

interface Props {
  state: SaveState;
  error: ApiError | null;
  savedAt: Date | null;
  onRetry: () => void;
  onOverwrite: () => void;
  onReload: () => void;
}

/** Where the draft stands, announced politely; a failed or conflicting save says what can be done. */
export function SaveStatus({ state, error, savedAt, onRetry, onOverwrite, onReload }: Props) {
  const { t } = useTranslation('consultations');
  const errorText = useErrorText();
  if (state === 'conflict') {
    return (
      <Alert severity="warning" sx={{ my: 2 }} action={<><Button onClick={onOverwrite}>{t('save.overwrite')}</Button><Button onClick={onReload}>{t('save.reload')}</Button></>}>
        {t('save.conflict')} {error ? errorText(error) : ''}
      </Alert>
    );
  }
  if (state === 'error') {
    return (
      <Alert severity="error" sx={{ my: 2 }} action={<Button onClick={onRetry}>{t('save.retry')}</Button>}>
        {t('save.error')} {error ? errorText(error) : ''}
      </Alert>
    );
  }
  const text = state === 'saved' ? (savedAt ? t('save.saved', { time: berlinParts(savedAt).time }) : '') : t(`save.${state}`);
  return (
    <Typography role="status" variant="body2" color="text.secondary" sx={{ minHeight: '1.5em' }}>
      {text}
    </Typography>
  );
}
