import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { problemMessage } from '../../i18n/problems';
import { visitApi, type VisitNote } from './api';
import {
  drain,
  enqueue,
  isPending,
  loadQueue,
  mergeNotes,
  nextSavedAt,
  pendingCount,
  rejectionOf,
  retryRejected,
  storageKey,
  storeQueue,
  type KeyValueStorage,
  type NoteChange,
  type NoteQueue,
  type QueueEntry,
  type SendOutcome,
} from './note-queue';

/** Sending starts after this pause in typing; the queue itself is kept at every keystroke. */
const DEBOUNCE_MS = 1000;
const MAX_RETRY_MS = 15_000;

export type NoteState = 'saved' | 'saving' | 'offline' | 'loggedOut' | 'rejected';
export type OverallState = { kind: 'saved' } | { kind: 'saving' | 'offline' | 'loggedOut'; count: number };

/** localStorage, or a stand-in when the browser refuses it (the queue then lives as long as the page). */
function browserStorage(): KeyValueStorage {
  try {
    const storage = window.localStorage;
    storage.getItem('');
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
  }
}

type Sent = SendOutcome & { stored?: NoteChange; loggedOut?: boolean };

/** One queued change to the server; `stored` is what the server then holds for the note. */
async function send(reviewId: string, entry: QueueEntry): Promise<Sent> {
  try {
    if (entry.deleted) {
      await visitApi.deleteNote(reviewId, entry.id);
      return { kind: 'stored', stored: entry };
    }
    // The answer is what is stored: newer than this change when another tablet saved meanwhile.
    const note = await visitApi.saveNote(reviewId, entry.id, { group: entry.group, areas: entry.areas, body: entry.body, savedAt: entry.savedAt });
    return { kind: 'stored', stored: { ...note, deleted: false } };
  } catch (error) {
    if (!(error instanceof ApiError)) return { kind: 'retry', detail: String(error) };
    // 410: the note was deleted (here or on another tablet); a deletion is final, so this change is done with.
    if (error.status === 410) return { kind: 'stored', stored: { ...entry, deleted: true } };
    const { code, params, detail: message } = error.problem;
    const detail = problemMessage({ code, params, message }, 'problem.badRequest');
    // No network, the server down or busy, a session to renew: the same change will do later.
    if (error.status === 401) return { kind: 'retry', detail, loggedOut: true };
    if (error.status === 0 || error.status >= 500 || [408, 429].includes(error.status)) return { kind: 'retry', detail };
    return { kind: 'rejected', detail };
  }
}

/**
 * The interview notes' queue for one review (rules in note-queue.ts): kept in localStorage,
 * sent in order after a pause in typing, again when the browser comes back online and on a
 * retry timer (the `online` event is not fired when only the server was unreachable).
 */
export function useNoteQueue(reviewId: string, serverNotes: readonly VisitNote[] | undefined) {
  const storage = useMemo(browserStorage, []);
  const [queue, setQueue] = useState<NoteQueue>(() => loadQueue(storage, reviewId));
  const queueRef = useRef(queue);
  const acknowledged = useRef(new Map<string, NoteChange>());
  const [offline, setOffline] = useState(() => !navigator.onLine);
  // The session ended (401): the notes wait until the inspector logs in again, e.g. in another tab.
  const [loggedOut, setLoggedOut] = useState(false);
  const [storageFailed, setStorageFailed] = useState(false);
  const running = useRef(false);
  const again = useRef(false);
  const failures = useRef(0);
  const debounceTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The stored queue is the one truth, read afresh at every step: a second tab on the same review
  // works on the same queue instead of overwriting it. Only when the browser refuses to store
  // does the page's own copy stand in (and the page says so).
  const store = useMemo(() => {
    let storable = true;
    return {
      get: () => (storable ? loadQueue(storage, reviewId) : queueRef.current),
      set: (next: NoteQueue) => {
        queueRef.current = next;
        storable = storeQueue(storage, reviewId, next);
        setStorageFailed(!storable);
        setQueue(next);
      },
    };
  }, [storage, reviewId]);

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
      queueRef.current = loadQueue(storage, reviewId);
      setQueue(queueRef.current);
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
  }, [run, storage, reviewId]);

  const schedule = useCallback(() => {
    clearTimeout(debounceTimer.current);
    debounceTimer.current = setTimeout(() => void run(), DEBOUNCE_MS);
  }, [run]);

  const notes = useMemo(() => mergeNotes(serverNotes ?? [], queue, acknowledged.current.values()), [serverNotes, queue]);

  /** A note written or changed: kept at once, sent after a pause in typing. */
  const save = useCallback(
    (note: Omit<VisitNote, 'savedAt'>, previousSavedAt: string | null) => {
      store.set(enqueue(store.get(), { ...note, savedAt: nextSavedAt(previousSavedAt), deleted: false }));
      schedule();
    },
    [store, schedule],
  );

  const remove = useCallback(
    (note: VisitNote) => {
      store.set(enqueue(store.get(), { ...note, savedAt: nextSavedAt(note.savedAt), deleted: true }));
      void run();
    },
    [store, run],
  );

  const retry = useCallback(
    (id: string) => {
      store.set(retryRejected(store.get(), id));
      failures.current = 0;
      void run();
    },
    [store, run],
  );

  const count = pendingCount(queue);
  const waiting = loggedOut ? 'loggedOut' : offline ? 'offline' : 'saving';
  const overall: OverallState = count === 0 ? { kind: 'saved' } : { kind: waiting, count };
  const noteState = (id: string): NoteState => (isPending(queue, id) ? waiting : rejectionOf(queue, id) ? 'rejected' : 'saved');

  return { notes, save, remove, retry, overall, noteState, rejection: (id: string) => rejectionOf(queue, id), rejectedCount: queue.rejected.length, storageFailed };
}

