import { MEASURE_STATUSES } from '@contract/channels/casefile-fields';
import { measureFields, type GoalView, type MeasureView } from '@contract/channels/plan';
import { zodResolver } from '@hookform/resolvers/zod';
import Stack from '@mui/material/Stack';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useCallQuery } from '../../api/queries';
import { FormTextField } from '../../components/FormTextField';
import { DateField } from '../shared/DateField';
import { FormDialog } from '../shared/FormDialog';
import { SelectField } from '../shared/SelectField';
import { useCaseMutation } from '../shared/use-case-mutation';

const schema = measureFields.extend({ partnerId: z.string() });
type Form = z.input<typeof schema>;

/** A measure under a goal, optionally carried out by a partner of the network. */
export function MeasureDialog({ goal, measure, onClose, onSaved }: { goal: GoalView; measure: MeasureView | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('cases');
  const save = useCaseMutation('measures.save');
  const partners = useCallQuery('partners.list', {});
  const options = partners.data ?? [];
  const { control, handleSubmit } = useForm<Form>({
    resolver: zodResolver(schema),
    defaultValues: { description: measure?.description ?? '', partnerId: measure?.partnerId ?? '', dueOn: measure?.dueOn ?? '', status: measure?.status ?? 'geplant' },
  });
  const submit = handleSubmit((v) =>
    save.mutate({ ...v, goalId: goal.id, partnerId: v.partnerId || null, ...(measure ? { id: measure.id, version: measure.version } : {}) }, { onSuccess: onSaved }),
  );
  return (
    <FormDialog
      title={measure ? t('plan.editMeasure', { measure: measure.description }) : t('plan.addMeasure', { goal: goal.description })}
      onSubmit={submit}
      onClose={onClose}
      pending={save.isPending}
      error={save.error}
    >
      <FormTextField control={control} name="description" label={t('plan.measureDescription')} required multiline minRows={2} autoFocus />
      <SelectField control={control} name="partnerId" label={t('plan.partner')} options={options.map((p) => p.id)} labelOf={(id) => options.find((p) => p.id === id)?.name ?? measure?.partnerName ?? ''} emptyLabel={t('plan.noPartner')} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <DateField control={control} name="dueOn" label={t('plan.dueOn')} />
        <SelectField control={control} name="status" label={t('plan.status')} options={MEASURE_STATUSES} labelOf={(s) => t(`measureStatuses.${s}`)} />
      </Stack>
    </FormDialog>
  );
}
