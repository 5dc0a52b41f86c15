import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../components/SubmitButton';
import { BackupErrorAlert } from './BackupErrorAlert';
import { BackupSummaryView } from './BackupSummaryView';
import { PathField } from './PathField';
import { SecretFields } from './SecretFields';
import { isRestorable, type RestoreFlow } from './use-restore-flow';

interface RestoreFieldsProps {
  flow: RestoreFlow;
  /** Shown with the summary of a restorable backup: what the restore will do. */
  notice: ReactNode;
  /** The file dialog behind "Auswählen …" (desktop app); default: the administration's. */
  choose?: () => Promise<string | null>;
}

/** File, key, and once checked: what the backup holds and whether this version can restore it. */
export function RestoreFields({ flow, notice, choose }: RestoreFieldsProps) {
  const { t } = useTranslation('backup');
  const { summary } = flow;
  return (
    <>
      <PathField label={t('path.file')} helperText={t('path.fileHint')} value={flow.path} onChange={flow.setPath} purpose="open" required autoFocus choose={choose} />
      <SecretFields value={flow.secret} onChange={flow.setSecret} mode="read" />
      <BackupErrorAlert error={flow.error} />
      <div role="status">{summary && isRestorable(summary) && <Alert severity="success">{t('verify.ok')}</Alert>}</div>
      {summary && (
        <>
          <BackupSummaryView summary={summary} />
          {isRestorable(summary) ? (
            <>
              {notice}
              {flow.needsConfirmation && (
                <FormControlLabel
                  control={<Checkbox checked={flow.confirmed} onChange={(e) => flow.setConfirmed(e.target.checked)} />}
                  label={t('restore.confirm')}
                />
              )}
            </>
          ) : (
            <Alert severity="error" sx={{ my: 2 }}>
              {summary.compatibility === 'newer' ? t('errors.BACKUP_NEWER', { neededAppVersion: summary.appVersion }) : t('restore.notRestorable')}
            </Alert>
          )}
        </>
      )}
    </>
  );
}

/** "Sicherung prüfen" until the backup is checked, then "Jetzt wiederherstellen". */
export function RestoreSubmit({ flow }: { flow: RestoreFlow }) {
  const { t } = useTranslation('backup');
  return flow.summary ? (
    <SubmitButton
      color={flow.needsConfirmation ? 'error' : 'primary'}
      pending={flow.restoring}
      disabled={flow.busy || !flow.canRestore}
      label={t('restore.submit')}
      pendingLabel={t('restore.pending')}
    />
  ) : (
    <SubmitButton pending={flow.checking} disabled={flow.busy || !flow.canCheck} label={t('restore.check')} pendingLabel={t('verify.pending')} />
  );
}
