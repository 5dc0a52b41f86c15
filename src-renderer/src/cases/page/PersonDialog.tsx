import type { PersonView } from '@contract/channels/persons';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DuplicateHint } from '../new/DuplicateHint';
import { FormDialog } from '../shared/FormDialog';
import { EMPTY_PERSON, personDialogSchema, personFormOf, toPersonInput, type PersonDialogForm } from '../shared/person-form';
import { PersonFields } from '../shared/PersonFields';
import { useCaseMutation } from '../shared/use-case-mutation';


/**
 * Edits a person of the case (sending the version it was loaded with) or, without `person`,
 * adds a new one to the case's household. The duplicate check runs while the name is typed.
 */
export function PersonDialog({ caseId, person, onClose, onSaved }: { caseId: string; person: PersonView | null; onClose: () => void; onSaved: (p: PersonView) => void }) {
  const { t } = useTranslation('cases');
  const create = useCaseMutation('persons.create');
  const update = useCaseMutation('persons.update');
  const defaults: PersonDialogForm = { ...(person ? personFormOf(person) : EMPTY_PERSON), relation: person?.householdRelation ?? (person ? '' : 'kind') };
  const { control, handleSubmit } = useForm<PersonDialogForm>({ resolver: zodResolver(personDialogSchema), defaultValues: defaults });
  const [familyName, givenNames, birthDate, birthYear] = useWatch({ control, name: ['familyName', 'givenNames', 'birthDate', 'birthYear'] });
  const submit = handleSubmit(({ relation, ...values }) => {
    const input = toPersonInput(values);
    if (person) {
      update.mutate({ id: person.id, version: person.version, patch: input, ...(relation ? { householdRelation: relation } : {}) }, { onSuccess: onSaved });
    } else {
      create.mutate({ caseId, relation: relation || 'sonstige', person: input }, { onSuccess: onSaved });
    }
  });
  const name = person ? `${person.givenNames} ${person.familyName}` : '';
  return (
    <FormDialog
      title={person ? t('person.editTitle', { name }) : t('person.addTitle')}
      onSubmit={submit}
      onClose={onClose}
      pending={create.isPending || update.isPending}
      error={create.error ?? update.error}
      maxWidth="lg"
    >
      <PersonFields control={control} relation={!person || person.householdId !== null} />
      <DuplicateHint familyName={familyName ?? ''} givenNames={givenNames ?? ''} birthDate={birthDate ?? ''} birthYear={birthYear ?? ''} {...(person ? { excludePersonId: person.id } : {})} />
    </FormDialog>
  );
}
