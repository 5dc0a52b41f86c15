import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { useReloadCase } from './use-case-mutation';

interface FormDialogProps {
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onClose: () => void;
  pending: boolean;
  error: unknown;
  submitLabel?: string;
  maxWidth?: 'sm' | 'md' | 'lg';
  children: ReactNode;
}

/**
 * A dialog around one form of the case file: title, fields, the call's error and Cancel/Save.
 * A CONFLICT (someone changed the record meanwhile) offers to reload instead of a plain error.
 */
export function FormDialog({ title, onSubmit, onClose, pending, error, submitLabel, maxWidth = 'sm', children }: FormDialogProps) {
  const { t } = useTranslation('cases');
  const titleId = useId();
  const reload = useReloadCase();
  const conflict = isApiCallError(error) && error.code === 'CONFLICT';
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth={maxWidth}>
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {children}
          {conflict ? (
            <Alert
              severity="warning"
              sx={{ my: 2 }}
              action={
                <Button color="inherit" onClick={() => void reload().then(onClose)}>
                  {t('page.conflictReload')}
                </Button>
              }
            >
              {t('page.conflict')}
            </Alert>
          ) : (
            <ErrorAlert error={error} />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <SubmitButton pending={pending} label={submitLabel ?? t('actions.save')} pendingLabel={t('actions.saving')} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
