import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredPage } from '../components/CenteredPage';
import { CopyableDetails } from '../components/CopyableDetails';

export interface FailureScreenProps {
  title: string;
  /** What happened, in German, safe to show (the server's message or ours). */
  message: string;
  /** What the person can do, in order. */
  steps: string[];
  technical: string;
  action?: ReactNode;
}

/** Shown instead of a blank window whenever the app cannot go on. */
export function FailureScreen({ title, message, steps, technical, action }: FailureScreenProps) {
  const { t } = useTranslation('common');
  return (
    <CenteredPage title={title} maxWidth={720}>
      <Typography variant="h6" component="h2">
        {t('failure.whatHappened')}
      </Typography>
      <Typography sx={{ mb: 2 }} data-testid="failure-message">
        {message}
      </Typography>
      <Typography variant="h6" component="h2">
        {t('failure.whatToDo')}
      </Typography>
      <Box component="ol" sx={{ mt: 0, mb: 2, pl: 3 }}>
        {steps.map((step) => (
          <li key={step}>
            <Typography>{step}</Typography>
          </li>
        ))}
      </Box>
      {action && <Box sx={{ mb: 2 }}>{action}</Box>}
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('failure.technical')}
      </Typography>
      <CopyableDetails label={t('failure.technical')} text={technical} />
    </CenteredPage>
  );
}
