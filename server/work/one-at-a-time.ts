import { Busy, type Coded } from '../http/errors.js';

/**
 * Heavy work (a Chromium rendering a PDF, a worker parsing a large spreadsheet) runs one job at a
 * time: two cores cannot do several without starving every other request. A few callers wait
 * their turn; beyond that they are told to come back (503 with Retry-After) instead of piling up.
 */
export class OneAtATime {
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;
  /** Observed, for tests and the bench: jobs started and the most running at once. */
  readonly stats = { runs: 0, running: 0, maxRunning: 0 };

  constructor(
    private readonly maxQueued: number,
    private readonly busy: Coded,
    private readonly retryAfterSeconds = 30,
  ) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.queued >= this.maxQueued) throw new Busy(this.busy, this.retryAfterSeconds);
    this.queued++;
    const turn = this.tail.then(() => this.start(job));
    this.tail = turn.catch(() => undefined);
    try {
      return await turn;
    } finally {
      this.queued--;
    }
  }

  private async start<T>(job: () => Promise<T>): Promise<T> {
    this.stats.runs++;
    this.stats.running++;
    this.stats.maxRunning = Math.max(this.stats.maxRunning, this.stats.running);
    try {
      return await job();
    } finally {
      this.stats.running--;
    }
  }
}
