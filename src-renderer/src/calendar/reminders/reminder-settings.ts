import { useSyncExternalStore } from 'react';

// How long before an appointment the desktop notification appears; a per-workstation choice,
// kept in this browser (0 = off).

const KEY = 'kim.reminderMinutes';
export const REMINDER_CHOICES = [0, 5, 10, 15, 30, 60] as const;
export const DEFAULT_REMINDER_MINUTES = 15;
const listeners = new Set<() => void>();

export function reminderMinutes(): number {
  const stored = Number(localStorage.getItem(KEY));
  return localStorage.getItem(KEY) !== null && (REMINDER_CHOICES as readonly number[]).includes(stored) ? stored : DEFAULT_REMINDER_MINUTES;
}

export function setReminderMinutes(minutes: number): void {
  localStorage.setItem(KEY, String(minutes));
  for (const l of listeners) l();
}

export const useReminderMinutes = (): number =>
  useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, reminderMinutes);
