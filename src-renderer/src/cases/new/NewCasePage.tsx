import { zodResolver } from '@hookform/resolvers/zod';
import AddIcon from '@mui/icons-material/PersonAdd';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/hash-route';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormTextField } from '../../components/FormTextField';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { SubmitButton } from '../../components/SubmitButton';
import { casePath } from '../case-paths';
import { useCaseMutation } from '../shared/use-case-mutation';
import { IntakeFields } from './IntakeFields';
import { MemberFields } from './MemberFields';
import { emptyMember, initialNewCase, newCaseFormSchema, STEP_FIELDS, toCreateInput, type NewCaseForm } from './new-case-form';
import { NewCaseSummary } from './NewCaseSummary';

const STEPS = ['persons', 'intake', 'check'] as const;

/** Neuer Fall: person or family, then the intake (Klärung), then a check before the case is opened. */
export function NewCasePage() {
  const { t } = useTranslation('cases');
  const [step, setStep] = useState(0);
  const create = useCaseMutation('cases.create');
  const { control, handleSubmit, trigger, getValues, setValue } = useForm<NewCaseForm>({ resolver: zodResolver(newCaseFormSchema), defaultValues: initialNewCase() });
  const members = useFieldArray({ control, name: 'members' });
  const family = useWatch({ control, name: 'family' });

  const next = async () => {
    const fields = STEP_FIELDS[step];
    if (fields && !(await trigger([...fields]))) return;
    setStep((s) => s + 1);
  };
  const submit = handleSubmit((values) => create.mutate(toCreateInput(values), { onSuccess: (c) => navigate(casePath(c.id)) }));
  const stepName = STEPS[step] ?? 'check';
  return (
    <>
      <PageTitle>{t('wizard.title')}</PageTitle>
      <Stepper activeStep={step} sx={{ mb: 3 }}>
        {STEPS.map((s) => (
          <Step key={s}>
            <StepLabel>{t(`wizard.steps.${s}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <form onSubmit={submit} noValidate>
        {stepName === 'persons' && (
          <Section title={t('wizard.steps.persons')}>
            <Controller
              control={control}
              name="family"
              render={({ field }) => (
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={field.value}
                      onChange={(e) => {
                        field.onChange(e.target.checked);
                        if (!e.target.checked && getValues('members').length > 1) members.replace(getValues('members').slice(0, 1));
                        setValue('primaryIndex', 0);
                      }}
                    />
                  }
                  label={t('wizard.family')}
                />
              )}
            />
            {family && <FormTextField control={control} name="household.label" label={t('wizard.householdLabel')} helperText={t('wizard.householdLabelHint')} />}
            {members.fields.map((m, i) => (
              <MemberFields key={m.id} control={control} index={i} family={family} onRemove={family && members.fields.length > 1 ? () => members.remove(i) : null} />
            ))}
            {family && (
              <Button startIcon={<AddIcon />} onClick={() => members.append(emptyMember())}>
                {t('wizard.addMember')}
              </Button>
            )}
          </Section>
        )}
        {stepName === 'intake' && (
          <Section title={t('wizard.steps.intake')}>
            <IntakeFields control={control} />
          </Section>
        )}
        {stepName === 'check' && <NewCaseSummary values={getValues()} />}
        <ErrorAlert error={create.error} />
        <Stack direction="row" spacing={2}>
          {step > 0 && <Button onClick={() => setStep((s) => s - 1)}>{t('wizard.back')}</Button>}
          {stepName !== 'check' ? (
            <Button variant="contained" onClick={() => void next()}>
              {t('wizard.next')}
            </Button>
          ) : (
            <SubmitButton pending={create.isPending} label={t('wizard.create')} pendingLabel={t('wizard.creating')} />
          )}
        </Stack>
      </form>
    </>
  );
}
