import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from '../../server/http/json-body.js';

/** How many arrays or objects nest inside each other in a parsed value. */
function depth(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depth));
  if (value && typeof value === 'object') return 1 + Math.max(0, ...Object.values(value).map(depth));
  return 0;
}

describe('the request-body depth check', () => {
  it('agrees with the parsed value’s depth for any JSON, brackets inside strings included', () => {
    const withBrackets = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a') });
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        withBrackets,
        fc.integer(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(withBrackets, tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, fc.integer({ min: 0, max: 6 }), (value, max) => {
        expect(jsonDepthExceeds(JSON.stringify(value), max)).toBe(depth(value) > max);
      }),
    );
  });

  it('refuses thousands of nested arrays without recursing', () => {
    expect(jsonDepthExceeds('['.repeat(100_000) + ']'.repeat(100_000), 32)).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ data: { a: [{ b: [1, 2] }] } }), 32)).toBe(false);
  });
});
