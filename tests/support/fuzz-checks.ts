import type { LightMyRequestResponse } from 'fastify';

/** What the fuzz suite (tests/integration/fuzz.test.ts) demands of every answer. */

// What must never reach a client: stack frames, file paths, database errors and SQL.
const LEAKS = [
  /\n\s+at /,
  /\bat [\w$.<>]+ \([^)]*:\d+:\d+\)/,
  /node_modules|\/work\/|\/srv\/|\.ts:\d+/,
  /\bSELECT\b/i,
  /\bINSERT\b/i,
  /\bUPDATE\b.*\bSET\b/i,
  /\brelation "/i,
  /syntax error at/i,
  /violates .* constraint/i,
  /invalid (byte sequence|input syntax)/i,
  /\bpg_|kysely|postgres/i,
];

/**
 * Why the response is not acceptable, or null. A leak pattern counts only when the request did
 * not send that text itself: error messages may quote the caller's input back (a 404 names the
 * path it could not find), and a path with "SELECT" in it is not a leak.
 */
export function responseProblem(response: LightMyRequestResponse, sent: string): string | null {
  if (response.statusCode >= 500) return `answered ${response.statusCode}: ${response.body.slice(0, 500)}`;
  if (response.statusCode < 400) return null;
  const type = String(response.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return `a ${response.statusCode} with content-type "${type}"`;
  let problem: { detail?: unknown; status?: unknown };
  try {
    problem = JSON.parse(response.body);
  } catch {
    return `a ${response.statusCode} whose body is not JSON: ${response.body.slice(0, 200)}`;
  }
  if (typeof problem.detail !== 'string' || problem.detail.length === 0) return `a ${response.statusCode} without a detail: ${response.body.slice(0, 300)}`;
  if (problem.status !== response.statusCode) return `a ${response.statusCode} whose problem says status ${String(problem.status)}`;
  const lowerSent = sent.toLowerCase();
  for (const pattern of LEAKS) {
    const match = pattern.exec(response.body);
    if (match && !lowerSent.includes(match[0].toLowerCase()) && !decodedIncludes(sent, match[0])) {
      return `a ${response.statusCode} that gives away internals (${pattern}): ${response.body.slice(0, 500)}`;
    }
  }
  return null;
}

/**
 * Whether Fastify refused the request while parsing or validating it, before any handler ran
 * (the only code of ours that ran then is the session lookup, a read): body too large, a
 * content type nobody parses, broken JSON, a schema error, or one of the router's own answers.
 */
export function refusedBeforeHandler(response: LightMyRequestResponse): boolean {
  if ([413, 414, 415].includes(response.statusCode)) return true;
  if (response.statusCode !== 400) return false;
  const problem = JSON.parse(response.body) as { code?: string; errors?: { field: string }[] };
  return problem.code === 'request.invalidJson' || (problem.errors ?? []).some((e) => /^(body|params|querystring)\b/.test(e.field));
}

function decodedIncludes(sent: string, text: string): boolean {
  try {
    return decodeURIComponent(sent).toLowerCase().includes(text.toLowerCase());
  } catch {
    return false;
  }
}
