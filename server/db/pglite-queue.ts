import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * pglite-socket multiplexes many client connections onto PGlite's one session, message by
 * message. Outside a transaction it may switch to another connection between the messages of
 * one extended-protocol query (Parse, Bind, Execute … Sync), so a concurrent query replaces the
 * first one's unnamed portal ("portal "" does not exist"); and after a failed message its queue
 * stops for good. Measured here: 20 concurrent submissions failed 84 % of the time.
 *
 * This replaces the queue's scheduling: a connection keeps the session from its first message
 * until its Sync (or simple Query, or Terminate), as well as for a whole transaction, and a
 * failed message no longer stalls everyone else.
 *
 * Upstream: electric-sql/pglite issue #1046 ("concurrent extended-protocol batches interleave
 * across connections; one internal throw permanently deadlocks the query queue") and pull request
 * #977 (extended-query isolation), both open for pglite-socket 0.2.x. Remove this module once a
 * release fixes both: 20 connections submitting at once in
 * `tests/stress/submissions.test.ts` (84 % failed without it) show whether it has.
 */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}

interface QueueInternals {
  db: PGlite;
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  midSequence?: boolean;
  processQueue(): Promise<void>;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

/** Whether a message completes what its connection asked for, so another connection may go next. */
function endsSequence(message: Uint8Array): boolean {
  const type = message[0];
  // A startup or SSL request has no type byte: its first byte is the top of its length, 0.
  return type === SYNC || type === QUERY || type === TERMINATE || type === 0;
}

export function fixQueue(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueueInternals }).queryQueue;

  queue.processQueue = async function processQueue(this: QueueInternals) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const pinned = this.lastHandlerId !== null && (this.midSequence || this.db.isInTransaction());
        const index = pinned ? this.queue.findIndex((q) => q.handlerId === this.lastHandlerId) : 0;
        if (index === -1) break; // wait for the rest of that connection's sequence
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          this.midSequence = !endsSequence(item.message);
          this.lastHandlerId = item.handlerId;
          item.resolve(bytes);
        } catch (error) {
          this.midSequence = false;
          item.reject(error);
        }
      }
    } finally {
      this.processing = false;
    }
  }.bind(queue);

  const clear = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async (handlerId: number) => {
    // A connection that went away in the middle of a query must not hold the session.
    if (queue.lastHandlerId === handlerId) queue.midSequence = false;
    await clear(handlerId);
    await queue.processQueue();
  };
}
