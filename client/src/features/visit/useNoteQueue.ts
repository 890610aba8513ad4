import { useCallback, useMemo } from 'react';
import type { VisitNote } from './api';
import { enqueue, isPending, mergeNotes, nextSavedAt, pendingCount, rejectionOf, retryRejected } from './note-queue';
import { useNoteSender } from './useNoteSender';
import { useStoredQueue } from './useStoredQueue';

export type NoteState = 'saved' | 'saving' | 'offline' | 'loggedOut' | 'rejected';
export type OverallState = { kind: 'saved' } | { kind: 'saving' | 'offline' | 'loggedOut'; count: number };

/**
 * The interview notes' queue for one review (rules in note-queue.ts): kept in localStorage
 * (useStoredQueue), sent in order (useNoteSender); the notes as the page shows them, and what to
 * say of each.
 */
export function useNoteQueue(reviewId: string, serverNotes: readonly VisitNote[] | undefined) {
  const { queue, store, storageFailed } = useStoredQueue(reviewId);
  const { run, schedule, retryNow, offline, loggedOut, acknowledged } = useNoteSender(reviewId, store);

  const notes = useMemo(() => mergeNotes(serverNotes ?? [], queue, acknowledged.current.values()), [serverNotes, queue, acknowledged]);

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
      retryNow();
    },
    [store, retryNow],
  );

  const count = pendingCount(queue);
  const waiting = loggedOut ? 'loggedOut' : offline ? 'offline' : 'saving';
  const overall: OverallState = count === 0 ? { kind: 'saved' } : { kind: waiting, count };
  const noteState = (id: string): NoteState => (isPending(queue, id) ? waiting : rejectionOf(queue, id) ? 'rejected' : 'saved');

  return {
    notes,
    save,
    remove,
    retry,
    overall,
    noteState,
    rejection: (id: string) => rejectionOf(queue, id),
    rejectedCount: queue.rejected.length,
    storageFailed,
  };
}
