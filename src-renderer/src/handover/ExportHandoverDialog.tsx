import { contract } from '@contract';
import type { CaseView } from '@contract/channels/cases';
import { DATA_CATEGORIES } from '@contract/channels/consents';
import { MIN_BACKUP_PASSPHRASE_LENGTH } from '@contract/channels/backup';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { call, isApiCallError } from '../api/client';
import { keyOf } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormTextField } from '../components/FormTextField';
import { NewPasswordField } from '../components/NewPasswordField';
import { withPasswordRepeat } from '../components/password-repeat';
import { saveBase64File } from '../components/save-file';
import { SubmitButton } from '../components/SubmitButton';
import { ConsentDialog } from '../network/consents/ConsentDialog';
import { formatBytes } from '../network/format';
import { PartnerSelectField } from '../network/PartnerSelectField';
import { personOptions } from '../network/person-option';

const schema = withPasswordRepeat(contract['handover.export'].input.omit({ caseIds: true }), 'passphrase');
type ExportForm = z.input<typeof schema>;

/**
 * Writes the case into a .kimcase for another office and hands it to the browser's save flow.
 * Without the main person's consent for the recipient the server refuses (CONSENT_REQUIRED): the
 * dialog says what is needed and offers to record that consent right here, prefilled. After the
 * export the dialog stays open with the confirmation, so the reminder about the password is read.
 */
export function ExportHandoverDialog({ kase, onClose }: { kase: CaseView; onClose: () => void }) {
  const { t } = useTranslation(['handover', 'common']);
  const titleId = useId();
  const queryClient = useQueryClient();
  const [recordingConsent, setRecordingConsent] = useState(false);
  const [consentNotice, setConsentNotice] = useState('');
  const exportCase = useMutation({
    mutationFn: (values: ExportForm) => call('handover.export', { caseIds: [kase.id], recipientPartnerId: values.recipientPartnerId, passphrase: values.passphrase }),
    onSuccess: (exported) => {
      saveBase64File(exported.fileName, exported.contentBase64, 'application/octet-stream');
      // The transfer now shows in the consent register and the case timeline.
      void queryClient.invalidateQueries({ queryKey: keyOf('transfers.listForPerson') });
      void queryClient.invalidateQueries({ queryKey: keyOf('timeline.get') });
    },
  });
  const { control, handleSubmit, getValues } = useForm<ExportForm>({
    resolver: zodResolver(schema),
    defaultValues: { recipientPartnerId: '', passphrase: '', passwordRepeat: '' },
  });
  const submit = handleSubmit((values) => {
    setConsentNotice('');
    exportCase.mutate(values);
  });
  const exported = exportCase.data;
  const consentMissing = isApiCallError(exportCase.error) && exportCase.error.code === 'CONSENT_REQUIRED' ? exportCase.error : null;
  return (
    <>
      <Dialog open={!recordingConsent} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{t('export.title', { caseNumber: kase.caseNumber })}</DialogTitle>
          <DialogContent>
            <div role="status">
              {exported && <Alert severity="success">{t('export.done', { fileName: exported.fileName, size: formatBytes(exported.fileBytes) })}</Alert>}
            </div>
            {exported ? (
              <DialogContentText sx={{ mt: 2 }}>{t('export.passphraseHint')}</DialogContentText>
            ) : (
              <>
            <DialogContentText>{t('export.intro')}</DialogContentText>
            <PartnerSelectField control={control} name="recipientPartnerId" label={t('export.recipient')} />
            <NewPasswordField control={control} name="passphrase" label={t('export.passphrase')} minLength={MIN_BACKUP_PASSPHRASE_LENGTH} />
            <FormTextField control={control} name="passwordRepeat" label={t('export.repeat')} type="password" autoComplete="new-password" required />
            <DialogContentText variant="body2">{t('export.passphraseHint')}</DialogContentText>
            <div role="status">{consentNotice && <Alert severity="success" sx={{ mt: 2 }}>{consentNotice}</Alert>}</div>
            {consentMissing ? (
              <Alert
                severity="error"
                sx={{ my: 2 }}
                action={
                  <Button color="inherit" size="small" onClick={() => setRecordingConsent(true)}>
                    {t('export.recordConsent')}
                  </Button>
                }
              >
                <AlertTitle>{t('export.consentMissingTitle')}</AlertTitle>
                {consentMissing.message} {t('export.consentHowTo')}
              </Alert>
            ) : (
              <ErrorAlert error={exportCase.error} />
            )}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{exported ? t('common:close') : t('common:cancel')}</Button>
            {!exported && <SubmitButton pending={exportCase.isPending} label={t('export.submit')} pendingLabel={t('export.pending')} />}
          </DialogActions>
        </form>
      </Dialog>
      {recordingConsent && (
        <ConsentDialog
          persons={personOptions(kase.persons)}
          prefill={{ personId: kase.primaryPerson.id, partnerId: getValues('recipientPartnerId'), purpose: t('export.consentPurpose'), dataCategories: [...DATA_CATEGORIES] }}
          onClose={() => setRecordingConsent(false)}
          onSaved={() => {
            setRecordingConsent(false);
            exportCase.reset();
            setConsentNotice(t('export.consentRecorded'));
          }}
        />
      )}
    </>
  );
}
