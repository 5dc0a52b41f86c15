import type { AppointmentView, CheckResult } from '@contract/channels/calendar';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';
import { type FormState, isCheckable, toDraft } from './appointment-form';

const DELAY_MS = 400;

/**
 * Double bookings and office-day warnings while the user fills in the form (before saving):
 * asked of the server a moment after the last change. Incomplete input just shows nothing.
 */
export function useLiveCheck(form: FormState, view: AppointmentView | null, occurrenceDate: string | undefined, enabled: boolean): CheckResult | undefined {
  const [settled, setSettled] = useState(form);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(form), DELAY_MS);
    return () => clearTimeout(timer);
  }, [form]);
  const draft = { ...toDraft(settled), title: settled.title.trim() || '—' };
  const input = {
    ...(view ? { id: view.appointmentId } : {}),
    ...(occurrenceDate ? { occurrenceDate } : {}),
    scope: occurrenceDate ? ('this' as const) : ('all' as const),
    appointment: draft,
  };
  const query = useQuery({
    queryKey: keyOf('appointments.checkConflicts', input),
    queryFn: () => call('appointments.checkConflicts', input),
    enabled: enabled && isCheckable(settled),
    retry: false,
  });
  return query.isError ? undefined : query.data;
}
