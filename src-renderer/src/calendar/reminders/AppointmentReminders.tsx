import type { InputOf } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';
import { addDays, berlinParts, todayBerlin } from '../berlin';
import { useReminderMinutes } from './reminder-settings';

const POLL_MS = 60_000;

/**
 * Desktop notifications before today's appointments (the Notification API works in the browser
 * after permission and in Electron alike). Renders nothing; mounted once in the signed-in shell.
 */
export function AppointmentReminders() {
  const { t } = useTranslation('calendar');
  const minutes = useReminderMinutes();
  const day = todayBerlin();
  const input: InputOf<'appointments.range'> = { from: day, to: addDays(day, 1) };
  const today = useQuery({
    queryKey: keyOf('appointments.range', input),
    queryFn: () => call('appointments.range', input),
    refetchInterval: POLL_MS,
    enabled: minutes > 0,
  });
  const shown = useRef(new Set<string>());
  useEffect(() => {
    if (minutes === 0 || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    const check = () => {
      const now = Date.now();
      for (const o of today.data?.occurrences ?? []) {
        const start = Date.parse(o.startUtc);
        if (o.allDay || o.status === 'abgesagt' || shown.current.has(o.key)) continue;
        if (start - now <= minutes * 60_000 && start > now) {
          shown.current.add(o.key);
          // Only time and title: a notification may be seen by others near the screen.
          new Notification(t('reminders.notification', { time: berlinParts(o.startUtc).time, title: o.title }));
        }
      }
    };
    check();
    const timer = setInterval(check, 30_000);
    return () => clearInterval(timer);
  }, [today.data, minutes, t]);
  return null;
}
