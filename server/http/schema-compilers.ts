import type { FastifyServerOptions } from 'fastify';
import { createRequire } from 'node:module';

/**
 * Fastify's own schema compilers (Ajv for requests, fast-json-stringify for responses), built
 * once per process instead of once per app and route. Fastify builds a fresh Ajv for every app
 * and compiles every route's response schemas anew, though most routes share them (every error
 * answer is the same Problem): that was 2–2.5 s of CPU on each app's start, and the tests start
 * an app per test file or per test. Now the first app of a process compiles each schema once
 * (0.7 s) and every further app reuses them (under 0.05 s).
 *
 * The compilers are the very packages Fastify would load itself, resolved from Fastify, so
 * requests validate and responses serialise exactly as they did.
 *
 * One difference, none today: with compilers given, Fastify no longer lower-cases the keys of a
 * `headers` schema, so such a schema must name its headers in lower case (as Node delivers them).
 */
const fromFastify = createRequire(createRequire(import.meta.url).resolve('fastify'));

interface ValidatorRoute {
  schema?: unknown;
  method: string;
  url: string;
  httpPart: string;
}
interface SerializerRoute {
  schema?: unknown;
  method: string;
  url: string;
  httpStatus: string;
}
type Serialize = (doc: unknown) => string;
type BuildValidator = (externalSchemas: unknown, ajvOptions: unknown) => (route: ValidatorRoute) => unknown;
type BuildSerializer = (externalSchemas: unknown, serializerOptions: unknown) => (route: SerializerRoute) => Serialize;

// The Ajv compiler keeps one Ajv per set of shared schemas and options, and Ajv keeps each schema
// it compiled (by the schema object), so a schema is compiled once per process.
const buildValidator = (fromFastify('@fastify/ajv-compiler') as { AjvCompiler: () => BuildValidator }).AjvCompiler();

// fast-json-stringify keeps nothing: compiled serialisers are kept here, by schema object and options.
const serializerFactory = (fromFastify('@fastify/fast-json-stringify-compiler') as { SerializerSelector: () => BuildSerializer }).SerializerSelector();
const serializers = new WeakMap<object, Map<string, Serialize>>();

const buildSerializer: BuildSerializer = (externalSchemas, serializerOptions) => {
  const compile = serializerFactory(externalSchemas, serializerOptions);
  const options = JSON.stringify([externalSchemas, serializerOptions]);
  return (route) => {
    if (typeof route.schema !== 'object' || route.schema === null) return compile(route);
    let byOptions = serializers.get(route.schema);
    if (!byOptions) serializers.set(route.schema, (byOptions = new Map()));
    let serialize = byOptions.get(options);
    if (!serialize) byOptions.set(options, (serialize = compile(route)));
    return serialize;
  };
};

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

/** For Fastify's `schemaController.compilersFactory` option (its types describe the Ajv compiler's own, not the call Fastify makes). */
export const sharedSchemaCompilers = { buildValidator, buildSerializer } as unknown as CompilersFactory;
