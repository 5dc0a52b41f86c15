import { contract } from '@contract';
import { BARRIER_CATEGORIES, type BarrierView } from '@contract/channels/barriers';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormTextField } from '../../components/FormTextField';
import { SubmitButton } from '../../components/SubmitButton';
import { todayIso } from '../../network/format';
import { KommunenField } from './KommunenField';
import { useBarrierMutations } from './use-barrier-mutations';
import { NATIVE_SELECT } from '../select-props';

const schema = contract['barriers.create'].input;
type BarrierForm = z.input<typeof schema>;

const formOf = (b: BarrierView | null): BarrierForm => ({
  title: b?.title ?? '',
  category: b?.category ?? 'sonstiges',
  description: b?.description ?? '',
  kommuneIds: b?.kommunen.map((k) => k.id) ?? [],
  firstNoticedOn: b?.firstNoticedOn ?? todayIso(),
  responsible: b?.responsible ?? '',
  responsiblePartnerId: b?.responsiblePartnerId ?? '',
  workingGroup: b?.workingGroup ?? '',
});

/** Names a new barrier or edits one (sending the version it was loaded with); the status moves elsewhere. */
export function BarrierDialog({ barrier, onClose, onSaved }: { barrier: BarrierView | null; onClose: () => void; onSaved: (b: BarrierView) => void }) {
  const { t } = useTranslation(['reports', 'common', 'network']);
  const titleId = useId();
  const { create, update } = useBarrierMutations();
  const partners = useCallQuery('partners.list', { includeInactive: false });
  const { control, handleSubmit } = useForm<BarrierForm>({ resolver: zodResolver(schema), defaultValues: formOf(barrier) });
  const submit = handleSubmit((values) => {
    if (barrier) update.mutate({ ...values, id: barrier.id, version: barrier.version }, { onSuccess: onSaved });
    else create.mutate(values, { onSuccess: onSaved });
  });
  const pending = create.isPending || update.isPending;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t(barrier ? 'barrier.editTitle' : 'barrier.createTitle')}</DialogTitle>
        <DialogContent>
          <FormTextField control={control} name="title" label={t('barrier.title')} required autoFocus autoComplete="off" />
          <FormTextField control={control} name="category" label={t('barrier.category')} select required slotProps={NATIVE_SELECT}>
            {BARRIER_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`dim.huerdenkategorie.${c}`)}
              </option>
            ))}
          </FormTextField>
          <FormTextField control={control} name="description" label={t('barrier.description')} multiline minRows={3} />
          <KommunenField control={control} name="kommuneIds" label={t('barrier.kommunen')} />
          <FormTextField control={control} name="firstNoticedOn" label={t('barrier.firstNoticedOn')} type="date" required slotProps={{ inputLabel: { shrink: true } }} />
          <FormTextField control={control} name="responsible" label={t('barrier.responsible')} autoComplete="off" />
          <FormTextField control={control} name="responsiblePartnerId" label={t('barrier.responsiblePartner')} select slotProps={NATIVE_SELECT}>
            <option value="">{t('barrier.noPartner')}</option>
            {(partners.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {`${p.name} (${t(`network:kinds.${p.kind}`)})`}
              </option>
            ))}
          </FormTextField>
          <FormTextField control={control} name="workingGroup" label={t('barrier.workingGroup')} autoComplete="off" />
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
