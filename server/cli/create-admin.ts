import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { describeDatabaseError } from '../db/describe.js';
import { startEmbeddedDatabase } from '../db/embedded.js';
import { migrate } from '../db/migrate.js';
import { createUser } from '../features/auth/service.js';
import { hashPassword } from '../security/passwords.js';

/**
 * `npm run create-admin -- --email you@example.se [--name "Your Name"] [--password ...]`
 * Without --password a strong one is generated and printed once.
 */
const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
});
if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
  console.error('Usage: npm run create-admin -- --email you@example.se [--name "Your Name"] [--password secret]');
  process.exit(2);
}
const password = values.password ?? randomBytes(12).toString('base64url');
if (password.length < 10) {
  console.error('The password must be at least 10 characters.');
  process.exit(2);
}

const config = loadConfig();
const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.dataDir);
const url = config.databaseUrl ?? embedded!.url;
const pool = new pg.Pool({ connectionString: url, max: 1 });
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
try {
  await migrate(url);
  await createUser(db, null, {
    email: values.email,
    name: values.name ?? values.email,
    role: 'admin',
    hospitalId: null,
    passwordHash: await hashPassword(password),
  });
  console.log(`Admin ${values.email} created.${values.password ? '' : ` Password: ${password}`}`);
} catch (error) {
  console.error(`Could not create the admin: ${describeDatabaseError(error)}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
  await embedded?.close();
}
