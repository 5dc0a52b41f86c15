import { caseUpdateInput, type CaseView } from '@contract/channels/cases';
import { zodResolver } from '@hookform/resolvers/zod';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useCallQuery } from '../../api/queries';
import { todayIso } from '../../network/format';
import { IntakeFields } from '../new/IntakeFields';
import { FormDialog } from '../shared/FormDialog';
import { useCaseMutation } from '../shared/use-case-mutation';

const schema = caseUpdateInput.omit({ id: true, version: true });
type Form = z.input<typeof schema>;

/** Edits the intake (Kommune, reason, first contact, consent) and the case managers of a case. */
export function IntakeDialog({ kase, onClose, onSaved }: { kase: CaseView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('cases');
  const update = useCaseMutation('cases.update');
  const managers = useCallQuery('cases.managerOptions', {});
  const { control, handleSubmit } = useForm<Form>({
    resolver: zodResolver(schema),
    defaultValues: {
      kommuneId: kase.kommuneId,
      intakeReason: kase.intakeReason ?? '',
      firstContactOn: kase.firstContactOn ?? todayIso(),
      consentRecorded: kase.consentRecorded,
      consentRecordedOn: kase.consentRecordedOn ?? todayIso(),
      managerIds: kase.managers.map((m) => m.id),
    },
  });
  const submit = handleSubmit((v) =>
    update.mutate({ id: kase.id, version: kase.version, ...v, consentRecordedOn: v.consentRecorded ? v.consentRecordedOn : '' }, { onSuccess: onSaved }),
  );
  const options = managers.data ?? kase.managers;
  return (
    <FormDialog title={t('overview.intakeTitle')} onSubmit={submit} onClose={onClose} pending={update.isPending} error={update.error} maxWidth="md">
      <IntakeFields control={control} />
      <Controller
        control={control}
        name="managerIds"
        render={({ field }) => (
          <Autocomplete
            multiple
            options={options.map((m) => m.id)}
            getOptionLabel={(id) => options.find((m) => m.id === id)?.displayName ?? ''}
            value={field.value ?? []}
            onChange={(_e, ids) => field.onChange(ids)}
            renderInput={(params) => <TextField {...params} label={t('overview.managerPick')} margin="normal" />}
          />
        )}
      />
    </FormDialog>
  );
}
