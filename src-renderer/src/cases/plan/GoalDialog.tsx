import { GOAL_STATUSES, LIFE_DOMAINS } from '@contract/channels/casefile-fields';
import type { CaseView } from '@contract/channels/cases';
import { goalFields, type GoalView } from '@contract/channels/plan';
import { zodResolver } from '@hookform/resolvers/zod';
import Stack from '@mui/material/Stack';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormTextField } from '../../components/FormTextField';
import { DateField } from '../shared/DateField';
import { FormDialog } from '../shared/FormDialog';
import { SelectField } from '../shared/SelectField';
import { useCaseMutation } from '../shared/use-case-mutation';
import { personNameIn } from './person-name';

const schema = goalFields.extend({ personId: z.string() });
type Form = z.input<typeof schema>;

/** A goal of the help plan: what, for whom, by when, who is responsible, its state and attainment. */
export function GoalDialog({ kase, goal, onClose, onSaved }: { kase: CaseView; goal: GoalView | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('cases');
  const save = useCaseMutation('goals.save');
  const { control, handleSubmit } = useForm<Form>({
    resolver: zodResolver(schema),
    defaultValues: {
      domain: goal?.domain ?? 'wohnen',
      personId: goal?.personId ?? '',
      description: goal?.description ?? '',
      dueOn: goal?.dueOn ?? '',
      responsible: goal?.responsible ?? '',
      status: goal?.status ?? 'offen',
      attainment: goal?.attainment ?? '',
    },
  });
  const submit = handleSubmit((v) =>
    save.mutate({ ...v, caseId: kase.id, personId: v.personId || null, ...(goal ? { id: goal.id, version: goal.version } : {}) }, { onSuccess: onSaved }),
  );
  return (
    <FormDialog title={goal ? t('plan.editGoal', { goal: goal.description }) : t('plan.goalTitle')} onSubmit={submit} onClose={onClose} pending={save.isPending} error={save.error} maxWidth="md">
      <FormTextField control={control} name="description" label={t('plan.description')} required multiline minRows={2} autoFocus />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectField control={control} name="domain" label={t('plan.domain')} options={LIFE_DOMAINS} labelOf={(d) => t(`domains.${d}`)} required />
        <SelectField control={control} name="personId" label={t('plan.person')} options={kase.persons.map((p) => p.id)} labelOf={(id) => personNameIn(kase, id, '')} emptyLabel={t('plan.wholeCase')} />
        <DateField control={control} name="dueOn" label={t('plan.dueOn')} />
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <FormTextField control={control} name="responsible" label={t('plan.responsible')} autoComplete="off" />
        <SelectField control={control} name="status" label={t('plan.status')} options={GOAL_STATUSES} labelOf={(s) => t(`goalStatuses.${s}`)} />
      </Stack>
      <FormTextField control={control} name="attainment" label={t('plan.attainment')} multiline minRows={1} />
    </FormDialog>
  );
}
