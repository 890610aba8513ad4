import type { VisitNote } from '../../../../contract/site-visit.js';

/*
 * The interview notes' outbox. A note is saved into this queue as it is typed, the queue lives in
 * the browser's storage (per review), and it is sent to the server in order, one change at a
 * time. A tablet in a basement clinic loses its network often: nothing typed may be lost to that,
 * nor to a reload while offline. Plain functions of plain data, so the rules are tested without
 * a browser (tests/unit/note-queue.test.ts); the page's hook (useNoteQueue.ts) drives them.
 *
 * Rules:
 * - one entry per note: a newer change replaces the queued one where it stands, so a note edited
 *   a hundred times offline is sent once, with its last text;
 * - an entry is removed only when the server acknowledged that very change (its `seq`): a change
 *   made while an older one was on its way stays queued and goes next;
 * - a change the server refuses for good (a 4xx other than 401/408/429) moves to `rejected`, kept
 *   and shown, so one bad entry cannot block the others, and nothing disappears silently.
 */

export type NoteGroup = VisitNote['group'];

/** One change of one note: its whole new content, or its deletion. */
export interface NoteChange {
  id: string;
  group: NoteGroup;
  areas: string[];
  body: string;
  /** When the change was made (the server keeps the latest change of a note). */
  savedAt: string;
  deleted: boolean;
}

export interface QueueEntry extends NoteChange {
  /** Increases with every change made in this browser: tells a change from the one it replaced. */
  seq: number;
}

export interface RejectedEntry extends QueueEntry {
  detail: string;
}

export interface NoteQueue {
  entries: QueueEntry[];
  rejected: RejectedEntry[];
  seq: number;
}

export const emptyQueue = (): NoteQueue => ({ entries: [], rejected: [], seq: 0 });

/** Queues a change; a change of a note already queued takes that entry's place. */
export function enqueue(queue: NoteQueue, change: NoteChange): NoteQueue {
  const seq = queue.seq + 1;
  const entry: QueueEntry = { ...change, areas: [...change.areas], seq };
  const at = queue.entries.findIndex((e) => e.id === change.id);
  const entries = at === -1 ? [...queue.entries, entry] : queue.entries.map((e, i) => (i === at ? entry : e));
  // A new change of a rejected note is a new attempt: the old refusal no longer applies.
  return { entries, rejected: queue.rejected.filter((r) => r.id !== change.id), seq };
}

/** The change to send next, if any. */
export const nextToSend = (queue: NoteQueue): QueueEntry | undefined => queue.entries[0];

/** The server stored `sent`: drop it, unless a newer change of the note replaced it meanwhile. */
export function acknowledge(queue: NoteQueue, sent: QueueEntry): NoteQueue {
  return { ...queue, entries: queue.entries.filter((e) => !(e.id === sent.id && e.seq === sent.seq)) };
}

/** The server refused `sent` for good: keep it aside with the reason, and go on with the rest. */
export function reject(queue: NoteQueue, sent: QueueEntry, detail: string): NoteQueue {
  const still = queue.entries.find((e) => e.id === sent.id);
  if (!still || still.seq !== sent.seq) return queue; // replaced by a newer change: that one is tried instead
  return {
    ...queue,
    entries: queue.entries.filter((e) => e !== still),
    rejected: [...queue.rejected.filter((r) => r.id !== sent.id), { ...still, detail }],
  };
}

/** Puts a rejected change back in the queue (the person asked to try again). */
export function retryRejected(queue: NoteQueue, id: string): NoteQueue {
  const entry = queue.rejected.find((r) => r.id === id);
  if (!entry) return queue;
  const { detail: _detail, ...change } = entry;
  return enqueue({ ...queue, rejected: queue.rejected.filter((r) => r.id !== id) }, change);
}

export const pendingCount = (queue: NoteQueue): number => queue.entries.length;
export const isPending = (queue: NoteQueue, id: string): boolean => queue.entries.some((e) => e.id === id);
export const rejectionOf = (queue: NoteQueue, id: string): RejectedEntry | undefined => queue.rejected.find((r) => r.id === id);

/**
 * The notes to show: the server's, with this browser's changes laid over them (acknowledged since
 * the list was fetched, queued or refused). A deleted note disappears at once; a note only in the queue (written
 * offline, perhaps before a reload) is shown all the same.
 */
export function mergeNotes(server: readonly VisitNote[], queue: NoteQueue, acknowledged: Iterable<NoteChange> = []): VisitNote[] {
  const local = new Map<string, NoteChange>();
  // Changes the server acknowledged after the list was fetched: a list fetched a moment too
  // early must not bring back older text.
  for (const a of acknowledged) local.set(a.id, a);
  for (const r of queue.rejected) local.set(r.id, r);
  for (const e of queue.entries) local.set(e.id, e);
  const result: VisitNote[] = [];
  const seen = new Set<string>();
  for (const note of server) {
    seen.add(note.id);
    const change = local.get(note.id);
    if (!change) result.push(note);
    else if (!change.deleted && Date.parse(change.savedAt) >= Date.parse(note.savedAt)) result.push(toNote(change));
    else if (!change.deleted) result.push(note); // the server has a newer change (another tablet)
  }
  for (const change of local.values()) if (!seen.has(change.id) && !change.deleted) result.push(toNote(change));
  return result;
}

const toNote = (c: NoteChange): VisitNote => ({ id: c.id, group: c.group, areas: [...c.areas], body: c.body, savedAt: c.savedAt });

/**
 * The moment to stamp a change with: now, but always after the note's previous change, so a
 * clock that steps back (or two changes in one millisecond) cannot make a newer text lose.
 */
export function nextSavedAt(previous: string | null | undefined, now: Date = new Date()): string {
  const after = previous ? Date.parse(previous) + 1 : -Infinity;
  return new Date(Math.max(now.getTime(), after)).toISOString();
}

// ---- sending ------------------------------------------------------------------------------

export type SendOutcome = { kind: 'stored' } | { kind: 'retry'; detail: string } | { kind: 'rejected'; detail: string };

/** Where the queue is kept while it is worked through: read afresh before each step. */
export interface QueueStore {
  get(): NoteQueue;
  set(queue: NoteQueue): void;
}

/**
 * Sends the queued changes in order until the queue is empty or a send must be retried later
 * (the network is down, the server is unavailable). Changes made while a send is on its way are
 * picked up by the next step. Returns whether the queue was emptied.
 */
export async function drain(store: QueueStore, send: (entry: QueueEntry) => Promise<SendOutcome>): Promise<'done' | 'retry'> {
  for (;;) {
    const entry = nextToSend(store.get());
    if (!entry) return 'done';
    const outcome = await send(entry);
    if (outcome.kind === 'retry') return 'retry';
    store.set(outcome.kind === 'stored' ? acknowledge(store.get(), entry) : reject(store.get(), entry, outcome.detail));
  }
}

// ---- keeping it ---------------------------------------------------------------------------

/** The part of the Storage interface used (localStorage in the browser, a Map in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const storageKey = (reviewId: string) => `spur.visit-notes.${reviewId}`;

/** The review's queue as last kept; an unreadable one counts as empty rather than breaking the page. */
export function loadQueue(storage: KeyValueStorage, reviewId: string): NoteQueue {
  try {
    const text = storage.getItem(storageKey(reviewId));
    if (!text) return emptyQueue();
    const data = JSON.parse(text) as Partial<NoteQueue>;
    if (!Array.isArray(data.entries) || typeof data.seq !== 'number') return emptyQueue();
    return { entries: data.entries, rejected: Array.isArray(data.rejected) ? data.rejected : [], seq: data.seq };
  } catch {
    return emptyQueue();
  }
}

/**
 * Keeps the queue; false when the storage refused (full, or disabled by the browser). An empty
 * queue is kept too, with its `seq`: numbering must never start again while another tab may
 * still be waiting for the answer to a change it sent.
 */
export function storeQueue(storage: KeyValueStorage, reviewId: string, queue: NoteQueue): boolean {
  try {
    storage.setItem(storageKey(reviewId), JSON.stringify(queue));
    return true;
  } catch {
    return false;
  }
}
