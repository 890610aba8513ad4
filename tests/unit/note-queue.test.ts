import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  drain,
  emptyQueue,
  enqueue,
  loadQueue,
  mergeNotes,
  nextSavedAt,
  nextToSend,
  pendingCount,
  reject,
  retryRejected,
  storeQueue,
  type KeyValueStorage,
  type NoteChange,
  type NoteQueue,
  type QueueEntry,
  type SendOutcome,
} from '../../client/src/features/visit/note-queue.js';

const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003'];

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const change = (id: string, body: string, savedAt: string, extra: Partial<NoteChange> = {}): NoteChange => ({
  id,
  group: 'st',
  areas: [],
  body,
  savedAt,
  deleted: false,
  ...extra,
});

/** The server's rule (repository.saveNote): a change is stored unless the stored one is newer. */
class ServerModel {
  readonly notes = new Map<string, NoteChange>();
  store(c: NoteChange) {
    const stored = this.notes.get(c.id);
    const { id, group, areas, body, savedAt, deleted } = c; // what the request carries
    if (!stored || Date.parse(stored.savedAt) <= Date.parse(savedAt)) this.notes.set(id, { id, group, areas: [...areas], body, savedAt, deleted });
  }
}

describe('the interview notes’ queue', () => {
  it('keeps one entry per note, in the order notes were first changed, with the latest text', () => {
    let q = emptyQueue();
    q = enqueue(q, change(ids[0], 'a', '2026-11-23T10:00:00.000Z'));
    q = enqueue(q, change(ids[1], 'b', '2026-11-23T10:00:01.000Z'));
    q = enqueue(q, change(ids[0], 'a2', '2026-11-23T10:00:02.000Z'));
    expect(q.entries.map((e) => [e.id, e.body])).toEqual([
      [ids[0], 'a2'],
      [ids[1], 'b'],
    ]);
  });

  it('keeps a change made while an older one of the same note was on its way', () => {
    let q = enqueue(emptyQueue(), change(ids[0], 'first', '2026-11-23T10:00:00.000Z'));
    const sent = nextToSend(q)!;
    q = enqueue(q, change(ids[0], 'second', '2026-11-23T10:00:01.000Z'));
    q = acknowledge(q, sent);
    expect(q.entries.map((e) => e.body)).toEqual(['second']);
  });

  it('sets a refused change aside with the reason, goes on with the rest, and can try it again', () => {
    let q = enqueue(emptyQueue(), change(ids[0], 'x', '2026-11-23T10:00:00.000Z'));
    q = enqueue(q, change(ids[1], 'y', '2026-11-23T10:00:00.000Z'));
    q = reject(q, nextToSend(q)!, 'areas: must be A–H');
    expect(nextToSend(q)?.id).toBe(ids[1]);
    expect(q.rejected).toMatchObject([{ id: ids[0], body: 'x', detail: 'areas: must be A–H' }]);
    q = retryRejected(q, ids[0]);
    expect(q.rejected).toEqual([]);
    expect(q.entries.map((e) => e.id)).toEqual([ids[1], ids[0]]);
  });

  it('shows notes written offline, hides deleted ones, and never lets an early fetched list bring back older text', () => {
    const server = [
      { id: ids[0], group: 'st' as const, areas: ['E'], body: 'old', savedAt: '2026-11-23T10:00:00.000Z' },
      { id: ids[1], group: 'head' as const, areas: [], body: 'to delete', savedAt: '2026-11-23T10:00:00.000Z' },
    ];
    let q = enqueue(emptyQueue(), change(ids[2], 'written offline', '2026-11-23T10:05:00.000Z'));
    q = enqueue(q, change(ids[1], 'to delete', '2026-11-23T10:06:00.000Z', { group: 'head', deleted: true }));
    const acknowledged = [change(ids[0], 'newer, already stored', '2026-11-23T10:01:00.000Z', { areas: ['E'] })];
    expect(mergeNotes(server, q, acknowledged).map((n) => [n.id, n.body])).toEqual([
      [ids[0], 'newer, already stored'],
      [ids[2], 'written offline'],
    ]);
  });

  it('stamps each change after the note’s previous one, even when the clock steps back', () => {
    expect(nextSavedAt('2026-11-23T10:00:00.000Z', new Date('2026-11-23T09:00:00.000Z'))).toBe('2026-11-23T10:00:00.001Z');
    expect(nextSavedAt('2026-11-23T10:00:00.000Z', new Date('2026-11-23T11:00:00.000Z'))).toBe('2026-11-23T11:00:00.000Z');
    expect(nextSavedAt(null, new Date('2026-11-23T11:00:00.000Z'))).toBe('2026-11-23T11:00:00.000Z');
  });

  it('survives a reload through storage, and treats unreadable storage as empty', () => {
    const storage = memoryStorage();
    const q = enqueue(emptyQueue(), change(ids[0], 'kept', '2026-11-23T10:00:00.000Z'));
    expect(storeQueue(storage, '7', q)).toBe(true);
    expect(loadQueue(storage, '7')).toEqual(q);
    expect(loadQueue(storage, '8')).toEqual(emptyQueue());
    storage.setItem('spur.visit-notes.9', '{not json');
    expect(loadQueue(storage, '9')).toEqual(emptyQueue());
    // Emptied, the queue keeps its numbering (another tab may still await an answer to change 1).
    storeQueue(storage, '7', acknowledge(q, q.entries[0]));
    expect(loadQueue(storage, '7')).toEqual({ entries: [], rejected: [], seq: 1 });
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(storeQueue(full, '7', q)).toBe(false);
  });

  /*
   * The promise of the queue: whatever the edits, the send failures (before or after the server
   * stored the change), the refusals, the edits made while a send is on its way and the reloads,
   * once the network works again the server holds the last edit of every note, or that last
   * edit is kept aside as refused. Nothing is dropped.
   */
  it('ends with the last edit of every note on the server (or kept as refused), whatever fails on the way', async () => {
    type Edit = { note: number; body: string; group: NoteChange['group']; areas: string[]; deleted: boolean; clockStep: number };
    const edit: fc.Arbitrary<Edit & { kind: 'edit' }> = fc.record({
      kind: fc.constant('edit' as const),
      note: fc.nat({ max: ids.length - 1 }),
      body: fc.string({ maxLength: 6 }),
      group: fc.constantFrom('st' as const, 'supervisor' as const, 'tour' as const),
      areas: fc.subarray(['A', 'B', 'E', 'H']),
      deleted: fc.boolean(),
      clockStep: fc.integer({ min: -5000, max: 5000 }),
    });
    const outcome = fc.constantFrom('stored', 'network-down', 'lost-response', 'refused', 'edit-meanwhile');
    const command = fc.oneof(
      { weight: 3, arbitrary: edit },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('drain' as const), outcomes: fc.array(outcome, { maxLength: 6 }), meanwhile: edit }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'reload' as const }) },
    );

    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 40 }), async (commands) => {
        const storage = memoryStorage();
        const server = new ServerModel();
        let queue: NoteQueue = emptyQueue();
        let clock = Date.parse('2026-11-23T10:00:00.000Z');
        const lastEdit = new Map<string, NoteChange>();
        const store = {
          get: () => queue,
          set: (next: NoteQueue) => {
            queue = next;
            storeQueue(storage, '1', next);
          },
        };
        const applyEdit = (e: Edit) => {
          clock += e.clockStep;
          const id = ids[e.note];
          const c: NoteChange = {
            id,
            group: e.group,
            areas: e.areas,
            body: e.body,
            deleted: e.deleted,
            savedAt: nextSavedAt(lastEdit.get(id)?.savedAt, new Date(clock)),
          };
          lastEdit.set(id, c);
          store.set(enqueue(store.get(), c));
        };

        for (const cmd of commands) {
          if (cmd.kind === 'edit') applyEdit(cmd);
          else if (cmd.kind === 'reload') queue = loadQueue(storage, '1');
          else {
            let step = 0;
            await drain(store, async (entry: QueueEntry): Promise<SendOutcome> => {
              const what = cmd.outcomes[step++] ?? 'network-down';
              if (what === 'edit-meanwhile') {
                applyEdit(cmd.meanwhile);
                server.store(entry);
                return { kind: 'stored' };
              }
              if (what === 'stored') server.store(entry);
              if (what === 'lost-response') {
                server.store(entry);
                return { kind: 'retry', detail: 'the answer was lost' };
              }
              if (what === 'refused') return { kind: 'rejected', detail: 'no' };
              return what === 'stored' ? { kind: 'stored' } : { kind: 'retry', detail: 'offline' };
            });
          }
        }

        // The network is back for good (after one more reload, perhaps).
        queue = loadQueue(storage, '1');
        const result = await drain(store, async (entry) => {
          server.store(entry);
          return { kind: 'stored' };
        });
        expect(result).toBe('done');
        expect(pendingCount(queue)).toBe(0);
        for (const [id, last] of lastEdit) {
          const refused = queue.rejected.find((r) => r.id === id);
          if (refused) {
            expect(refused).toMatchObject(last);
          } else {
            expect(server.notes.get(id)).toEqual(last);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
