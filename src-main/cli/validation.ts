import { isAppError } from '../core/errors';
import { UsageError } from './io';

/**
 * A registry VALIDATION error names input fields; on the command line the user needs the option
 * (or variable) behind each field. Values are never echoed. Other errors pass through unchanged.
 */
export function asUsageError(e: unknown, labels: Readonly<Record<string, string>>): unknown {
  if (!isAppError(e) || e.code !== 'VALIDATION') return e;
  const issues = Array.isArray(e.details?.issues) ? (e.details.issues as { path?: unknown }[]) : [];
  const names = [...new Set(issues.map((i) => (typeof i.path === 'string' && Object.hasOwn(labels, i.path) ? labels[i.path] : 'Eingabe')))];
  return new UsageError(`Ungültige Angabe: ${names.join('; ') || 'Eingabe'}.`);
}
