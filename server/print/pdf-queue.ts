import { OneAtATime } from '../work/one-at-a-time.js';

/**
 * PDFs are made one at a time: each rendering starts a Chromium (~150 MB and a core for seconds),
 * and twelve at once once took the machine down. A few requests wait their turn; more are told
 * to come back. A PDF that can never change (a published revision of a closed review's report)
 * is kept and served again without rendering.
 */
export class PdfQueue {
  private readonly turns: OneAtATime;
  private readonly kept = new Map<string, Buffer>();
  private readonly inFlight = new Map<string, Promise<Buffer>>();

  constructor(
    maxQueued = 4,
    private readonly maxKept = 50,
  ) {
    this.turns = new OneAtATime(maxQueued, { code: 'busy.pdfs' });
  }

  /** Observed, for tests and the bench: renderings started and the most running at once. */
  get stats() {
    const { runs, running, maxRunning } = this.turns.stats;
    return { renders: runs, running, maxRunning };
  }

  /** The PDF for `key` (null: never keep it), rendered in turn; asked for again while in the making, made once. */
  async pdf(key: string | null, render: () => Promise<Buffer>): Promise<Buffer> {
    if (key === null) return this.turns.run(render);
    const ready = this.kept.get(key) ?? this.inFlight.get(key);
    if (ready) return ready;
    const making = this.turns.run(render).then((pdf) => {
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

  private keep(key: string, pdf: Buffer): void {
    this.kept.delete(key);
    this.kept.set(key, pdf);
    if (this.kept.size > this.maxKept) this.kept.delete(this.kept.keys().next().value!);
  }
}
