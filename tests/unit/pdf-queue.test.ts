import { describe, expect, it } from 'vitest';
import { Busy } from '../../server/http/errors.js';
import { PdfQueue } from '../../server/print/pdf-queue.js';

const slowly =
  (text: string, ms = 20) =>
  () =>
    new Promise<Buffer>((resolve) => setTimeout(() => resolve(Buffer.from(text)), ms));

describe('making PDFs', () => {
  it('renders one at a time, however many ask at once', async () => {
    const queue = new PdfQueue(10);
    const pdfs = await Promise.all(['a', 'b', 'c', 'd'].map((x) => queue.pdf(null, slowly(x))));
    expect(pdfs.map(String)).toEqual(['a', 'b', 'c', 'd']);
    expect(queue.stats).toMatchObject({ renders: 4, maxRunning: 1, running: 0 });
  });

  it('tells those beyond the waiting line to come back later, with a 503 and Retry-After', async () => {
    const queue = new PdfQueue(2);
    const results = await Promise.allSettled([1, 2, 3].map(() => queue.pdf(null, slowly('x'))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    const refused = (results[2] as PromiseRejectedResult).reason;
    expect(refused).toBeInstanceOf(Busy);
    expect(refused).toMatchObject({ status: 503, retryAfterSeconds: 30 });
    // Once the line is short again, the next one is made.
    expect(String(await queue.pdf(null, slowly('y')))).toBe('y');
  });

  it('keeps a PDF that cannot change and serves it again without rendering', async () => {
    const queue = new PdfQueue();
    await queue.pdf('review|rev1|sv', slowly('first'));
    expect(String(await queue.pdf('review|rev1|sv', slowly('second')))).toBe('first');
    expect(String(await queue.pdf('review|rev1|en', slowly('english')))).toBe('english');
    expect(queue.stats.renders).toBe(2);
    // Asked for three times while it is being made: made once.
    const same = await Promise.all([1, 2, 3].map(() => queue.pdf('review|rev2|sv', slowly('once'))));
    expect(same.map(String)).toEqual(['once', 'once', 'once']);
    expect(queue.stats.renders).toBe(3);
  });

  it('goes on after a rendering fails', async () => {
    const queue = new PdfQueue();
    await expect(queue.pdf(null, () => Promise.reject(new Error('chromium died')))).rejects.toThrow('chromium died');
    expect(String(await queue.pdf(null, slowly('next')))).toBe('next');
  });
});
