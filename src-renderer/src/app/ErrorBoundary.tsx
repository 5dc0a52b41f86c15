import Button from '@mui/material/Button';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureScreen } from './FailureScreen';

function CrashScreen({ error }: { error: Error }) {
  const { t } = useTranslation('common');
  return (
    <FailureScreen
      title={t('failure.crashTitle')}
      message={t('failure.crashMessage')}
      steps={[t('failure.stepReload'), t('failure.stepIt')]}
      technical={`${error.name}: ${error.message}`}
      action={
        <Button variant="contained" onClick={() => window.location.reload()}>
          {t('reload')}
        </Button>
      }
    />
  );
}

/** Catches render errors anywhere below and shows a German error page instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? <CrashScreen error={this.state.error} /> : this.props.children;
  }
}
