import type { CheckResult, SaveResult } from '@contract/channels/calendar';
import type { EditScope } from '@contract/channels/calendar-fields';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../../api/client';
import { useCalendarReload } from '../calendar-api';
import { type FoldQuestion, foldQuestionOf } from '../calendar-errors';
import { type FormState, toDraft } from './appointment-form';

export interface SaveTarget {
  id?: string;
  version?: number;
  occurrenceDate?: string;
}

/**
 * Saving from the dialog: a first try without confirmations; when the server reports double
 * bookings or office-day warnings nothing is saved and the dialog asks, then saves confirmed.
 */
export function useAppointmentSave(target: SaveTarget, onSaved: () => void) {
  const reload = useCalendarReload();
  const [pending, setPending] = useState<{ scope: EditScope; check: CheckResult } | null>(null);
  const [fold, setFold] = useState<FoldQuestion | null>(null);
  const mutation = useMutation({
    mutationFn: (v: { form: FormState; scope: EditScope; confirm: boolean }) =>
      call('appointments.save', {
        ...target,
        scope: v.scope,
        appointment: toDraft(v.form),
        confirmConflicts: v.confirm,
        confirmOutsideAvailability: v.confirm,
      }),
    onSuccess: async (result: SaveResult, v) => {
      if (result.status === 'needsConfirmation') {
        setPending({ scope: v.scope, check: result });
        return;
      }
      setPending(null);
      await reload();
      onSaved();
    },
    onError: (e) => {
      const question = foldQuestionOf(e);
      if (question) setFold(question);
    },
  });
  return {
    save: (form: FormState, scope: EditScope, confirm = false) => mutation.mutate({ form, scope, confirm }),
    pending,
    clearPending: () => setPending(null),
    fold,
    isPending: mutation.isPending,
    // The fold question is answered in the form, not shown as an error.
    error: fold && foldQuestionOf(mutation.error) ? null : mutation.error,
  };
}
