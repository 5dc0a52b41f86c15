import type { BackupSummary } from '@contract/channels/backup';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { EMPTY_SECRET, secretReady, toSecret, type BackupSecretInput, type SecretDraft } from './SecretFields';

export interface RestoreFileInput {
  path: string;
  secret: BackupSecretInput;
}

/** The server calls behind a restore: the admin route (`backup.*`) or the setup route (`setup.*`). */
export interface RestoreCalls {
  verify: (input: RestoreFileInput) => Promise<BackupSummary>;
  restore: (input: RestoreFileInput) => Promise<unknown>;
  onRestored: () => void;
}

export const isRestorable = (s: BackupSummary) => s.compatibility === 'same' || s.compatibility === 'older';

/**
 * Every restore in two steps: the backup is checked and its content shown; only then can it be
 * restored (after an explicit confirmation where current data would be replaced). Changing the
 * file or the key starts over, so what is restored is always what was shown.
 */
export function useRestoreFlow(calls: RestoreCalls, opts: { initialPath?: string; needsConfirmation: boolean }) {
  const [path, setPath] = useState(opts.initialPath ?? '');
  const [secret, setSecret] = useState<SecretDraft>(EMPTY_SECRET);
  const [confirmed, setConfirmed] = useState(false);
  const input = (): RestoreFileInput => ({ path: path.trim(), secret: toSecret(secret) });
  const check = useMutation({ mutationFn: () => calls.verify(input()) });
  const restore = useMutation({ mutationFn: () => calls.restore(input()), onSuccess: calls.onRestored });
  const summary = check.data;
  const busy = check.isPending || restore.isPending;
  const canCheck = !summary && path.trim().length > 0 && secretReady(secret, 'read');
  const canRestore = !!summary && isRestorable(summary) && (confirmed || !opts.needsConfirmation);
  const edit =
    <T,>(setter: (v: T) => void) =>
    (v: T) => {
      setter(v);
      check.reset();
      restore.reset();
      setConfirmed(false);
    };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (canRestore) restore.mutate();
    else if (canCheck) check.mutate();
  };
  return {
    path,
    setPath: edit(setPath),
    secret,
    setSecret: edit(setSecret),
    confirmed,
    setConfirmed,
    needsConfirmation: opts.needsConfirmation,
    summary,
    error: check.error ?? restore.error,
    busy,
    checking: check.isPending,
    restoring: restore.isPending,
    canCheck,
    canRestore,
    submit,
  };
}

export type RestoreFlow = ReturnType<typeof useRestoreFlow>;
