import { Busy } from '../../http/errors.js';

/**
 * PDFs are made one at a time: each rendering starts a Chromium (~150 MB and a core for seconds),
 * and twelve at once once took the machine down. A few requests wait their turn; more are told
 * to come back. A PDF that can never change (a published revision of a closed review's report)
 * is kept and served again without rendering.
 */
export class PdfQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private readonly kept = new Map<string, Buffer>();
  private readonly inFlight = new Map<string, Promise<Buffer>>();
  /** Observed, for tests and the bench: renderings started and the most running at once. */
  readonly stats = { renders: 0, running: 0, maxRunning: 0 };

  constructor(
    private readonly maxQueued = 4,
    private readonly maxKept = 50,
  ) {}

  /** The PDF for `key` (null: never keep it), rendered in turn; asked for again while in the making, made once. */
  async pdf(key: string | null, render: () => Promise<Buffer>): Promise<Buffer> {
    if (key === null) return this.enqueue(render);
    const ready = this.kept.get(key) ?? this.inFlight.get(key);
    if (ready) return ready;
    const making = this.enqueue(render).then((pdf) => {
      this.keep(key, pdf);
      return pdf;
    });
    this.inFlight.set(key, making);
    try {
      return await making;
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async enqueue(render: () => Promise<Buffer>): Promise<Buffer> {
    if (this.queued >= this.maxQueued) {
      throw new Busy('Several PDFs are being made right now. Try again in a minute, or use "Print / Save as PDF" on the report page.', 30);
    }
    this.queued++;
    const turn = this.tail.then(() => this.run(render));
    this.tail = turn.catch(() => undefined);
    try {
      return await turn;
    } finally {
      this.queued--;
    }
  }

  private async run(render: () => Promise<Buffer>): Promise<Buffer> {
    this.stats.renders++;
    this.stats.running++;
    this.stats.maxRunning = Math.max(this.stats.maxRunning, this.stats.running);
    try {
      return await render();
    } finally {
      this.stats.running--;
    }
  }

  private keep(key: string, pdf: Buffer): void {
    this.kept.delete(key);
    this.kept.set(key, pdf);
    if (this.kept.size > this.maxKept) this.kept.delete(this.kept.keys().next().value!);
  }
}
