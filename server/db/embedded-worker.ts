import { PGlite } from '@electric-sql/pglite';
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { serve, type EmbeddedSource } from './embedded.js';

/**
 * The embedded database's own thread: PGlite and its socket server run here, so the database
 * works on one core while HTTP, validation and JSON run on the other (on the main thread PGlite
 * took half of a submission's CPU, issue 22). Posts `{ url }` once it listens, or `{ error }`;
 * on 'close' stops the server, closes PGlite (which flushes a persisted folder) and posts 'closed'.
 */
const source = (workerData as { source: EmbeddedSource }).source;
const port = parentPort!;

try {
  const db =
    'dataDir' in source
      ? await PGlite.create({ dataDir: source.dataDir })
      : await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(source.snapshotFile)]) });
  const embedded = await serve(db);
  port.on('message', (message: unknown) => {
    if (message !== 'close') return;
    void embedded.close().then(
      () => port.postMessage('closed'),
      (error: unknown) => port.postMessage({ error: String(error) }),
    );
  });
  port.postMessage({ url: embedded.url });
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
