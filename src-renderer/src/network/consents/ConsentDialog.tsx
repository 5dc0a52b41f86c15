import { contract } from '@contract';
import type { ConsentView, DataCategory } from '@contract/channels/consents';
import { isoDate } from '@contract/fields';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormTextField } from '../../components/FormTextField';
import { SubmitButton } from '../../components/SubmitButton';
import { todayIso } from '../format';
import { PartnerSelectField } from '../PartnerSelectField';
import type { PersonOption } from '../person-option';
import { PersonSelectField } from '../PersonSelectField';
import { CategoryCheckboxes } from './CategoryCheckboxes';
import { useConsentMutations } from './use-consent-mutations';

// The contract's schema, with an empty date field meaning "no end".
const schema = contract['consents.create'].input.extend({ validUntil: z.union([z.literal(''), isoDate]) });
type ConsentForm = z.input<typeof schema>;

export interface ConsentPrefill {
  personId?: string;
  partnerId?: string;
  purpose?: string;
  dataCategories?: DataCategory[];
}

export function ConsentDialog({ persons, prefill = {}, onClose, onSaved }: { persons: PersonOption[]; prefill?: ConsentPrefill; onClose: () => void; onSaved: (c: ConsentView) => void }) {
  const { t } = useTranslation(['network', 'common']);
  const titleId = useId();
  const { create } = useConsentMutations();
  const { control, handleSubmit } = useForm<ConsentForm>({
    resolver: zodResolver(schema),
    defaultValues: {
      personId: prefill.personId ?? persons[0]?.id ?? '',
      partnerId: prefill.partnerId ?? '',
      purpose: prefill.purpose ?? '',
      dataCategories: prefill.dataCategories ?? ['stammdaten', 'kontaktdaten'],
      bidirectional: false,
      givenOn: todayIso(),
      validUntil: '',
    },
  });
  const submit = handleSubmit((v) => create.mutate({ ...v, validUntil: v.validUntil || null }, { onSuccess: onSaved }));
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('consents.createTitle')}</DialogTitle>
        <DialogContent>
          <PersonSelectField control={control} name="personId" label={t('consents.person')} persons={persons} />
          <PartnerSelectField control={control} name="partnerId" label={t('consents.partner')} />
          <FormTextField control={control} name="purpose" label={t('consents.purpose')} required autoComplete="off" />
          <Controller
            control={control}
            name="dataCategories"
            render={({ field, fieldState }) => (
              <CategoryCheckboxes label={t('consents.categories')} helperText={t('consents.categoriesHint')} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
            )}
          />
          <Controller
            control={control}
            name="bidirectional"
            render={({ field }) => (
              <FormControlLabel control={<Checkbox checked={field.value ?? false} onChange={(e) => field.onChange(e.target.checked)} />} label={t('consents.bidirectional')} />
            )}
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <FormTextField control={control} name="givenOn" label={t('consents.givenOn')} type="date" required slotProps={{ inputLabel: { shrink: true } }} />
            <FormTextField control={control} name="validUntil" label={t('consents.validUntil')} type="date" slotProps={{ inputLabel: { shrink: true } }} />
          </Stack>
          <ErrorAlert error={create.error} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <SubmitButton pending={create.isPending} label={t('common:save')} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
