import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/process.js';
import { freshServerDatabase } from './support/database.js';
import { ApiClient, PASSWORD, invitees, openReview, setUpAdmin, tokensByRecipient, waitForMails, type Invitee } from './support/http.js';
import { answersFor } from './support/load.js';
import { ManagedServer, tempDir } from './support/servers.js';

const run = promisify(execFile);

/**
 * `npm run backup` and `npm run restore` as an operator runs them: what was written before the
 * backup is there after the restore, what was written after it is gone.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const backend = serverUrl ? 'PostgreSQL server' : 'embedded PGlite';

async function npmRun(script: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env: { ...inherited, ...env }, timeout: 300_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe(`backup and restore (${backend})`, () => {
  const outbox = tempDir('backup-outbox');
  const work = tempDir('backup');
  const dataDir = path.join(work, 'data');
  const file = path.join(work, serverUrl ? 'spur.dump' : 'spur.backup');
  let database: { url: string; drop(): Promise<void> } | null = null;
  let env: Record<string, string>;
  let server: ManagedServer;
  let api: ApiClient;
  let people: Invitee[];
  let tokens: Map<string, string>;
  let reviewId: string;

  const submit = async (person: Invitee, index: number) => {
    const res = await fetch(`${server.url}/api/respond/${tokens.get(person.email)}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: answersFor(person.role, index), lang: 'sv' }),
    });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    if (serverUrl) database = await freshServerDatabase(serverUrl);
    env = database ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir };
    server = await ManagedServer.create({ ...env, OUTBOX_DIR: outbox });
    await server.start();
    api = await setUpAdmin(server.url, (await server.setupToken())!);
    people = invitees(3, 'backup');
    ({ reviewId } = await openReview(api, people, 'BAK'));
    tokens = tokensByRecipient(await waitForMails(outbox, people.length));
    await submit(people[0], 0);
  });

  afterAll(async () => {
    await server?.cleanup();
    await database?.drop();
    for (const dir of [outbox, work]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('backs up: the embedded database only with the server stopped, a PostgreSQL server while it runs', async () => {
    if (!database) {
      const refused = await npmRun('backup', [file], env);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/is in use by another running server \(process \d+\)\. Stop that server first/);
      expect(fs.existsSync(file)).toBe(false);
      expect(await server.stop()).toBe(0);
    }
    const backup = await npmRun('backup', [file], env);
    expect(backup.output).toMatch(/Backup of .* written to/);
    expect(backup.code).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
  });

  it('restores: what was written after the backup is gone, what was before is back', async () => {
    if (!database) await server.start();
    // Written after the backup: another answer and another hospital.
    await submit(people[1], 1);
    await api.expect(201, 'POST', '/api/hospitals', { code: 'AFTER', name: 'Efter säkerhetskopian', region: null });

    if (database) {
      const refused = await npmRun('restore', [file], env);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/other connection\(s\) are open .* stop the servers using it first/);
    }
    expect(await server.stop()).toBe(0);
    const wrongKind = path.join(work, 'not-a-backup');
    fs.writeFileSync(wrongKind, 'hello');
    expect((await npmRun('restore', [wrongKind], env)).output).toContain('is not a backup made by npm run backup');

    const restore = await npmRun('restore', [file], env);
    expect(restore.output).toMatch(/Restored .* in [\d.]+ s/);
    expect(restore.code).toBe(0);

    await server.start();
    const after = new ApiClient(server.url);
    await after.expect(200, 'POST', '/api/auth/login', { email: 'admin@stress.example.se', password: PASSWORD });
    const rates = await after.expect<{ total: { total: { invited: number; answered: number } } }>(200, 'GET', `/api/reviews/${reviewId}/response-rates`);
    expect(rates.total.total).toMatchObject({ invited: 3, answered: 1 });
    const { hospitals } = await after.expect<{ hospitals: { code: string }[] }>(200, 'GET', '/api/hospitals');
    expect(hospitals.map((h) => h.code)).toEqual(['BAK']);
    const link = async (person: Invitee) => (await after.expect<{ status: string }>(200, 'GET', `/api/respond/${tokens.get(person.email)}`)).status;
    expect(await link(people[0])).toBe('answered');
    expect(await link(people[1])).toBe('open');
    // And the restored database takes answers again.
    await submit(people[1], 1);
    expect(await link(people[1])).toBe('answered');
  });
});
