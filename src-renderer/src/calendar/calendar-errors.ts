import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../api/client';
import { useErrorText } from '../api/error-text';

// The server's German VALIDATION messages of the calendar are specific ("Diese Uhrzeit gibt es
// am 29.03.2026 wegen der Zeitumstellung nicht."); the shared error text shows only a generic
// sentence for VALIDATION, so calendar screens show the server's text when it carries details.

export function useCalendarErrorText(): (e: unknown) => string {
  const generic = useErrorText();
  const { i18n } = useTranslation();
  return (e) => {
    if (!isApiCallError(e) || e.code !== 'VALIDATION' || !e.details || i18n.language !== 'de') return generic(e);
    // The registry's schema errors list {path, code}: those stay generic.
    const issues = e.details.issues;
    const fromSchema = Array.isArray(issues) && issues.some((i: unknown) => typeof i === 'object' && i !== null && 'code' in i);
    return fromSchema ? generic(e) : e.message;
  };
}

/** The October question: which of the two 02:xx is meant, for the start or the end field. */
export interface FoldQuestion {
  field: 'start' | 'end';
  date: string;
  time: string;
}

export function foldQuestionOf(e: unknown): FoldQuestion | null {
  if (!isApiCallError(e) || e.code !== 'VALIDATION' || e.details?.ambiguous !== true) return null;
  const { field, date, time } = e.details as { field?: string; date?: string; time?: string };
  if ((field !== 'start' && field !== 'end') || !date || !time) return null;
  return { field, date, time };
}
