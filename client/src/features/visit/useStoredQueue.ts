import { useMemo, useRef, useState } from 'react';
import { loadQueue, storeQueue, type NoteQueue } from './note-queue';
import { browserStorage } from './note-sending';

/**
 * The notes' queue for one review as localStorage holds it. The stored queue is the one truth,
 * read afresh at every step: a second tab on the same review works on the same queue instead of
 * overwriting it. Only when the browser refuses to store does the page's own copy stand in (and
 * the page says so: `storageFailed`).
 */
export function useStoredQueue(reviewId: string) {
  const storage = useMemo(browserStorage, []);
  const [queue, setQueue] = useState<NoteQueue>(() => loadQueue(storage, reviewId));
  const queueRef = useRef(queue);
  const [storageFailed, setStorageFailed] = useState(false);

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
      /** Another tab changed the stored queue: show it. */
      reload: () => {
        queueRef.current = loadQueue(storage, reviewId);
        setQueue(queueRef.current);
      },
    };
  }, [storage, reviewId]);

  return { queue, store, storageFailed };
}

export type StoredQueue = ReturnType<typeof useStoredQueue>['store'];
