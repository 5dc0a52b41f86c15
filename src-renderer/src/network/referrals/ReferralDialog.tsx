import { contract } from '@contract';
import type { ReferralView } from '@contract/channels/referrals';
import { REFERRAL_DEFAULT_CATEGORIES } from '@contract/channels/referrals';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { call, isApiCallError } from '../../api/client';
import { keyOf } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormTextField } from '../../components/FormTextField';
import { SubmitButton } from '../../components/SubmitButton';
import { CategoryCheckboxes } from '../consents/CategoryCheckboxes';
import { ConsentDialog } from '../consents/ConsentDialog';
import { PartnerSelectField } from '../PartnerSelectField';
import type { PersonOption } from '../person-option';
import { PersonSelectField } from '../PersonSelectField';

const schema = contract['referrals.create'].input;
type ReferralForm = z.input<typeof schema>;

/**
 * Refers a person to a partner. Without a valid consent the server refuses (CONSENT_REQUIRED):
 * the dialog shows why and offers to record the consent right here, prefilled, then to try again.
 */
export function ReferralDialog({ caseId, persons, onClose, onSaved }: { caseId: string; persons: PersonOption[]; onClose: () => void; onSaved: (r: ReferralView) => void }) {
  const { t } = useTranslation(['network', 'common']);
  const titleId = useId();
  const queryClient = useQueryClient();
  const [recordingConsent, setRecordingConsent] = useState(false);
  const [consentNotice, setConsentNotice] = useState('');
  const create = useMutation({
    mutationFn: (input: ReferralForm) => call('referrals.create', input),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: keyOf('referrals.listForCase') }), queryClient.invalidateQueries({ queryKey: keyOf('transfers.listForPerson') })]),
  });
  const { control, handleSubmit, getValues } = useForm<ReferralForm>({
    resolver: zodResolver(schema),
    defaultValues: { caseId, personId: persons[0]?.id ?? '', partnerId: '', purpose: '', dataCategories: REFERRAL_DEFAULT_CATEGORIES },
  });
  const submit = handleSubmit((values) => {
    setConsentNotice('');
    create.mutate(values, { onSuccess: onSaved });
  });
  const consentMissing = isApiCallError(create.error) && create.error.code === 'CONSENT_REQUIRED' ? create.error : null;
  return (
    <>
      <Dialog open={!recordingConsent} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{t('referrals.createTitle')}</DialogTitle>
          <DialogContent>
            <PersonSelectField control={control} name="personId" label={t('referrals.person')} persons={persons} />
            <PartnerSelectField control={control} name="partnerId" label={t('referrals.partner')} />
            <FormTextField control={control} name="purpose" label={t('referrals.purpose')} required autoComplete="off" />
            <Controller
              control={control}
              name="dataCategories"
              render={({ field, fieldState }) => (
                <CategoryCheckboxes label={t('referrals.categories')} value={field.value ?? []} onChange={field.onChange} error={fieldState.error?.message} />
              )}
            />
            <div role="status">{consentNotice && <Alert severity="success">{consentNotice}</Alert>}</div>
            {consentMissing ? (
              <Alert
                severity="warning"
                sx={{ my: 2 }}
                action={
                  <Button color="inherit" size="small" onClick={() => setRecordingConsent(true)}>
                    {t('referrals.recordConsent')}
                  </Button>
                }
              >
                <AlertTitle>{t('referrals.consentMissingTitle')}</AlertTitle>
                {consentMissing.message}
              </Alert>
            ) : (
              <ErrorAlert error={create.error} />
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('common:cancel')}</Button>
            <SubmitButton pending={create.isPending} label={t('referrals.submit')} />
          </DialogActions>
        </form>
      </Dialog>
      {recordingConsent && (
        <ConsentDialog
          persons={persons}
          prefill={{ personId: getValues('personId'), partnerId: getValues('partnerId'), purpose: getValues('purpose'), dataCategories: getValues('dataCategories') }}
          onClose={() => setRecordingConsent(false)}
          onSaved={() => {
            setRecordingConsent(false);
            create.reset();
            setConsentNotice(t('referrals.consentRecorded'));
          }}
        />
      )}
    </>
  );
}
