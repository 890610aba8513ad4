import { Type, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import fc from 'fast-check';
import Fastify, { type FastifyError } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { Password } from '../../contract/auth.js';
import { Email } from '../../contract/common.js';
import { Code } from '../../contract/hospitals.js';
import { isCalendarDate } from '../../contract/dates.js';
import {
  AREAS,
  Area,
  CALENDAR_DATE_FORMAT,
  CalendarDate,
  GRADES,
  Grade,
  POINT_STATUSES,
  PointStatus,
  REVIEW_STATUSES,
  ROLES,
  ReviewStatus,
  Role,
  SPECIALTY_GROUP_CODES,
  SPECIALTY_GROUPS,
  SCHEDULE_KINDS,
  ScheduleKind,
  SpecialtyGroup,
  PointId,
  isArea,
  statementArea,
} from '../../contract/domain.js';
import { schemaProblem } from '../../contract/field-check.js';
import { AJV_OPTIONS } from '../../server/app.js';
import { toFieldProblem } from '../../server/http/problem.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Strings in the wire shape, real days or not, and strings that only look like dates. */
const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const anyText = fc.oneof(
  dateLike,
  fc.string({ maxLength: 14 }),
  dateLike.map((d) => d.replace(/-0/g, '-')),
  dateLike.map((d) => `${d}T00:00`),
);

describe('the calendar date schema', () => {
  it('takes exactly the strings isCalendarDate takes', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(Value.Check(CalendarDate, text)).toBe(isCalendarDate(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('names an impossible day as not real, and a day in another shape as how to write one', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const problem = schemaProblem(CalendarDate, text);
        if (isCalendarDate(text)) expect(problem).toBeNull();
        else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) expect(problem).toEqual({ code: 'field.notRealDate', params: { value: text } });
        else expect(problem).toEqual({ code: 'field.date', params: {} });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the domain lists', () => {
  const lists: [string, TSchema, readonly string[]][] = [
    ['roles', Role, ROLES],
    ['areas', Area, AREAS],
    ['grades', Grade, GRADES],
    ['point statuses', PointStatus, POINT_STATUSES],
    ['review statuses', ReviewStatus, REVIEW_STATUSES],
    ['specialty groups', SpecialtyGroup, SPECIALTY_GROUP_CODES],
    ['schedule kinds', ScheduleKind, SCHEDULE_KINDS],
  ];

  it.each(lists)('the schema of the %s takes its listed codes and no other string', (_, schema, codes) => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...codes), fc.string({ maxLength: 12 })), (text) => {
        expect(Value.Check(schema, text)).toBe(codes.includes(text));
        if (!codes.includes(text)) expect(schemaProblem(schema, text)?.code).toBe('field.choice');
      }),
    );
  });

  const idLike = fc
    .tuple(
      fc.oneof(fc.constantFrom(...AREAS), fc.string({ maxLength: 2 })),
      fc.oneof(fc.constant(''), fc.constant('.'), fc.string({ maxLength: 1 })),
      fc.oneof(fc.nat({ max: 200 }).map(String), fc.string({ maxLength: 3 })),
    )
    .map((parts) => parts.join(''));

  it('takes as a checklist point’s id an area’s letter and a number of one or two digits', () => {
    fc.assert(
      fc.property(idLike, (text) => {
        const expected = isArea(text.charAt(0)) && /^[0-9]{1,2}$/.test(text.slice(1));
        expect(Value.Check(PointId, text)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a statement’s area from its id when the id starts with an area’s letter and a dot', () => {
    fc.assert(
      fc.property(idLike, (text) => {
        const area = statementArea(text);
        if (area === null) expect(isArea(text.charAt(0)) && text.charAt(1) === '.').toBe(false);
        else expect(text.startsWith(`${area}.`)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(statementArea('E.5')).toBe('E');
    expect(statementArea('bg.role')).toBeNull();
  });

  it('lists the specialty groups’ codes in the order of their texts', () => {
    expect(SPECIALTY_GROUP_CODES).toEqual(SPECIALTY_GROUPS.map((g) => g.code));
  });
});

/**
 * The server's validator, set up as server/app.ts sets it, except that the calendar date's day is
 * checked here too (the server leaves it to the services, which send the same code).
 */
const server = Fastify({ ajv: { customOptions: { ...AJV_OPTIONS, formats: { [CALENDAR_DATE_FORMAT]: isCalendarDate } } } });
server.setErrorHandler((error: FastifyError, request, reply) => reply.send({ codes: (error.validation ?? []).map((v) => toFieldProblem('body', v).code) }));
const routes: TSchema[] = [];
const serverCodes = async (schema: TSchema, value: unknown): Promise<string[]> => {
  const response = await server.inject({ method: 'POST', url: `/${routes.indexOf(schema)}`, payload: { value } });
  return response.json<{ codes?: string[] }>().codes ?? [];
};
afterAll(() => server.close());

describe('a form names a mistake as the server does', () => {
  const cases: [string, TSchema, fc.Arbitrary<unknown>][] = [
    [
      'an e-mail address',
      Email,
      fc.oneof(
        fc.emailAddress(),
        fc.string({ maxLength: 400 }),
        fc.string({ minLength: 300, maxLength: 400 }).map((s) => `${s}@x.se`),
      ),
    ],
    ['a password', Password, fc.string({ maxLength: 220 })],
    ['a name', Type.String({ minLength: 1, maxLength: 200 }), fc.string({ maxLength: 220 })],
    ['a calendar date', CalendarDate, anyText],
    [
      'a whole number in a range',
      Type.Integer({ minimum: 1, maximum: 50 }),
      fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double({ min: -100, max: 100, noNaN: true })),
    ],
    ['a role', Role, fc.oneof(fc.constantFrom(...ROLES), fc.string({ maxLength: 12 }))],
    ['a hospital’s code', Code, fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), fc.string({ maxLength: 50 }))],
  ];

  for (const [, schema] of cases) {
    server.post(`/${routes.length}`, { schema: { body: Type.Object({ value: schema }) } }, async () => ({ codes: [] }));
    routes.push(schema);
  }

  it.each(cases)('%s: the client’s first problem is one the server reports, and only a fitting value has none', async (_, schema, values) => {
    await fc.assert(
      fc.asyncProperty(values, async (value) => {
        const codes = await serverCodes(schema, value);
        const client = schemaProblem(schema, value);
        if (codes.length === 0) expect(client).toBeNull();
        else expect(codes).toContain(client?.code);
      }),
      { numRuns: 300 },
    );
  });

  it('asks for an e-mail address where one is malformed', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 3, maxLength: 60 }).filter((s) => !s.includes('@')),
        (text) => {
          expect(schemaProblem(Email, text)).toEqual({ code: 'field.email', params: {} });
        },
      ),
    );
  });

  it('gives the limit a length breaks, for the sentence that quotes it', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 9 }).filter((s) => s.length > 0),
        (short) => {
          expect(schemaProblem(Password, short)).toEqual({ code: 'field.tooShort', params: { limit: 10 } });
        },
      ),
    );
    expect(schemaProblem(Password, 'x'.repeat(201))).toEqual({ code: 'field.tooLong', params: { limit: 200 } });
  });
});
