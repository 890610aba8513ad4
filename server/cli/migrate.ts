import { loadConfig } from '../config.js';
import { describeDatabaseError } from '../db/describe.js';
import { startEmbeddedDatabase } from '../db/embedded.js';
import { migrate } from '../db/migrate.js';

/** `npm run migrate`: apply pending migrations to DATABASE_URL, or to the embedded database. */
const config = loadConfig();
const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.dataDir);
try {
  const applied = await migrate(config.databaseUrl ?? embedded!.url);
  console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
} catch (error) {
  console.error(`Migration failed: ${describeDatabaseError(error)}`);
  process.exitCode = 1;
} finally {
  await embedded?.close();
}
