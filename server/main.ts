import { ConfigError, loadConfig } from './config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded.js';
import { describeDatabaseError, describeUrl } from './db/describe.js';
import { migrate } from './db/migrate.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  // The app's modules load while an embedded database starts in its own thread.
  const loadingApp = import('./app.js');

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (databaseUrl) {
    console.log(`Database: PostgreSQL server at ${describeUrl(databaseUrl)} (DATABASE_URL)`);
  } else {
    console.log(`Database: embedded PostgreSQL (PGlite) in ${config.dataDir} — set DATABASE_URL to use a server`);
    embedded = await startEmbeddedDatabase(config.dataDir);
    databaseUrl = embedded.url;
  }
  const { buildApp } = await loadingApp;

  const applied = await migrate(databaseUrl);
  if (applied.length > 0) console.log(`Migrations applied: ${applied.join(', ')}`);

  const app = await buildApp({ config, databaseUrl, databaseKind: embedded ? 'embedded' : 'server' });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`SPUR review platform is running at http://localhost:${port} (started in ${Date.now() - started} ms)`);
  const setupToken = await app.firstAdminSetup.begin(app.db);
  if (setupToken) {
    console.log(
      `No admin account yet. Create the first one at ${config.publicUrl}/setup#${setupToken}\n` +
        '  (one-time link, valid until the server restarts; or stop the server and run: npm run create-admin -- --email you@example.se)',
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down…`);
    await app.close();
    await embedded?.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `Could not start: ${describeDatabaseError(error)}`;
  console.error(message);
  process.exit(1);
});
