import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Model } from 'survey-core';
import type { RespondentView } from '../../api/client';
import { Autosaver, type SaveState } from './autosave';

/**
 * The draft saved as the respondent goes: one autosaver per link, saved when the tab is hidden,
 * flushed when the page goes, and a warning before leaving with unsaved answers (not while submitting).
 */
export function useAutosave({
  token,
  draft,
  modelRef,
  editingPageRef,
  submittingRef,
  onConflict,
}: {
  token: string;
  draft: RespondentView['draft'];
  modelRef: RefObject<Model | null>;
  editingPageRef: RefObject<number>;
  submittingRef: RefObject<boolean>;
  onConflict: () => void;
}) {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', savedAt: draft?.savedAt ?? null });
  const autosaverRef = useRef<Autosaver | null>(null);
  // The latest callback, for the autosaver made once per link.
  const latestConflict = useRef(onConflict);
  useEffect(() => {
    latestConflict.current = onConflict;
  });

  useEffect(() => {
    const autosaver = new Autosaver({
      token,
      savedAt: draft?.savedAt ?? null,
      snapshot: () => {
        const model = modelRef.current;
        return { data: (model?.data ?? {}) as Record<string, unknown>, currentPage: editingPageRef.current };
      },
      onState: setSaveState,
      onConflict: () => latestConflict.current(),
    });
    autosaverRef.current = autosaver;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void autosaver.saveNow();
    };
    const onPageHide = () => autosaver.flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (autosaver.hasUnsaved && !submittingRef.current) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the step (submitted, or the link changed status): nothing more to save.
      autosaver.flush();
      autosaver.stop();
    };
    // One autosaver per link; the draft is only read when it starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);

  return { saveState, autosaverRef };
}
