import fc from 'fast-check';

/**
 * Request generators for the fuzz suite (tests/integration/fuzz.test.ts). An arbitrary here
 * yields a small, printable description of a request (`FuzzRequest`); `toInject` turns it into
 * inject() options, so a failure prints the case, not a megabyte of payload.
 */

/** The subset of JSON Schema the app's TypeBox schemas use, as the OpenAPI document shows them. */
export interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  additionalProperties?: boolean | Schema;
}

export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; contentType?: string }
  | { kind: 'text'; text: string; contentType: string }
  | { kind: 'bytes'; bytes: number[]; contentType: string }
  /** A JSON body whose first string gets raw bytes that are not UTF-8. */
  | { kind: 'badUtf8'; value: unknown; bytes: number[] }
  | { kind: 'nested'; depth: number; open: '[' | '{"a":' }
  /** Over the 1 MiB body limit: expect 413. */
  | { kind: 'huge' };

export interface FuzzRequest {
  what: string;
  /** Raw path segments replacing the route's `:params` (already percent-encoded as sent). */
  params: Record<string, string>;
  query: string;
  body: Body;
}

export const BODY_LIMIT = 1024 * 1024;
const HUGE = `{"x":"${'a'.repeat(BODY_LIMIT + 10)}"}`;

/** Strings that have broken web apps: control characters, broken UTF-16, bidi, SQL, paths, formulas. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\udc00\ud800',
  '\u202eevil\u202c',
  '\u200f\u200e\u061c',
  'مرحبا بالعالم',
  'שלום',
  '\ufeffBOM',
  '\u0301\u0301\u0301',
  'Z̷̢͕a̶͓l̵g̸o',
  '👩‍⚕️🏥',
  '\r\n\t\v\f\b',
  '\u2028\u2029',
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '" OR ""="',
  '1; SELECT pg_sleep(10)',
  "'); INSERT INTO users(email) VALUES ('x'); --",
  '$$; SELECT 1; $$',
  '\\',
  "\\'",
  '%00',
  '%s%s%n',
  '../../../../etc/passwd',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '__proto__',
  'constructor',
  'NaN',
  'null',
  'true',
  '9'.repeat(40),
  '-9223372036854775809',
  '1e309',
  'x'.repeat(5_000),
];

/** Raw path segments that are not a valid value of any of the app's params. */
const BAD_SEGMENTS = [
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  '+1',
  ' 1',
  '%201',
  '01',
  '%00',
  '%',
  '%ZZ',
  '%ED%A0%80',
  '%C3%28',
  '%FF',
  '9'.repeat(19),
  '9'.repeat(1000),
  'a'.repeat(5000),
  'null',
  'undefined',
  '..',
  '%2E%2E',
  '%2F',
  'NaN',
  encodeURIComponent("1' OR '1'='1"),
  encodeURIComponent('1; DROP TABLE users'),
  encodeURIComponent('<x>'),
  encodeURIComponent('\u202e1'),
  encodeURIComponent('١٢٣'),
  '%EF%BC%91',
];

const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/problem+json',
  'garbage',
  'application/json, text/csv',
  'text/csv',
  'application/octet-stream',
  '*/*',
  'application/',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/html; charset=utf-8',
];

const MALFORMED_JSON = [
  '',
  '{',
  '}',
  '{"a":',
  '[1,2',
  '{"a":1,}',
  "{'a':1}",
  'NaN',
  'undefined',
  '{"a":1}{"b":2}',
  '\ufeff{}',
  '{"a":"\u0000"}',
  '{"a":1e999999}',
  '{"a":-}',
  '{"a":01}',
  '{"a":"\\x41"}',
  '{"a":"\\u12"}',
  '{a:1}',
  '[]]',
  '"unterminated',
  'nul',
  'tru',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"a":1,"a":2}',
  ' '.repeat(1000),
  '\u0000',
];

/** Percent-encodes like encodeURIComponent but never throws on a lone surrogate (it sends U+FFFD). */
export function encodeSegment(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

const nastyString = (maxLength = 10_000): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 10 })).map(([a, b]) => a + b) },
    )
    // Slicing can split a surrogate pair: more broken UTF-16, which is welcome.
    .map((s) => s.slice(0, maxLength));

// Values that exist only to fill a field validly; known patterns of the app's contract get a matching string.
const PATTERN_SAMPLES: Record<string, string> = {
  '^[1-9][0-9]{0,17}$': '1',
  '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$': 'fuzz@example.se',
  '^\\d{4}-\\d{2}-\\d{2}$': '2030-01-01',
  '^[A-Za-z0-9_-]{1,40}$': 'FUZZ-1',
  '^[0-9a-f]{12}$': '000000000000',
  '^[a-z0-9-]{1,60}$': 'fuzz',
  '^[A-H]$': 'A',
  '^[0-9]+:[A-Za-z0-9.-]+$': '1:A.x',
  '^[A-H][0-9]{1,2}$': 'A1',
  '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$': '6f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5',
};

function sampleString(schema: Schema): string | undefined {
  if (schema.format === 'date-time') return '2030-01-01T08:00:00Z';
  if (schema.pattern) return PATTERN_SAMPLES[schema.pattern] ?? 'x';
  return undefined;
}

function enumValues(schema: Schema): unknown[] | undefined {
  if (schema.enum) return schema.enum;
  if (schema.anyOf && schema.anyOf.every((s) => enumValues(s))) return schema.anyOf.flatMap((s) => enumValues(s)!);
  return undefined;
}

/** Fills a free-form object (survey answers): real item ids as keys some of the time. */
export interface ShapeOptions {
  /** Keys worth using in free-form objects (e.g. the survey's item ids). */
  keys: string[];
}

/**
 * Values of the schema's shape, valid as far as types, lengths and known patterns go, with
 * strings from NASTY_STRINGS where the field has no pattern: this is what gets past validation
 * into the services and the database.
 */
export function shaped(schema: Schema, options: ShapeOptions, depth = 0): fc.Arbitrary<unknown> {
  const arbitrary = shapedInner(schema, options, depth);
  return schema.nullable ? fc.oneof(arbitrary, fc.constant(null)) : arbitrary;
}

function shapedInner(schema: Schema, options: ShapeOptions, depth: number): fc.Arbitrary<unknown> {
  const values = enumValues(schema);
  if (values) return fc.constantFrom(...values);
  switch (schema.type) {
    case 'string': {
      const sample = sampleString(schema);
      if (sample !== undefined) return fc.constant(sample);
      const min = schema.minLength ?? 0;
      return nastyString(schema.maxLength).map((s) => (s.length >= min ? s : s + 'x'.repeat(min - s.length)));
    }
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(shaped(schema.items ?? {}, options, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case 'object':
    case undefined: {
      if (schema.properties) {
        const model = Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, shaped(s, options, depth + 1)]));
        return fc.record(model, { requiredKeys: schema.required ?? [] });
      }
      if (schema.type === undefined && !schema.additionalProperties) return anyValue(depth);
      const valueSchema =
        typeof schema.additionalProperties === 'object' && Object.keys(schema.additionalProperties).length > 0 ? schema.additionalProperties : null;
      const key = fc.oneof(fc.constantFrom(...(options.keys.length ? options.keys : ['x'])), nastyString(80));
      const value = valueSchema ? shaped(valueSchema, options, depth + 1) : anyValue(depth);
      return fc.dictionary(key, value, { maxKeys: 8 });
    }
    default:
      return anyValue(depth);
  }
}

/** Any JSON value, with answers-like integers and nasty strings more often than chance gives them. */
function anyValue(depth: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.integer({ min: -1, max: 5 }),
    nastyString(),
    depth > 3 ? fc.constant(null) : fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(1e308, -0, 2 ** 53 + 1, 0.1, -1e-308),
  );
}

/** A value whose JSON type (or range, length, pattern) the field does not accept. */
function wrongValue(schema: Schema): fc.Arbitrary<unknown> {
  const wrong: unknown[] = [{}, [], [[]], { a: 1 }, true, 'not-a-number', 1.5, -1, 1e308];
  if (!schema.nullable) wrong.push(null);
  if (schema.type !== 'string') wrong.push('', '1', 'x'.repeat(300));
  if (schema.type === 'string' && schema.maxLength !== undefined) wrong.push('x'.repeat(schema.maxLength + 1));
  if (schema.type === 'string' && (schema.minLength ?? 0) > 0) wrong.push('');
  if (schema.minimum !== undefined) wrong.push(schema.minimum - 1);
  if (schema.maximum !== undefined) wrong.push(schema.maximum + 1, Number.MAX_SAFE_INTEGER + 2);
  if (schema.maxItems !== undefined) wrong.push(Array.from({ length: schema.maxItems + 1 }, (_, i) => String(i + 1)));
  const options = [fc.constantFrom(...wrong)];
  if (schema.pattern || schema.format || enumValues(schema))
    options.push(nastyString(100).filter((s) => s !== sampleString(schema) && !enumValues(schema)?.includes(s)));
  return fc.oneof(...options);
}

/** Paths (property names from the root) of every field the schema declares. */
function fieldPaths(schema: Schema, prefix: string[] = []): { path: string[]; schema: Schema }[] {
  const own = prefix.length ? [{ path: prefix, schema }] : [];
  if (!schema.properties) return own;
  return [...own, ...Object.entries(schema.properties).flatMap(([k, s]) => fieldPaths(s, [...prefix, k]))];
}

function setAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const base = value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  base[path[0]] = setAt(base[path[0]], path.slice(1), replacement);
  return base;
}

/** A shaped body with one field made wrong, one required field left out, or an unknown one added. */
function mutatedBody(schema: Schema, options: ShapeOptions): fc.Arbitrary<unknown> {
  const fields = fieldPaths(schema);
  const base = shaped(schema, options);
  const mutations: fc.Arbitrary<unknown>[] = [
    fc.tuple(base, fc.constantFrom('unknownField', '__proto__', 'constructor', 'id', ''), fc.jsonValue({ maxDepth: 1 })).map(([b, k, v]) => {
      const copy = b && typeof b === 'object' && !Array.isArray(b) ? { ...(b as object) } : {};
      // defineProperty, so that "__proto__" is sent as a key instead of setting the prototype.
      return Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
    }),
    wrongValue(schema),
  ];
  if (fields.length) {
    mutations.push(fc.tuple(base, fc.constantFrom(...fields)).chain(([b, f]) => wrongValue(f.schema).map((w) => setAt(b, f.path, w))));
  }
  if (schema.required?.length) {
    mutations.push(
      fc.tuple(base, fc.constantFrom(...schema.required)).map(([b, k]) => {
        const copy = { ...(b as Record<string, unknown>) };
        delete copy[k];
        return copy;
      }),
    );
  }
  return fc.oneof(...mutations);
}

export interface EndpointShape {
  /** The route's params with a real value each, so the handler is reached. */
  params: Record<string, string>;
  body?: Schema;
  query?: Schema;
  /** Routes that take a file (CSV/XLSX) as the body. */
  file?: boolean;
}

const okParams = (shape: EndpointShape) => Object.fromEntries(Object.entries(shape.params).map(([k, v]) => [k, encodeSegment(v)]));

function queryString(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  const pairs = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(String(v))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

const junkQuery = fc.oneof(
  fc.constantFrom(
    '?',
    '?%',
    '?%ZZ=1',
    '?a[b]=1',
    '?__proto__[polluted]=1',
    '?constructor[prototype][x]=1',
    '?limit=-1',
    '?limit=1e9',
    '?a=1&a=2&a=3',
    `?x=${'y'.repeat(5000)}`,
    '?%00=%00',
    '?mode=check&mode=import',
    '?;',
    '?&&&',
  ),
  fc
    .array(fc.tuple(nastyString(50), nastyString(50)), { minLength: 1, maxLength: 4 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join('&')}`),
);

/** Bytes a spreadsheet upload might really contain, and some it should never. */
export const fileBody: fc.Arbitrary<Body> = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((b) => ({ kind: 'bytes' as const, bytes: [...b], contentType: 'text/csv' })),
  fc.uint8Array({ maxLength: 2000 }).map((b) => ({
    kind: 'bytes' as const,
    bytes: [0x50, 0x4b, 0x03, 0x04, ...b],
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  })),
  fc
    .tuple(
      fc.constantFrom(',', ';', '\t', '|'),
      fc.array(
        fc.array(
          fc.oneof(
            nastyString(60),
            fc.constantFrom('name', 'email', 'role', 'unit', 'st', 'head', 'x@example.se', '"', '""', '"a""b"', '=1+1', '+1', '-1', '@A1'),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        { minLength: 0, maxLength: 6 },
      ),
      fc.constantFrom('utf8', 'bom', 'latin1', 'utf16le'),
      fc.constantFrom('\r\n', '\n', '\r'),
      fc.constantFrom('text/csv', 'application/octet-stream', 'text/csv; charset=iso-8859-1'),
    )
    .map(([sep, rows, encoding, eol, contentType]) => {
      const text = [['name', 'email', 'role', 'unit'], ...rows].map((r) => r.join(sep)).join(eol);
      const bytes = encoding === 'bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) : Buffer.from(text, encoding);
      return { kind: 'bytes' as const, bytes: [...bytes], contentType };
    }),
);

/** Every kind of bad (and sometimes good) request for one endpoint. */
export function requestsFor(shape: EndpointShape, options: ShapeOptions): fc.Arbitrary<FuzzRequest> {
  const params = okParams(shape);
  const query = shape.query ? shaped(shape.query, options).map(queryString) : fc.constant('');
  const bodySchema: Schema = shape.body ?? {};
  const req = (what: string, body: fc.Arbitrary<Body>, q: fc.Arbitrary<string> = query, p: fc.Arbitrary<Record<string, string>> = fc.constant(params)) =>
    fc.record({ what: fc.constant(what), params: p, query: q, body });
  const json = (value: fc.Arbitrary<unknown>) => value.map((v) => ({ kind: 'json' as const, value: v }));

  const kinds: fc.WeightedArbitrary<FuzzRequest>[] = [
    { weight: 4, arbitrary: req('arbitrary JSON', json(fc.jsonValue({ maxDepth: 4 }))) },
    { weight: 6, arbitrary: req('one field wrong', json(mutatedBody(bodySchema, options))) },
    // Few of these: the ones that pass validation reach argon2 on the auth and user routes (0.1 s each).
    { weight: 1, arbitrary: req('valid shape, nasty strings', json(shaped(bodySchema, options))) },
    {
      weight: 1,
      arbitrary: req(
        'raw bytes that are not UTF-8',
        fc.record({
          kind: fc.constant('badUtf8' as const),
          value: shaped(bodySchema, options),
          bytes: fc.constantFrom<number[]>([0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x00]),
        }),
      ),
    },
    {
      weight: 2,
      arbitrary: req(
        'deeply nested',
        fc.record({ kind: fc.constant('nested' as const), depth: fc.integer({ min: 50, max: 20_000 }), open: fc.constantFrom('[' as const, '{"a":' as const) }),
      ),
    },
    {
      weight: 2,
      arbitrary: req(
        'wrong content type',
        fc.record({
          kind: fc.constant('text' as const),
          text: fc.oneof(fc.string({ maxLength: 200 }), fc.constant('{"a":1}'), fc.constant('a=1&b=2')),
          contentType: fc.constantFrom(...CONTENT_TYPES),
        }),
      ),
    },
    {
      weight: 2,
      arbitrary: req(
        'malformed JSON',
        fc
          .oneof(
            fc.constantFrom(...MALFORMED_JSON),
            shaped(bodySchema, options).chain((v) => {
              const text = JSON.stringify(v) ?? '';
              return fc.nat({ max: Math.max(text.length - 1, 0) }).map((n) => text.slice(0, n));
            }),
          )
          .map((text) => ({ kind: 'text' as const, text, contentType: 'application/json' })),
      ),
    },
    { weight: 2, arbitrary: req('bad query string', json(mutatedBody(bodySchema, options)), junkQuery) },
    { weight: 1, arbitrary: req('no body', fc.constant({ kind: 'none' as const })) },
    { weight: 1, arbitrary: req('body over the limit', fc.constant({ kind: 'huge' as const })) },
  ];
  const names = Object.keys(params);
  if (names.length) {
    const badParams = fc
      .tuple(fc.constantFrom(...names), fc.oneof(fc.constantFrom(...BAD_SEGMENTS), nastyString(100).map(encodeSegment)))
      .map(([name, value]) => ({ ...params, [name]: value }));
    kinds.push({ weight: 3, arbitrary: req('bad path param', json(shaped(bodySchema, options)), query, badParams) });
  }
  if (shape.query)
    kinds.push({ weight: 2, arbitrary: req('query field wrong', json(fc.constant(undefined)), mutatedBody(shape.query, options).map(queryString)) });
  if (shape.file) kinds.push({ weight: 8, arbitrary: req('malformed file', fileBody) });
  return fc.oneof(...kinds);
}

/** The URL and body of a generated request, ready for inject(). */
export function toInject(routeUrl: string, request: FuzzRequest): { url: string; payload?: string | Buffer; headers: Record<string, string> } {
  const url = routeUrl.replace(/:([A-Za-z]+)/g, (_, name: string) => request.params[name] ?? '1') + request.query;
  const body = request.body;
  switch (body.kind) {
    case 'none':
      return { url, headers: {} };
    case 'json': {
      const text = JSON.stringify(body.value);
      return text === undefined ? { url, headers: {} } : { url, payload: text, headers: { 'content-type': body.contentType ?? 'application/json' } };
    }
    case 'text':
      return { url, payload: body.text, headers: { 'content-type': body.contentType } };
    case 'bytes':
      return { url, payload: Buffer.from(body.bytes), headers: { 'content-type': body.contentType } };
    case 'badUtf8': {
      const text = JSON.stringify(body.value) ?? '""';
      const at = text.indexOf('"', Math.max(text.indexOf(':'), 0));
      const cut = at < 0 ? text.length : at + 1;
      return {
        url,
        payload: Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from(body.bytes), Buffer.from(text.slice(cut))]),
        headers: { 'content-type': 'application/json' },
      };
    }
    case 'nested': {
      const close = body.open === '[' ? ']' : '}';
      return { url, payload: body.open.repeat(body.depth) + '1' + close.repeat(body.depth), headers: { 'content-type': 'application/json' } };
    }
    case 'huge':
      return { url, payload: HUGE, headers: { 'content-type': 'application/json' } };
  }
}
