// A worker thread does not inherit the main thread's TypeScript loader (Node 20 ignores
// `--import tsx` in a worker's execArgv), so each worker registers it before loading its module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
