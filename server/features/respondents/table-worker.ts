import { parentPort } from 'node:worker_threads';
import type { WorkerReply } from '../../work/in-worker.js';
import { readTableFile, UnreadableFile, type TableFile } from './table-file.js';

// Runs in a worker thread (see readTableFileOffThread): one file in, one table or error out.
parentPort!.once('message', async (data: Uint8Array) => {
  let reply: WorkerReply<TableFile>;
  try {
    reply = { ok: true, value: await readTableFile(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) };
  } catch (error) {
    reply = {
      ok: false,
      name: (error as Error).name,
      message: (error as Error).message,
      ...(error instanceof UnreadableFile ? { problem: error.problem } : {}),
    };
  }
  parentPort!.postMessage(reply);
});
