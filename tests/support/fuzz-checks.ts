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
 * Why the response is not acceptable, or null. A leak pattern counts only when neither the
 * request nor one the caller made `earlier` sent that text: error messages may quote the
 * caller's input back (a 404 names the path it could not find, a 409 the name stored before),
 * and a path with "SELECT" in it is not a leak.
 */
export function responseProblem(response: LightMyRequestResponse, sent: string, earlier: readonly string[] = []): string | null {
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
  const quoted = (text: string) => [sent, ...earlier].some((s) => readable(s).toLowerCase().includes(text.toLowerCase()) || decodedIncludes(s, text));
  const said = readable(response.body);
  for (const pattern of LEAKS) {
    const match = pattern.exec(said);
    if (match && !quoted(match[0])) {
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

/**
 * The text as sent, then the strings inside it when it is JSON, unescaped: a stack frame's line
 * breaks and a database message's quotes are escaped in the JSON itself.
 */
function readable(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  const strings: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object') {
      for (const [key, inner] of Object.entries(v)) {
        strings.push(key);
        collect(inner);
      }
    }
  };
  collect(value);
  return [text, ...strings].join('\n');
}

function decodedIncludes(sent: string, text: string): boolean {
  try {
    return decodeURIComponent(sent).toLowerCase().includes(text.toLowerCase());
  } catch {
    return false;
  }
}
