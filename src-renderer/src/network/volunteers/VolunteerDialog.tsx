import { contract } from '@contract';
import type { VolunteerView } from '@contract/channels/volunteers';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormTextField } from '../../components/FormTextField';
import { SubmitButton } from '../../components/SubmitButton';
import { useVolunteerMutations } from './use-volunteer-mutations';

const schema = contract['volunteers.create'].input;
type VolunteerForm = z.input<typeof schema>;

export function VolunteerDialog({ volunteer, onClose, onSaved }: { volunteer: VolunteerView | null; onClose: () => void; onSaved: (v: VolunteerView) => void }) {
  const { t } = useTranslation(['network', 'common']);
  const titleId = useId();
  const { create, update } = useVolunteerMutations();
  const { control, handleSubmit } = useForm<VolunteerForm>({
    resolver: zodResolver(schema),
    defaultValues: { displayName: volunteer?.displayName ?? '', helpsWith: volunteer?.helpsWith ?? '', contact: volunteer?.contact ?? '', active: volunteer?.active ?? true },
  });
  const submit = handleSubmit((values) => {
    if (volunteer) update.mutate({ ...values, id: volunteer.id, version: volunteer.version }, { onSuccess: onSaved });
    else create.mutate(values, { onSuccess: onSaved });
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t(volunteer ? 'volunteers.editTitle' : 'volunteers.createTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('volunteers.minimalHint')}</DialogContentText>
          <FormTextField control={control} name="displayName" label={t('volunteers.displayName')} required autoFocus autoComplete="off" />
          <FormTextField control={control} name="helpsWith" label={t('volunteers.helpsWith')} multiline minRows={2} />
          <FormTextField control={control} name="contact" label={t('volunteers.contact')} autoComplete="off" />
          <Controller
            control={control}
            name="active"
            render={({ field }) => (
              <FormControlLabel control={<Checkbox checked={field.value ?? true} onChange={(e) => field.onChange(e.target.checked)} />} label={t('volunteers.activeLabel')} />
            )}
          />
          <ErrorAlert error={create.error ?? update.error} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <SubmitButton pending={create.isPending || update.isPending} label={t('common:save')} />
        </DialogActions>
      </form>
    </Dialog>
  );
}
