import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations, SchemaTooNewError } from '../../server/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  it('are all applied to a test database, and applying again does nothing', async () => {
    const rows = await query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(readMigrations().map((m) => m.version));
    expect(await migrate(database.url)).toEqual([]);
  });

  it('a failing migration leaves the schema as it was', async () => {
    const broken = [...readMigrations(), { version: 9998, name: 'half_done', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' }];
    await expect(migrate(database.url, broken)).rejects.toThrow(/9998_half_done failed/);
    const tables = await query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(tables).toHaveLength(0);
    const versions = await query('SELECT 1 FROM schema_migrations WHERE version = 9998');
    expect(versions).toHaveLength(0);
  });

  it('refuses a database whose schema is newer than the code', async () => {
    await query("INSERT INTO schema_migrations (version, name) VALUES (9999, 'from_the_future')");
    try {
      await expect(migrate(database.url)).rejects.toThrow(SchemaTooNewError);
      await expect(migrate(database.url)).rejects.toThrow(/newer than this version of the app.*9999_from_the_future/);
    } finally {
      await query('DELETE FROM schema_migrations WHERE version = 9999');
    }
  });

  it('the schema rejects a role, area or grade outside the domain', async () => {
    await expect(query("SELECT 'nurse'::role_code")).rejects.toThrow(/violates check constraint/);
    await expect(query("SELECT 'I'::area_code")).rejects.toThrow(/violates check constraint/);
    await expect(query("SELECT 'E'::grade_code")).rejects.toThrow(/violates check constraint/);
  });
});
