import ExcelJS from 'exceljs';
import fs from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { freshServerDatabase, inspectEmbedded, inspectServer, type Inspector } from './support/database.js';
import { invitees, openReview, setUpAdmin, type ApiClient } from './support/http.js';
import { ManagedServer, tempDir } from './support/servers.js';

/**
 * Heavy input, floods and crashes against a real server process (issue #17's table): none may
 * freeze the server or strand data. Each test prints the figures the operations guide quotes.
 * Embedded by default; on TEST_DATABASE_URL's server when set.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const backend = serverUrl ? 'PostgreSQL server' : 'embedded PGlite';

/** Health probes every 100 ms while `work` runs: how long the server took to answer each. */
async function probingHealth<T>(url: string, work: () => Promise<T>): Promise<{ result: T; probes: number[]; failed: number }> {
  const probes: number[] = [];
  let failed = 0;
  let running = true;
  const prober = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        if (res.status === 200) probes.push(performance.now() - started);
        else failed++;
      } catch {
        failed++;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    return { result: await work(), probes, failed };
  } finally {
    running = false;
    await prober;
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value: number) => `${Math.round(value)} ms`;

/** The server process's resident memory, from the kernel. */
function rssMb(server: ManagedServer): number {
  const status = fs.readFileSync(`/proc/${server.current!.child.pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+) kB/)![1]) / 1024;
}

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Svarande');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe(`heavy input, floods and crashes (${backend})`, () => {
  const outbox = tempDir('outbox');
  const dataDir = serverUrl ? null : tempDir('data');
  let database: { url: string; drop(): Promise<void> } | null = null;
  let server: ManagedServer;
  let api: ApiClient;
  let reviewId: string;

  const inspect = async (): Promise<Inspector> => (database ? inspectServer(database.url) : inspectEmbedded(dataDir!));

  beforeAll(async () => {
    if (serverUrl) database = await freshServerDatabase(serverUrl);
    server = await ManagedServer.create(database ? { DATABASE_URL: database.url, OUTBOX_DIR: outbox } : { DATA_DIR: dataDir!, OUTBOX_DIR: outbox });
    await server.start();
    api = await setUpAdmin(server.url, (await server.setupToken())!);
    ({ reviewId } = await openReview(api, invitees(8, 'hard'), 'HARD'));
  }, 600_000);

  afterAll(async () => {
    await server?.cleanup();
    await database?.drop();
    for (const dir of [outbox, dataDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('respondent files: a 1M-row workbook is refused before it is read, a 50,000-row one is read off the event loop, and the memory comes back', async () => {
    onTestFailed(() => console.log(server.output().slice(-5000)));
    const bomb = await workbook([['name', 'email', 'role', 'unit'], ...Array.from({ length: 1_000_000 }, () => ['A'])]);
    const largest = await workbook([
      ['name', 'email', 'role', 'unit'],
      // An unknown unit on every row: the whole file is read and checked, nothing is stored.
      ...Array.from({ length: 50_000 }, (_, i) => [`Person ${i}`, `p${i}@hard.example.se`, 'st', 'NO-SUCH-UNIT']),
    ]);
    const before = rssMb(server);
    const figures: string[] = [];
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server))), 200);
    try {
      for (const [name, file] of [
        ['1M-row workbook', bomb],
        ['50,000-row workbook', largest],
      ] as const) {
        const started = performance.now();
        const {
          result: res,
          probes,
          failed,
        } = await probingHealth(server.url, () => api.request('POST', `/api/reviews/${reviewId}/respondents/import`, file, XLSX));
        const body = (await res.json()) as { detail: string; problems: { message: string }[] };
        expect(res.status, body.detail).toBe(422);
        expect(failed).toBe(0);
        figures.push(
          `${name} (${(file.length / 1024 / 1024).toFixed(2)} MB): 422 in ${ms(performance.now() - started)}, "${body.problems[0].message.slice(0, 70)}…"; health p95 ${ms(percentile(probes, 95))}, max ${ms(Math.max(...probes))} over ${probes.length} probes`,
        );
      }
    } finally {
      clearInterval(sampler);
    }
    // The worker's memory goes with the worker; give the main heap a moment to settle.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = rssMb(server);
    console.log(
      `[${backend}] respondent files\n  ${figures.join('\n  ')}\n  RSS before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB (+${(peak - before).toFixed(0)}), after ${after.toFixed(0)} MB (+${(after - before).toFixed(0)})`,
    );
    expect(peak - before).toBeLessThan(300);
    // Before: +1.1 to +1.6 GB, never given back. What stays now is the main heap not yet collected.
    expect(after - before).toBeLessThan(150);
  }, 300_000);

  it('one reader flooding the report is slowed down, and the server goes on answering others', async () => {
    await api.expect(200, 'POST', `/api/reviews/${reviewId}/close`);
    const statuses = new Map<number, number>();
    const deadline = Date.now() + 20_000;
    const { probes, failed } = await probingHealth(server.url, () =>
      Promise.all(
        Array.from({ length: 30 }, async () => {
          while (Date.now() < deadline) {
            const res = await api.request('GET', `/api/reviews/${reviewId}/report`);
            await res.arrayBuffer();
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          }
        }),
      ),
    );
    console.log(
      `[${backend}] report flood, 30 connections for 20 s: ${JSON.stringify(Object.fromEntries(statuses))}; health p95 ${ms(percentile(probes, 95))}, max ${ms(Math.max(...probes))}, ${failed} failed`,
    );
    expect(statuses.get(200)).toBeLessThanOrEqual(120);
    expect(statuses.get(429)).toBeGreaterThan(0);
    expect([...statuses.keys()].every((s) => s === 200 || s === 429)).toBe(true);
    expect(failed).toBe(0);
  }, 120_000);

  it('slow clients are cut off: headers within 15 s, the whole request within 120 s', async () => {
    const opened = performance.now();
    const closedAfter = (kind: 'headers' | 'body') =>
      new Promise<number>((resolve) => {
        const socket = net.connect(server.port, '127.0.0.1', () => {
          socket.write(
            kind === 'headers'
              ? 'GET /api/health HTTP/1.1\r\nHost: x\r\n'
              : 'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
          );
        });
        const drip = setInterval(() => socket.writable && socket.write(kind === 'headers' ? 'X-Slow: 1\r\n' : ' '), 2000);
        socket.on('error', () => {});
        socket.on('close', () => {
          clearInterval(drip);
          resolve(performance.now() - opened);
        });
      });
    const { result, probes, failed } = await probingHealth(server.url, () =>
      Promise.all([
        Promise.all(Array.from({ length: 300 }, () => closedAfter('headers'))),
        Promise.all(Array.from({ length: 150 }, () => closedAfter('body'))),
      ]),
    );
    const [headers, bodies] = result;
    console.log(
      `[${backend}] slow clients: 300 slow-header connections closed after ${ms(Math.min(...headers))}–${ms(Math.max(...headers))}, 150 slow-body after ${ms(Math.min(...bodies))}–${ms(Math.max(...bodies))}; health p95 ${ms(percentile(probes, 95))}, ${failed} failed`,
    );
    // Node looks for connections over the limits every 5 s (SERVER_TIMEOUTS.checkEveryMs), so a cut
    // comes up to 5 s late, and `opened` is taken before the 450 connections are made.
    expect(Math.max(...headers)).toBeLessThan(15_000 + 10_000);
    expect(Math.max(...bodies)).toBeLessThan(120_000 + 10_000);
    expect(failed).toBe(0);
  }, 300_000);

  it('a pool import killed with -9 half-way is rolled back at the next start, and the file can be imported again', async () => {
    onTestFailed(() => console.log(server.output().slice(-5000)));
    for (const code of ['P1', 'P2', 'P3', 'P4', 'P5'])
      await api.expect(201, 'POST', '/api/hospitals', { code, name: `Poolsjukhus ${code}`, region: 'Region Test' });
    const rows = 200_000;
    const file = Buffer.from(
      [
        'role,hospital_code,unit_code,answered_on,A.varied-clinical-work,E.personal-supervisor',
        ...Array.from({ length: rows }, (_, i) => `st,P${(i % 5) + 1},P${(i % 5) + 1}-U${i % 40},2025-0${(i % 9) + 1}-15,${(i % 4) + 1},${((i + 1) % 4) + 1}`),
      ].join('\n'),
    );
    const upload = api.request('POST', '/api/pool-imports?filename=historik.csv', file, 'text/csv', 600_000).catch((error: Error) => error);
    let progress = 0;
    const watchedUntil = Date.now() + 120_000;
    while (progress < 20_000 && Date.now() < watchedUntil) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const { batches } = await api.expect<{ batches: { status: string; rowsRead: number }[] }>(200, 'GET', '/api/pool-imports');
      progress = batches.find((b) => b.status === 'importing')?.rowsRead ?? 0;
    }
    expect(progress).toBeGreaterThan(0);
    await server.kill();
    expect(await upload).toBeInstanceOf(Error);

    await server.start();
    await api.expect(200, 'POST', '/api/auth/login', { email: 'admin@stress.example.se', password: 'stress-test-password' });
    // Embedded, the restarted server is the only one and rolls back at once; on a shared
    // PostgreSQL another server might still be importing, so an import counts as dead only after
    // two minutes without progress (checked every minute).
    type Batch = { id: string; status: string; failure: string | null };
    let batches: Batch[] = [];
    const recoveredUntil = Date.now() + 240_000;
    do {
      if (batches.length > 0) await new Promise((resolve) => setTimeout(resolve, 5000));
      ({ batches } = await api.expect<{ batches: Batch[] }>(200, 'GET', '/api/pool-imports'));
    } while (batches[0]?.status === 'importing' && Date.now() < recoveredUntil);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ status: 'failed', failure: expect.stringMatching(/stopped/i) });
    const again = (await (await api.request('POST', '/api/pool-imports?filename=historik.csv', file, 'text/csv', 600_000)).json()) as {
      rowsImported: number;
      answersImported: number;
    };
    expect(again).toMatchObject({ rowsImported: rows, answersImported: rows * 2 });

    await server.stop();
    const db = await inspect();
    try {
      const stored = await db.query<{ batch_id: string; n: number }>('SELECT batch_id::text, count(*)::int AS n FROM imported_answers GROUP BY batch_id');
      const pool = await db.query<{ answered: number }>(
        "SELECT coalesce(sum(answered), 0)::int AS answered FROM pool_hospital_counts WHERE hospital_code LIKE 'P_'",
      );
      console.log(
        `[${backend}] pool import killed at ${progress} rows read: after restart batch ${batches[0].id} failed ("${batches[0].failure}"); stored answers by batch ${JSON.stringify(stored)}; pool counts ${pool[0].answered}`,
      );
      expect(stored).toEqual([{ batch_id: expect.not.stringMatching(`^${batches[0].id}$`), n: rows * 2 }]);
      expect(pool[0].answered).toBe(rows * 2);
    } finally {
      await db.close();
    }
  }, 600_000);
});
