import { contract } from '@contract';
import { PARTNER_KINDS, type PartnerView } from '@contract/channels/partners';
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
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormTextField } from '../../components/FormTextField';
import { SubmitButton } from '../../components/SubmitButton';
import { PartnerContactsFields } from './PartnerContactsFields';
import { usePartnerMutations } from './use-partner-mutations';

const schema = contract['partners.create'].input;
export type PartnerForm = z.input<typeof schema>;

const formOf = (p: PartnerView | null): PartnerForm => ({
  name: p?.name ?? '',
  kind: p?.kind ?? 'beratungsstelle',
  services: p?.services ?? '',
  contacts: p?.contacts ?? [],
  street: p?.street ?? '',
  postalCode: p?.postalCode ?? '',
  city: p?.city ?? '',
  phone: p?.phone ?? '',
  email: p?.email ?? '',
  active: p?.active ?? true,
});

/** Creates a partner, or edits one (sending the version it was loaded with). */
export function PartnerDialog({ partner, onClose, onSaved }: { partner: PartnerView | null; onClose: () => void; onSaved: (p: PartnerView) => void }) {
  const { t } = useTranslation(['network', 'common']);
  const titleId = useId();
  const { create, update } = usePartnerMutations();
  const { control, handleSubmit } = useForm<PartnerForm>({ resolver: zodResolver(schema), defaultValues: formOf(partner) });
  const submit = handleSubmit((values) => {
    if (partner) update.mutate({ ...values, id: partner.id, version: partner.version }, { onSuccess: onSaved });
    else create.mutate(values, { onSuccess: onSaved });
  });
  const pending = create.isPending || update.isPending;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t(partner ? 'partners.editTitle' : 'partners.createTitle')}</DialogTitle>
        <DialogContent>
          <FormTextField control={control} name="name" label={t('partners.name')} required autoFocus autoComplete="off" />
          <FormTextField control={control} name="kind" label={t('partners.kind')} select required slotProps={{ select: { native: true } }}>
            {PARTNER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </FormTextField>
          <FormTextField control={control} name="services" label={t('partners.services')} multiline minRows={2} />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            <FormTextField control={control} name="street" label={t('partners.street')} autoComplete="off" />
            <FormTextField control={control} name="postalCode" label={t('partners.postalCode')} autoComplete="off" sx={{ maxWidth: { sm: 140 } }} />
            <FormTextField control={control} name="city" label={t('partners.city')} autoComplete="off" />
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            <FormTextField control={control} name="phone" label={t('partners.phone')} autoComplete="off" />
            <FormTextField control={control} name="email" label={t('partners.email')} type="email" autoComplete="off" />
          </Stack>
          <Controller
            control={control}
            name="active"
            render={({ field }) => (
              <FormControlLabel control={<Checkbox checked={field.value ?? true} onChange={(e) => field.onChange(e.target.checked)} />} label={t('partners.activeLabel')} />
            )}
          />
          <PartnerContactsFields control={control} />
          <ErrorAlert error={create.error ?? update.error} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <SubmitButton pending={pending} label={t('common:save')} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
