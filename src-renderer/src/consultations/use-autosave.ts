import type { ApiError } from '@contract';
import type { ConsultationContent } from '@contract/channels/consultation-fields';
import type { ConsultationView } from '@contract/channels/consultations';
import { useCallback, useEffect, useRef, useState } from 'react';
import { invoke } from '../api/client';

/** Quiet time after the last change before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 2_500;

export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

/**
 * The editor's draft: every change is saved to the (encrypted) database a few seconds later, at
 * once when a field loses focus, the window is hidden or closed, or the editor is left. Saves run
 * one after another with the version the last one returned; a stale version (someone else saved)
 * stops autosaving until the user decides (overwrite with their text, or load the other one).
 * Nothing is kept in localStorage.
 */
export function useAutosave(initial: ConsultationView, onSaved: (view: ConsultationView) => void) {
  const [content, setContent] = useState<ConsultationContent>(initial.content);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<ApiError | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const contentRef = useRef(initial.content);
  const version = useRef(initial.version);
  const dirty = useRef(false);
  const blocked = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const saved = useRef(onSaved);
  saved.current = onSaved;

  const saveOnce = useCallback(async () => {
    dirty.current = false;
    setState('saving');
    const result = await invoke('consultations.saveDraft', { id: initial.id, version: version.current, content: contentRef.current });
    if (result.ok) {
      version.current = result.value.version;
      setError(null);
      setSavedAt(new Date());
      setState(dirty.current ? 'pending' : 'saved');
      saved.current(result.value);
      return;
    }
    dirty.current = true;
    blocked.current = result.error.code === 'CONFLICT';
    setError(result.error);
    setState(blocked.current ? 'conflict' : 'error');
  }, [initial.id]);

  /** Saves now if anything is unsaved; resolves when the draft is stored (or the save failed). */
  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    while (running.current) await running.current;
    if (!dirty.current) return true;
    if (blocked.current) return false;
    running.current = saveOnce().finally(() => {
      running.current = null;
    });
    await running.current;
    return !dirty.current;
  }, [saveOnce]);

  const change = useCallback(
    (patch: Partial<ConsultationContent>) => {
      contentRef.current = { ...contentRef.current, ...patch };
      setContent(contentRef.current);
      dirty.current = true;
      if (!blocked.current) setState('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  /** After a conflict: the user's text wins, saved over the version now stored. */
  const overwrite = useCallback(async () => {
    const current = await invoke('consultations.get', { id: initial.id });
    if (!current.ok) {
      setError(current.error);
      return;
    }
    version.current = current.value.version;
    blocked.current = false;
    dirty.current = true;
    await flush();
  }, [flush, initial.id]);

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const leaving = () => void flush();
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leaving);
    window.addEventListener('beforeunload', leaving);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leaving);
      window.removeEventListener('beforeunload', leaving);
      void flush(); // leaving the editor inside the app
    };
  }, [flush]);

  return { content, change, flush, overwrite, state, error, savedAt, version: () => version.current };
}
