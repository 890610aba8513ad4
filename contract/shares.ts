/**
 * How a share is printed, wherever it is printed: the API's differences and role flags, the
 * report page, the PDF, the CSV and XLSX exports. Server and client import this one module, so a
 * figure reads the same to the digit in every place.
 */

/** Counts must stay below this for 200 × count + n to be an exact integer in a double. */
const LARGEST_COUNT = Math.floor((Number.MAX_SAFE_INTEGER - 1) / 201);

/**
 * The share count / n as whole per cent, a half rounded up (28.5 → 29), computed on the exact
 * fraction with integers. Rounding the double `count / n * 100` instead gives 57/200 as 28,
 * because 0.285 is stored as 0.28499999…; the review model's reports print 29.
 * Null when nobody answered (no share to print).
 */
export function sharePercent(count: number, n: number): number | null {
  if (!(Number.isInteger(count) && Number.isInteger(n) && count >= 0 && count <= n && n <= LARGEST_COUNT)) {
    throw new RangeError(`Expected whole numbers 0 ≤ count ≤ n, got ${count} of ${n}.`);
  }
  if (n === 0) return null;
  // ⌊100·count/n + ½⌋ = ⌊(200·count + n) / 2n⌋, and a − a mod b is an exact multiple of b.
  const numerator = 200 * count + n;
  const denominator = 2 * n;
  return (numerator - (numerator % denominator)) / denominator;
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * A 95 % interval in whole per cent (`scale` 100, for shares 0–1) or whole percentage points
 * (`scale` 1, for a difference already in pp). Its ends are irrational numbers, not fractions of
 * counts, so they are widened outwards (low down, high up): the printed interval always holds the
 * computed one, and the printed share. The tolerance keeps an end that is a whole number up to
 * floating-point noise (0.30000000000000004) where it is.
 */
export function intervalPercent(interval: Interval, scale = 100): Interval {
  const TOLERANCE = 1e-9;
  const low = Math.floor(interval.low * scale + TOLERANCE);
  const high = Math.ceil(interval.high * scale - TOLERANCE);
  // + 0 turns −0 into 0
  return { low: low + 0, high: high + 0 };
}
