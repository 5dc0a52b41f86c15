import { CLOSURE_REASONS, GOAL_ATTAINMENTS } from '@contract/channels/casefile-fields';
import { caseTransitionInput, type CaseView, type TransitionOption } from '@contract/channels/cases';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormTextField } from '../../components/FormTextField';
import { FormDialog } from '../shared/FormDialog';
import { SelectField } from '../shared/SelectField';
import { useCaseMutation } from '../shared/use-case-mutation';

const base = caseTransitionInput.omit({ id: true, version: true, to: true });
type TransitionForm = z.input<typeof base>;

const required = (value: string | undefined) => (value ?? '').trim().length > 0;

/** The rules the server checks, also checked here so the form can point at the field. */
function formSchema(option: TransitionOption) {
  return base.superRefine((v, ctx) => {
    const need = (ok: boolean, path: keyof TransitionForm) => {
      // Reported as an empty required text, so the form shows the usual "Bitte füllen Sie …".
      if (!ok) ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: '', path: [path] });
    };
    if (option.kind === 'back' || option.kind === 'reopen') need(required(v.reason), 'reason');
    if (option.kind === 'close') {
      need(v.closureReason !== undefined, 'closureReason');
      need(v.goalAttainment !== undefined, 'goalAttainment');
      if (option.needsExplanation) need(required(v.openItemsExplanation), 'openItemsExplanation');
    }
  });
}

/** Asks what a phase change needs (reason; closure reason, goal attainment, explanation) and sends it. */
export function TransitionDialog({ kase, option, onClose, onDone }: { kase: CaseView; option: TransitionOption; onClose: () => void; onDone: (c: CaseView) => void }) {
  const { t } = useTranslation('cases');
  const transition = useCaseMutation('cases.transition');
  const { control, handleSubmit } = useForm<TransitionForm>({ resolver: zodResolver(formSchema(option)), defaultValues: { reason: '', openItemsExplanation: '' } });
  const closing = option.kind === 'close';
  const submit = handleSubmit((v) =>
    transition.mutate(
      {
        id: kase.id,
        version: kase.version,
        to: option.to,
        ...(v.reason ? { reason: v.reason } : {}),
        ...(closing ? { closureReason: v.closureReason, goalAttainment: v.goalAttainment, ...(v.openItemsExplanation ? { openItemsExplanation: v.openItemsExplanation } : {}) } : {}),
      },
      { onSuccess: onDone },
    ),
  );
  const title = closing ? t('phase.closeTitle') : t('phase.dialogTitle', { from: t(`phases.${kase.phase}`), to: t(`phases.${option.to}`) });
  return (
    <FormDialog title={title} onSubmit={submit} onClose={onClose} pending={transition.isPending} error={transition.error} submitLabel={closing ? t('phase.confirmClose') : t('phase.confirm')}>
      {closing && (
        <>
          <SelectField control={control} name="closureReason" label={t('phase.closureReason')} options={CLOSURE_REASONS} labelOf={(r) => t(`closureReasons.${r}`)} emptyLabel="" required />
          <SelectField control={control} name="goalAttainment" label={t('phase.goalAttainment')} options={GOAL_ATTAINMENTS} labelOf={(a) => t(`attainments.${a}`)} emptyLabel="" required />
          {option.needsExplanation && (
            <>
              <Alert severity="warning" sx={{ mt: 2 }}>
                {t('phase.openItems')}
              </Alert>
              <FormTextField control={control} name="openItemsExplanation" label={t('phase.openItemsExplanation')} required multiline minRows={2} />
            </>
          )}
        </>
      )}
      {!closing && (
        <FormTextField
          control={control}
          name="reason"
          label={option.kind === 'forward' ? t('phase.reasonOptional') : t('phase.reason')}
          required={option.kind !== 'forward'}
          multiline
          minRows={2}
          autoFocus
        />
      )}
    </FormDialog>
  );
}
