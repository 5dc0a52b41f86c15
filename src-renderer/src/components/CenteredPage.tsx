import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from './PageTitle';

/** A screen outside the shell (setup, login, lock, failure): one card in the middle, one h1. */
export function CenteredPage({ title, children, maxWidth = 520 }: { title: string; children: ReactNode; maxWidth?: number }) {
  const { t } = useTranslation('common');
  return (
    <Box component="main" id="main-content" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 2 }}>
      <Paper elevation={2} sx={{ p: { xs: 3, sm: 4 }, width: '100%', maxWidth }}>
        <Typography component="p" variant="overline" color="text.secondary">
          {t('appName')}
        </Typography>
        <PageTitle>{title}</PageTitle>
        {children}
      </Paper>
    </Box>
  );
}
