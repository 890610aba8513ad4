import { describe, expect, it } from 'vitest';
import { inWorker, WorkerFailed } from '../../server/work/in-worker.js';

const greedy = new URL('../support/workers/greedy.ts', import.meta.url);

describe('a job in a worker thread', () => {
  it('answers with what the worker module posts', async () => {
    expect(await inWorker(greedy, 'answer', { heapMb: 64, timeoutMs: 30_000 })).toEqual({ ok: true, value: 42 });
  });

  it('is stopped when it needs more memory than its limit, and the process lives on', async () => {
    const failure = await inWorker(greedy, 'hoard', { heapMb: 64, timeoutMs: 60_000 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WorkerFailed);
    expect(failure).toMatchObject({ reason: 'memory', message: expect.stringContaining('more than 64 MB') });
  });

  it('is stopped when it runs longer than its limit', async () => {
    const failure = await inWorker(greedy, 'loop', { heapMb: 64, timeoutMs: 3_000 }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ reason: 'timeout', message: expect.stringContaining('longer than 3 s') });
  });
});
