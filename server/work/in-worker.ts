import { Worker } from 'node:worker_threads';

export interface WorkerLimits {
  /** The worker's JavaScript heap; beyond it the worker dies and the job fails, the server lives on. */
  heapMb: number;
  /** A job still running after this long is stopped. */
  timeoutMs: number;
}

export class WorkerFailed extends Error {
  constructor(
    message: string,
    readonly reason: 'memory' | 'timeout' | 'crash',
  ) {
    super(message);
  }
}

/** What a worker module posts back: its result, or the message of the error it threw. */
/** `problem`: a failure's code and parameters (a `CodedProblem`), when it has them. */
export type WorkerReply<T> =
  { ok: true; value: T } | { ok: false; message: string; name: string; problem?: { code: string; params?: Record<string, string | number> } };

const BOOT = new URL('./worker-boot.mjs', import.meta.url);

/**
 * Runs one job in a fresh worker thread and ends the thread afterwards, so the event loop stays
 * free while the job runs and all the memory the job used is given back when it ends. The worker
 * module (`entry`) receives `input` as its first message and answers with one `WorkerReply`.
 */
export function inWorker<T>(entry: URL, input: unknown, limits: WorkerLimits, transfer: ArrayBuffer[] = []): Promise<WorkerReply<T>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, {
      workerData: { entry: entry.href },
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: Math.min(32, limits.heapMb / 4) },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(new WorkerFailed(`The job took longer than ${limits.timeoutMs / 1000} s and was stopped.`, 'timeout'))),
      limits.timeoutMs,
    );
    worker.once('message', (reply: WorkerReply<T>) => settle(() => resolve(reply)));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new WorkerFailed(`The job needed more than ${limits.heapMb} MB and was stopped.`, 'memory')
            : new WorkerFailed(error.message, 'crash'),
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(new WorkerFailed(`The worker ended (code ${code}) without an answer.`, 'crash'))));
    worker.postMessage(input, transfer);
  });
}
