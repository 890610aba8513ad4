import fastifyHelmet from '@fastify/helmet';
import fastifyPostgres from '@fastify/postgres';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { Kysely, PostgresDialect } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.js';
import type { Database, RootDb } from './db/database.js';
import { poolOptions } from './db/pool.js';
import fastifyRateLimit from '@fastify/rate-limit';
import { auditRoutes } from './features/audit/routes.js';
import { sessionPlugin } from './features/auth/plugin.js';
import { authRoutes } from './features/auth/routes.js';
import { FirstAdminSetup } from './features/auth/service.js';
import { coverageRoutes } from './features/coverage/routes.js';
import { demoRoutes } from './features/demo/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { hospitalRoutes } from './features/hospitals/routes.js';
import { invitationRoutes } from './features/invitations/routes.js';
import { mailRoutes } from './features/mail/routes.js';
import { programmeRoutes } from './features/programmes/routes.js';
import { poolImportRoutes } from './features/pool-import/routes.js';
import { reportAuthoringRoutes } from './features/report-writing/routes.js';
import { reportRoutes } from './features/report/routes.js';
import { ensureSnapshot } from './features/report/service.js';
import { respondRoutes } from './features/respond/routes.js';
import { commentRoutes } from './features/report-writing/comment-routes.js';
import { respondentRoutes } from './features/respondents/routes.js';
import { reviewRoutes } from './features/reviews/routes.js';
import { documentRoutes } from './features/documents/routes.js';
import { siteVisitRoutes } from './features/site-visit/routes.js';
import { surveyRoutes } from './features/surveys/routes.js';
import { targetRoutes } from './features/targets/routes.js';
import { organisationRoutes } from './features/organisations/routes.js';
import { directorAnnualRoutes } from './features/director-annual/routes.js';
import { mappingRoutes } from './features/mapping/routes.js';
import { hospitalReviewRoutes } from './features/hospital-review/routes.js';
import { userRoutes } from './features/users/routes.js';
import { startJobs } from './jobs.js';
import { DatabaseWindows, MemoryWindows, rateLimitStore, type RateWindows, type RateWindowStore } from './security/rate-windows.js';
import { AllowedMethods } from './http/allowed-methods.js';
import { DomainError } from './http/errors.js';
import { registerProblemHandlers, sendCodedProblem } from './http/problem.js';
import { limitJsonDepth } from './http/json-body.js';
import { PdfQueue } from './print/pdf-queue.js';
import { requestSerializer } from './http/redact.js';
import { sharedSchemaCompilers } from './http/schema-compilers.js';
import { CLIENT_DIR } from './client-dir.js';
import { CALENDAR_DATE_FORMAT } from '../contract/domain.js';

export { CLIENT_DIR };

export interface AppOptions {
  config: Config;
  /** The URL the app connects to: the server's, or the embedded database's socket. */
  databaseUrl: string;
  databaseKind: 'embedded' | 'server';
  /** Serve the built client from dist/client (default: when it exists). */
  serveClient?: boolean;
  /** Run background jobs on the pg-boss queue (default). Off: mail is delivered inline. */
  jobQueue?: boolean;
  /** The clock of calendar decisions (a report's benchmark window); tests set it. Default: the system's. */
  clock?: () => Date;
  /** Where the log goes (default standard output); the anonymity tests read it. */
  logStream?: { write(line: string): void };
  /** Where request limits count (default: in memory embedded, where one server has the folder; else in the database). */
  rateWindows?: RateWindowStore;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: RootDb;
    runtime: AppOptions;
    now: () => Date;
    pdfs: PdfQueue;
    rateWindows: RateWindows;
    firstAdminSetup: FirstAdminSetup;
  }
}

/**
 * Node's own limits for slow clients (docs/operations.md): the whole request, including a
 * 20 MB import on a slow line, within 2 minutes; its headers within 15 seconds. An idle
 * kept-alive connection is closed after 72 seconds, longer than the 60 s idle timeout of common
 * load balancers, which otherwise reuse a connection the server has just closed (a 502).
 * Node looks for connections over these limits every `checkEveryMs` (its default, 30 s, let a
 * slow-header connection live 45 s instead of 15).
 */
export const SERVER_TIMEOUTS = { requestMs: 120_000, headersMs: 15_000, keepAliveMs: 72_000, checkEveryMs: 5_000 };

/** How requests are validated against the contract's schemas (exported for the test that holds the client's checks to the same codes). */
export const AJV_OPTIONS = {
  // Unknown fields are an error the caller should hear about, not something to drop silently.
  removeAdditional: false,
  allErrors: true,
  coerceTypes: 'array',
  useDefaults: true,
  // A calendar date's shape is its pattern; whether the day exists the services check
  // (isCalendarDate), so an impossible date is named beside the request's other mistakes (422).
  formats: { [CALENDAR_DATE_FORMAT]: true },
} as const;

/** Builds the app without listening: main.ts listens, tests use inject(). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.config.logLevel, serializers: { req: requestSerializer }, ...(options.logStream && { stream: options.logStream }) },
    bodyLimit: 1024 * 1024,
    // A connection that sends its request slowly is cut off instead of holding a socket for ever.
    requestTimeout: SERVER_TIMEOUTS.requestMs,
    http: { connectionsCheckingInterval: SERVER_TIMEOUTS.checkEveryMs },
    keepAliveTimeout: SERVER_TIMEOUTS.keepAliveMs,
    trustProxy: options.config.trustProxy.length > 0 ? options.config.trustProxy : false,
    // The router's own refusals (a broken %-escape, an over-long path parameter) come before any
    // error handler: answer them as problem+json like everything else.
    frameworkErrors: (error, request, reply) =>
      error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? sendCodedProblem(reply, request, 414, 'URI Too Long', { code: 'request.uriTooLong' })
        : sendCodedProblem(reply, request, 400, 'Bad Request', { code: 'request.badAddress' }),
    ajv: {
      customOptions: AJV_OPTIONS,
    },
    // Compiled once per process, not per app and route (see schema-compilers.ts).
    schemaController: { compilersFactory: sharedSchemaCompilers },
    // Responses with a union (a date or null) are serialized through fast-json-stringify's own Ajv,
    // which must know the format too, or it warns on every start.
    serializerOpts: { ajv: { formats: AJV_OPTIONS.formats } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.server.headersTimeout = SERVER_TIMEOUTS.headersMs;
  app.decorate('runtime', options);
  app.decorate('now', options.clock ?? (() => new Date()));
  app.decorate('pdfs', new PdfQueue());
  registerProblemHandlers(app);
  const allowedMethods = new AllowedMethods();
  allowedMethods.watch(app);
  limitJsonDepth(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS only makes sense when people reach us over https.
    hsts: options.config.publicUrl.startsWith('https://'),
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'SPUR review platform API',
        description: 'Quality reviews of Swedish specialist medical training (ST).',
        version: '0.1.0',
      },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const embedded = options.databaseKind === 'embedded';
  await app.register(fastifyPostgres, poolOptions(options.databaseUrl, embedded));
  // A database restart ends idle connections; the pool replaces them. Without a listener the
  // pool's 'error' event would bring the whole server down.
  // (Only code and message: the error carries the whole pg client, kilobytes per log line.)
  const closed = (error: Error & { code?: string }) => ({ code: error.code, reason: error.message });
  app.pg.pool.on('error', (error) => app.log.warn(closed(error), 'an idle database connection was closed'));
  // The pool only listens on idle connections. One that is checked out (a transaction between
  // two statements) gets the restart's "terminating connection" as an 'error' event of its own,
  // which without a listener ends the process. Its next query fails and the pool drops it.
  app.pg.pool.on('connect', (client) => {
    client.on('error', (error) => app.log.warn(closed(error), 'a database connection was closed'));
  });
  app.decorate('db', new Kysely<Database>({ dialect: new PostgresDialect({ pool: app.pg.pool }) }));
  app.decorate('firstAdminSetup', new FirstAdminSetup());
  // The queue gets its own few connections; embedded, all must fit in EMBEDDED_MAX_CONNECTIONS.
  app.decorate('jobs', await startJobs(app, options.jobQueue ?? true, embedded ? 2 : 4));
  app.addHook('onClose', async () => app.jobs.stop());

  const store = options.rateWindows ?? (embedded ? 'memory' : 'database');
  const windows: RateWindows = store === 'memory' ? new MemoryWindows() : new DatabaseWindows(app.db);
  app.decorate('rateWindows', windows);
  await app.register(fastifyRateLimit, {
    global: false,
    store: rateLimitStore(app.rateWindows),
    // The plugin's own sentence is English and says "1 minute" whatever the wait: say how long, in the caller's language.
    errorResponseBuilder: (_request, context) =>
      new DomainError(context.statusCode, context.statusCode === 429 ? 'Too Many Requests' : 'Forbidden', {
        code: 'request.rateLimited',
        params: { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) },
      }),
  });
  await app.register(sessionPlugin);

  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(healthRoutes);
      await api.register(authRoutes);
      await api.register(userRoutes);
      await api.register(auditRoutes);
      await api.register(mailRoutes);
      await api.register(hospitalRoutes);
      await api.register(targetRoutes);
      await api.register(organisationRoutes);
      await api.register(directorAnnualRoutes);
      await api.register(mappingRoutes);
      await api.register(surveyRoutes);
      // Closing a review freezes the report's figures in the same transaction.
      await api.register(reviewRoutes, { onClosing: ensureSnapshot });
      await api.register(respondentRoutes);
      await api.register(invitationRoutes);
      await api.register(respondRoutes);
      await api.register(reportRoutes);
      await api.register(reportAuthoringRoutes);
      await api.register(commentRoutes);
      await api.register(siteVisitRoutes);
      await api.register(documentRoutes);
      await api.register(hospitalReviewRoutes);
      await api.register(coverageRoutes);
      await api.register(programmeRoutes);
      await api.register(poolImportRoutes);
      await api.register(demoRoutes);
    },
    { prefix: '/api' },
  );

  const serveClient = options.serveClient ?? fs.existsSync(path.join(CLIENT_DIR, 'index.html'));
  if (serveClient) {
    await app.register(fastifyStatic, { root: CLIENT_DIR, wildcard: false, index: false });
  }

  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    if (serveClient && isPage) {
      // Client-side routes (/s/<token>, /reviews/…) all load the single-page app.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const path = request.url.split('?')[0];
    const allowed = allowedMethods.at(path);
    if (allowed.length > 0) {
      return sendCodedProblem(reply.header('allow', allowed.join(', ')), request, 405, 'Method Not Allowed', {
        code: 'route.methodNotAllowed',
        params: { method: request.method, path },
      });
    }
    return sendCodedProblem(reply, request, 404, 'Not Found', { code: 'route.notFound', params: { method: request.method, path } });
  });

  return app;
}
