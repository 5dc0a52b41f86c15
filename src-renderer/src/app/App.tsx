import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { createQueryClient } from './query-client';
import { StartGate } from './StartGate';
import { createAppTheme } from './theme';

export function App() {
  useTranslation(); // Re-renders on a language switch.
  const language = currentLanguage();
  const [queryClient] = useState(createQueryClient);
  // MUI's built-in texts (dialogs, tables) follow the interface language.
  const theme = useMemo(() => createAppTheme(language), [language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <StartGate />
        </QueryClientProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
