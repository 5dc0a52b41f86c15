import { LIFE_DOMAINS, RATINGS } from '@contract/channels/casefile-fields';
import type { CaseView } from '@contract/channels/cases';
import { assessmentFields, type AssessmentView } from '@contract/channels/plan';
import { zodResolver } from '@hookform/resolvers/zod';
import Stack from '@mui/material/Stack';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormTextField } from '../../components/FormTextField';
import { todayIso } from '../../network/format';
import { DateField } from '../shared/DateField';
import { FormDialog } from '../shared/FormDialog';
import { SelectField } from '../shared/SelectField';
import { useCaseMutation } from '../shared/use-case-mutation';
import { personNameIn } from './person-name';

// The form edits the fields; case, id and version are added on save. Person "" = the whole household.
const schema = assessmentFields.extend({ personId: z.string() });
type Form = z.input<typeof schema>;

/** Records (or revises) the assessment of one life domain. */
export function AssessmentDialog({ kase, assessment, onClose, onSaved }: { kase: CaseView; assessment: AssessmentView | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('cases');
  const save = useCaseMutation('assessments.save');
  const { control, handleSubmit } = useForm<Form>({
    resolver: zodResolver(schema),
    defaultValues: {
      domain: assessment?.domain ?? 'wohnen',
      personId: assessment?.personId ?? '',
      situation: assessment?.situation ?? '',
      resources: assessment?.resources ?? '',
      needs: assessment?.needs ?? '',
      rating: assessment?.rating ?? 'unterstuetzung',
      assessedOn: assessment?.assessedOn ?? todayIso(),
    },
  });
  const submit = handleSubmit((v) =>
    save.mutate(
      { ...v, caseId: kase.id, personId: v.personId || null, ...(assessment ? { id: assessment.id, version: assessment.version } : {}) },
      { onSuccess: onSaved },
    ),
  );
  return (
    <FormDialog title={t('assessment.dialogTitle')} onSubmit={submit} onClose={onClose} pending={save.isPending} error={save.error} maxWidth="md">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectField control={control} name="domain" label={t('assessment.domain')} options={LIFE_DOMAINS} labelOf={(d) => t(`domains.${d}`)} required />
        <SelectField
          control={control}
          name="personId"
          label={t('assessment.person')}
          options={kase.persons.map((p) => p.id)}
          labelOf={(id) => personNameIn(kase, id, '')}
          emptyLabel={t('assessment.wholeCase')}
        />
        <SelectField control={control} name="rating" label={t('assessment.rating')} options={RATINGS} labelOf={(r) => t(`ratings.${r}`)} required />
        <DateField control={control} name="assessedOn" label={t('assessment.assessedOn')} required />
      </Stack>
      <FormTextField control={control} name="situation" label={t('assessment.situation')} multiline minRows={2} />
      <FormTextField control={control} name="resources" label={t('assessment.resources')} multiline minRows={2} />
      <FormTextField control={control} name="needs" label={t('assessment.needs')} multiline minRows={2} />
    </FormDialog>
  );
}
