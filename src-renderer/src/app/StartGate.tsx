import { useState } from 'react';
import { LockScreen } from '../auth/LockScreen';
import { LoginScreen } from '../auth/LoginScreen';
import { RecoveryCodeScreen, type RecoverySheet } from '../auth/RecoveryCodeScreen';
import { SetupScreen } from '../auth/SetupScreen';
import { LoadingScreen } from '../components/LoadingScreen';
import { AppShell } from './AppShell';
import { ConnectionFailureScreen } from './ConnectionFailureScreen';
import { OfficeFailureScreen } from './OfficeFailureScreen';
import { useAppStatus, useStatusUpdates } from './use-app-status';
import { useSessionGuard } from './use-session-guard';

/** Picks the screen from `app.status`: setup, failure, login, lock or the app itself. */
export function StartGate() {
  useSessionGuard();
  const status = useAppStatus();
  const { refresh } = useStatusUpdates();
  // Held here, above the phase switch: after setup the phase is already `sealed`, but the
  // recovery code must stay on screen until it has been confirmed.
  const [recovery, setRecovery] = useState<RecoverySheet | null>(null);

  if (recovery) {
    return (
      <RecoveryCodeScreen
        sheet={recovery}
        onDone={() => {
          setRecovery(null);
          void refresh();
        }}
      />
    );
  }
  if (status.isPending) return <LoadingScreen />;
  if (status.isError) return <ConnectionFailureScreen error={status.error} onRetry={() => void status.refetch()} />;

  const { phase, failure, session, officeName } = status.data;
  if (phase === 'failed') return <OfficeFailureScreen failure={failure} />;
  if (phase === 'setup') return <SetupScreen onDone={setRecovery} />;
  if (!session) return <LoginScreen />;
  if (session.locked) return <LockScreen session={session} />;
  return <AppShell officeName={officeName ?? ''} session={session} />;
}
