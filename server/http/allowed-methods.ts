import type { FastifyInstance } from 'fastify';

/**
 * The methods each route pattern answers, so that a request for a known address with another
 * method hears 405 and which methods it takes (RFC 9110 §15.5.6) instead of "nothing here".
 * The router itself only says "not found" for both.
 */
export class AllowedMethods {
  private readonly routes: { pattern: RegExp; methods: Set<string> }[] = [];

  /** Records every route as it is added; call before the routes are registered. */
  watch(app: FastifyInstance): void {
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const source = patternSource(route.url);
      let entry = this.routes.find((r) => r.pattern.source === source);
      if (!entry) this.routes.push((entry = { pattern: new RegExp(source), methods: new Set() }));
      for (const method of methods) entry.methods.add(method.toUpperCase());
    });
  }

  /** The methods some route takes at this path (sorted), or none when no route has the path. */
  at(path: string): string[] {
    const methods = new Set<string>();
    for (const route of this.routes) if (route.pattern.test(path)) route.methods.forEach((m) => methods.add(m));
    return [...methods].sort();
  }
}

/** A route's URL as a regular expression of the paths it matches: `:name` is one segment, `*` the rest. */
function patternSource(url: string): string {
  const body = url
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return `^${body}/?$`;
}
