import { contract } from '@contract';
import type { CaseView } from '@contract/channels/cases';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormTextField } from '../../components/FormTextField';
import { todayIso } from '../../network/format';
import { DateField } from '../shared/DateField';
import { FormDialog } from '../shared/FormDialog';
import { SelectField } from '../shared/SelectField';
import { useCaseMutation } from '../shared/use-case-mutation';

const schema = contract['followups.create'].input.omit({ caseId: true });
type Form = z.input<typeof schema>;

/** A new Wiedervorlage: due date, what it is about and who follows it up (a case manager). */
export function FollowUpDialog({ kase, ownerId, onClose, onSaved }: { kase: CaseView; ownerId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('cases');
  const create = useCaseMutation('followups.create');
  const { control, handleSubmit } = useForm<Form>({ resolver: zodResolver(schema), defaultValues: { dueOn: todayIso(), note: '', ownerUserId: ownerId } });
  const submit = handleSubmit((v) => create.mutate({ ...v, caseId: kase.id }, { onSuccess: onSaved }));
  return (
    <FormDialog title={t('followups.dialogTitle')} onSubmit={submit} onClose={onClose} pending={create.isPending} error={create.error}>
      <FormTextField control={control} name="note" label={t('followups.note')} required autoFocus />
      <DateField control={control} name="dueOn" label={t('followups.dueOn')} required />
      <SelectField control={control} name="ownerUserId" label={t('followups.owner')} options={kase.managers.map((m) => m.id)} labelOf={(id) => kase.managers.find((m) => m.id === id)?.displayName ?? ''} />
    </FormDialog>
  );
}
