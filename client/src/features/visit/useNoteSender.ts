import { useCallback, useEffect, useRef, useState } from 'react';
import { drain, pendingCount, storageKey, type NoteChange } from './note-queue';
import { send } from './note-sending';
import type { StoredQueue } from './useStoredQueue';

/** Sending starts after this pause in typing; the queue itself is kept at every keystroke. */
const DEBOUNCE_MS = 1000;
const MAX_RETRY_MS = 15_000;

/**
 * Sends the queue in order: after a pause in typing (`schedule`), at once (`run`), again when the
 * browser comes back online or another tab changed the queue, and on a retry timer (the `online`
 * event is not fired when only the server was unreachable). `acknowledged` is what the server
 * holds for each note sent.
 */
export function useNoteSender(reviewId: string, store: StoredQueue) {
  const acknowledged = useRef(new Map<string, NoteChange>());
  const [offline, setOffline] = useState(() => !navigator.onLine);
  // The session ended (401): the notes wait until the inspector logs in again, e.g. in another tab.
  const [loggedOut, setLoggedOut] = useState(false);
  const running = useRef(false);
  const again = useRef(false);
  const failures = useRef(0);
  const debounceTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const run = useCallback(async (): Promise<void> => {
    clearTimeout(debounceTimer.current);
    clearTimeout(retryTimer.current);
    if (running.current) {
      again.current = true;
      return;
    }
    if (pendingCount(store.get()) === 0) return;
    const scheduleRetry = () => {
      failures.current += 1;
      retryTimer.current = setTimeout(() => void run(), Math.min(MAX_RETRY_MS, 1000 * 2 ** failures.current));
    };
    if (!navigator.onLine) {
      setOffline(true);
      scheduleRetry();
      return;
    }
    running.current = true;
    let result: 'done' | 'retry';
    try {
      result = await drain(store, async (entry) => {
        const outcome = await send(reviewId, entry);
        if (outcome.stored) acknowledged.current.set(entry.id, outcome.stored);
        setLoggedOut(outcome.loggedOut === true);
        return outcome;
      });
    } finally {
      running.current = false;
    }
    if (result === 'retry') {
      setOffline(true);
      scheduleRetry();
      return;
    }
    failures.current = 0;
    setOffline(false);
    if (again.current) {
      again.current = false;
      void run();
    }
  }, [store, reviewId]);

  useEffect(() => {
    const online = () => {
      failures.current = 0;
      setOffline(false);
      void run();
    };
    const wentOffline = () => setOffline(true);
    // Another tab changed the queue: show it, and help send it.
    const otherTab = (event: StorageEvent) => {
      if (event.key !== storageKey(reviewId)) return;
      store.reload();
      void run();
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', wentOffline);
    window.addEventListener('storage', otherTab);
    // Changes queued before a reload (perhaps offline) go out as soon as the page is back.
    void run();
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', wentOffline);
      window.removeEventListener('storage', otherTab);
      clearTimeout(debounceTimer.current);
      clearTimeout(retryTimer.current);
    };
  }, [run, store, reviewId]);

  const schedule = useCallback(() => {
    clearTimeout(debounceTimer.current);
    debounceTimer.current = setTimeout(() => void run(), DEBOUNCE_MS);
  }, [run]);

  /** The person asked to send again: start the back-off afresh. */
  const retryNow = useCallback(() => {
    failures.current = 0;
    void run();
  }, [run]);

  return { run, schedule, retryNow, offline, loggedOut, acknowledged };
}
