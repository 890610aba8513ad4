import { parentPort } from 'node:worker_threads';

// Test worker: keeps every block it allocates, or never ends, or answers; as the message asks.
parentPort!.once('message', (what: 'hoard' | 'loop' | 'answer') => {
  if (what === 'answer') parentPort!.postMessage({ ok: true, value: 42 });
  const kept: number[][] = [];
  while (true) if (what === 'hoard') kept.push(new Array(1_000_000).fill(kept.length));
});
