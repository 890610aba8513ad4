import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { startInWorker } from '../../server/db/embedded.js';
import { adminQuery, withDatabase } from './global-setup.js';

export interface TestDatabase {
  url: string;
  kind: 'embedded' | 'server';
  close(): Promise<void>;
}

/** An empty, migrated database of its own: a copy of the template, or an in-memory PGlite. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const template = inject('templateDatabase');
  if (serverUrl && template) {
    const name = `spur_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
    return {
      url: withDatabase(serverUrl, name),
      kind: 'server',
      // Connections that are still closing get a moment before the drop forces them out.
      close: async () => {
        for (let attempt = 0; attempt < 20; attempt++) {
          try {
            return await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
          } catch {
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const snapshot = inject('pgliteSnapshot');
  if (!snapshot) throw new Error('No test database: the global setup did not run.');
  // In its own thread, as the server runs it.
  const embedded = await startInWorker({ snapshotFile: snapshot });
  return { url: embedded.url, kind: 'embedded', close: embedded.close };
}
