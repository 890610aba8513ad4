import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServerProcess, waitForUrl, type ServerProcess } from '../../support/process.js';

const run = promisify(execFile);

/** A free loopback port, so a restarted server comes back where its clients expect it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `spur-stress-${prefix}-`));
}

/**
 * One server "slot": a fixed port and environment (data folder or DATABASE_URL, outbox), so
 * it can be killed and started again where its clients are still sending.
 */
export class ManagedServer {
  current: ServerProcess | null = null;
  url: string;
  /** Every process started here, for cleanup and for the output on failure. */
  readonly started: ServerProcess[] = [];

  constructor(
    readonly port: number,
    readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  static async create(env: Record<string, string>): Promise<ManagedServer> {
    return new ManagedServer(await freePort(), env);
  }

  /** Starts the process and waits until it listens (a fresh embedded database takes a while). */
  async start(timeoutMs = 180_000): Promise<ServerProcess> {
    const server = startServerProcess({ PORT: String(this.port), PUBLIC_URL: this.url, LOG_LEVEL: 'error', ...this.env });
    this.current = server;
    this.started.push(server);
    await waitForUrl(server, timeoutMs);
    return server;
  }

  /** The one-time first-admin link's token, once the server has printed all of it (null if it prints none). */
  async setupToken(timeoutMs = 10_000): Promise<string | null> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const token = this.current?.output().match(/\/setup#([A-Za-z0-9_-]{43})\s/)?.[1];
      if (token) return token;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return null;
  }

  /** kill -9: no shutdown hooks, no flushing, as in a power cut or the OOM killer. */
  async kill(): Promise<void> {
    const server = this.current;
    if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
    server.child.kill('SIGKILL');
    await server.exited;
  }

  /** A graceful stop (SIGTERM), as a service manager does; resolves with the exit code. */
  async stop(): Promise<number | null> {
    const server = this.current;
    if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return server?.child.exitCode ?? null;
    server.child.kill('SIGTERM');
    const timeout = setTimeout(() => server.child.kill('SIGKILL'), 30_000);
    const code = await server.exited;
    clearTimeout(timeout);
    return code;
  }

  output(): string {
    return this.started.map((s, i) => `--- process ${i + 1} (pid ${s.child.pid})\n${s.output()}`).join('\n');
  }

  /** Kills whatever this slot started and is still running (test cleanup). */
  async cleanup(): Promise<void> {
    for (const server of this.started) {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGKILL');
        await server.exited;
      }
    }
  }
}

/**
 * The throwaway cluster of .ci/with-postgres, which exports where it lives so that a test can
 * restart it. Null when the tests do not run under with-postgres.
 */
export function throwawayCluster(): { restart(): Promise<void> } | null {
  const pgCtl = process.env.TEST_PG_CTL;
  const dataDir = process.env.TEST_PGDATA;
  const log = process.env.TEST_PG_LOG;
  if (!pgCtl || !dataDir || !log) return null;
  const owner = process.env.TEST_PG_OWNER;
  const [command, prefix] = owner ? ['runuser', ['-u', owner, '--', pgCtl]] : [pgCtl, []];
  return {
    async restart() {
      // -m fast: open sessions are ended at once, as in a failover or a package upgrade.
      await run(command, [...prefix, 'restart', '-D', dataDir, '-m', 'fast', '-w', '-l', log], { timeout: 120_000 });
    },
  };
}
