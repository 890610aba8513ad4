import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  /** Fastify's form, with `:param` placeholders: `/api/reviews/:id/open`. */
  url: string;
}

/**
 * Every route the app serves, read from the app itself (so a new route shows up in the tests
 * that walk them without anyone listing it). Fastify has no public list of routes once built;
 * `printRoutes({ commonPrefix: false })` prints its radix tree, one node a line, each line the
 * path segment added to its parent's and the methods served there, which this reassembles.
 * HEAD is left out: Fastify adds it to every GET.
 */
export function listRoutes(app: FastifyInstance): RouteEntry[] {
  const routes: RouteEntry[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    stack.length = depth;
    stack.push(match[2]);
    for (const method of match[3]?.split(', ') ?? []) {
      if (method !== 'HEAD') routes.push({ method, url: stack.join('') });
    }
  }
  return routes.sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));
}

export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
