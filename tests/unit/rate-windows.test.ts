import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryWindows } from '../../server/security/rate-windows.js';

/** A clock the test moves. */
function clock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('request limits counted in memory (the embedded database: one server per folder)', () => {
  it('counts hits in a window, says how long it has left, and starts a new one when it has run out', async () => {
    const time = clock();
    const windows = new MemoryWindows(time.now);
    expect(await windows.hit('link:a', 60_000)).toEqual({ hits: 1, ttlMs: 60_000 });
    time.advance(59_000);
    expect(await windows.hit('link:a', 60_000)).toEqual({ hits: 2, ttlMs: 1_000 });
    expect(await windows.count('link:a', 60_000)).toBe(2);
    expect(await windows.count('link:b', 60_000)).toBe(0);
    time.advance(1_000);
    expect(await windows.count('link:a', 60_000)).toBe(0);
    expect(await windows.hit('link:a', 60_000)).toEqual({ hits: 1, ttlMs: 60_000 });
  });

  it('keeps each key apart, and still counts after many windows have started and run out', async () => {
    const time = clock();
    const windows = new MemoryWindows(time.now);
    await windows.hit('address:10.0.0.1', 600_000);
    for (let i = 0; i < 20_000; i++) await windows.hit(`link:${i}`, 1_000);
    time.advance(2_000);
    for (let i = 0; i < 10_000; i++) await windows.hit(`link:new-${i}`, 1_000);
    expect(await windows.hit('address:10.0.0.1', 600_000)).toMatchObject({ hits: 2 });
    expect(await windows.count('link:5', 1_000)).toBe(0);
  });

  it('agrees with fixed windows counted by hand, for any hits at any times', async () => {
    const step = fc.record({ key: fc.constantFrom('a', 'b', 'c'), wait: fc.integer({ min: 0, max: 3_000 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 60 }), fc.integer({ min: 1, max: 2_500 }), async (steps, windowMs) => {
        const time = clock();
        const windows = new MemoryWindows(time.now);
        const model = new Map<string, { startedAt: number; hits: number }>();
        for (const { key, wait } of steps) {
          time.advance(wait);
          const now = time.now();
          let window = model.get(key);
          if (!window || now - window.startedAt >= windowMs) model.set(key, (window = { startedAt: now, hits: 0 }));
          window.hits++;
          expect(await windows.hit(key, windowMs)).toEqual({ hits: window.hits, ttlMs: window.startedAt + windowMs - now });
        }
      }),
    );
  });
});
