import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { responseProblem } from '../support/fuzz-checks.js';

/** A problem+json answer, as the app sends one. */
const problem = (status: number, detail: string) =>
  ({
    statusCode: status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
    body: JSON.stringify({ title: 'Conflict', status, detail }),
  }) as unknown as LightMyRequestResponse;

describe("the fuzz suite's judgement of an answer", () => {
  it('refuses SQL in a message when nobody sent it', () => {
    expect(responseProblem(problem(409, 'duplicate key: SELECT id FROM organisations'), '{"name":"x"}')).toMatch(/gives away internals/);
  });

  it("accepts the caller's own words quoted back, from this request or a write accepted earlier", () => {
    const name = '1; SELECT pg_sleep(10)';
    const detail = `Sjukhus H32 hör redan till organisationen ${name}.`;
    expect(responseProblem(problem(409, detail), JSON.stringify({ name }))).toBeNull();
    expect(responseProblem(problem(409, detail), '{"name":"x","hospitalIds":["1"]}', [JSON.stringify({ name })])).toBeNull();
  });

  it('reads the strings inside the JSON: a stack trace or a quoted relation is a leak although JSON escapes it', () => {
    expect(responseProblem(problem(400, 'Error: boom\n    at handler (server/x.js:1:2)'), '{}')).toMatch(/gives away internals/);
    expect(responseProblem(problem(400, 'relation "users" does not exist'), '{}')).toMatch(/relation "/);
  });

  it('still refuses internals that an earlier write did not send', () => {
    const detail = 'Sjukhus H32 hör redan till organisationen Norr; relation "organisations" failed.';
    expect(responseProblem(problem(409, detail), '{"name":"x"}', ['{"name":"Norr"}'])).toMatch(/relation "/);
  });
});
