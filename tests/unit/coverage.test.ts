import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarMonths, isCalendarDate } from '../../contract/dates.js';
import { validateReviewRows } from '../../server/features/coverage/rows.js';
import { coverageShares, dueState, earlierStages, nextDue, reachedReminder, reviewedWithinFiveYears } from '../../server/features/coverage/rules.js';

const day = fc
  .date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const years = fc.integer({ min: 1, max: 10 });

describe('when a review falls due', () => {
  it('is due on its due day, overdue the day after, due from 12 months before and on time before that', () => {
    fc.assert(
      fc.property(day, years, (reviewed, interval) => {
        const due = nextDue(reviewed, interval);
        expect(dueState(due, due)).toBe('due');
        expect(dueState(due, addCalendarDays(due, 1))).toBe('overdue');
        expect(dueState(due, addCalendarMonths(due, -12))).toBe('due');
        expect(dueState(due, addCalendarDays(addCalendarMonths(due, -12), -1))).toBe('on_time');
        expect(dueState(null, due)).toBe('never');
      }),
    );
  });

  it('counts calendar years: 29 February falls due on 28 February', () => {
    expect(nextDue('2024-02-29', 5)).toBe('2029-02-28');
    expect(nextDue('2021-06-15', 5)).toBe('2026-06-15');
  });

  it('counts a unit as reviewed within five years up to and including the due day, never before the review', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 2200 }), (reviewed, offset) => {
        const asOf = addCalendarDays(reviewed, offset);
        expect(reviewedWithinFiveYears(reviewed, asOf)).toBe(offset >= 0 && asOf <= addCalendarMonths(reviewed, 60));
      }),
    );
  });

  it('reminds 12 and 3 months ahead, the most urgent reached, none after the due day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -500, max: 30 }), (due, offset) => {
        const today = addCalendarDays(due, offset);
        const stage = reachedReminder(due, today);
        if (today > due || today < addCalendarMonths(due, -12)) expect(stage).toBeNull();
        else if (today >= addCalendarMonths(due, -3)) expect(stage).toBe('3m');
        else expect(stage).toBe('12m');
      }),
    );
    expect(earlierStages('3m')).toEqual(['12m']);
    expect(earlierStages('12m')).toEqual([]);
  });
});

describe('the share reviewed within five years', () => {
  it('the real hospital: 6 of its 15 specialties is 40 %', () => {
    const units = Array.from({ length: 15 }, (_, i) => ({ specialty: `s${String(i).padStart(2, '0')}`, withinFiveYears: i < 6 }));
    expect(coverageShares(units).headline).toEqual({ units: { reviewed: 6, units: 15, percent: 40 }, specialties: { reviewed: 6, units: 15, percent: 40 } });
  });

  it('a specialty counts only when every unit of it was reviewed; per-specialty counts add up to the units', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ specialty: fc.constantFrom('a', 'b', 'c'), withinFiveYears: fc.boolean() }), { maxLength: 30 }), (units) => {
        const { headline, bySpecialty } = coverageShares(units);
        expect(bySpecialty.reduce((n, s) => n + s.units, 0)).toBe(units.length);
        expect(bySpecialty.reduce((n, s) => n + s.reviewed, 0)).toBe(headline.units.reviewed);
        expect(headline.specialties.reviewed).toBe(
          bySpecialty.filter((s) => units.filter((u) => u.specialty === s.specialty).every((u) => u.withinFiveYears)).length,
        );
      }),
    );
  });
});

describe('reading a file of earlier reviews', () => {
  const units = [
    { id: '1', code: 'ORT', name: 'Ortopedkliniken', specialty: 'ortopedi' },
    { id: '2', code: 'KAR', name: 'Kardiologen', specialty: 'kardiologi' },
  ];
  const header = ['Enhet', 'Specialitet', 'Datum', 'Granskare', 'Länk'];
  const TODAY = '2026-11-30';
  const goodRow = fc.record({
    unit: fc.constantFrom('ORT', 'ort', 'Kardiologen', ' KAR '),
    date: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    body: fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0),
    link: fc.constantFrom('', 'https://example.se/r.pdf', 'http://intra.example/x?y=1'),
  });

  it('takes every good row, by unit code or name in any case', () => {
    fc.assert(
      fc.property(fc.array(goodRow, { minLength: 1, maxLength: 20 }), (rows) => {
        const result = validateReviewRows(
          header,
          rows.map((r, i) => ({ line: i + 2, cells: [r.unit, '', r.date, r.body, r.link] })),
          units,
          TODAY,
        );
        expect(result.problems).toEqual([]);
        expect(result.rows.map((r) => r.reviewedOn)).toEqual(rows.map((r) => r.date));
        expect(result.rows.map((r) => r.body)).toEqual(rows.map((r) => r.body.trim()));
      }),
    );
  });

  it('one bad cell anywhere: nothing is taken and the problem names its line and column', () => {
    const badCell = fc.oneof(
      fc.record({ column: fc.constant('unit' as const), index: fc.constant(0), value: fc.constantFrom('NOPE', 'Ortoped') }),
      fc.record({ column: fc.constant('date' as const), index: fc.constant(2), value: fc.constantFrom('2021-02-30', '30/11/2021', '2099-01-01', '') }),
      fc.record({ column: fc.constant('body' as const), index: fc.constant(3), value: fc.constantFrom('', 'x'.repeat(201)) }),
      fc.record({ column: fc.constant('link' as const), index: fc.constant(4), value: fc.constantFrom('javascript:alert(1)', 'ftp://x', 'www.example.se') }),
      fc.record({ column: fc.constant('specialty' as const), index: fc.constant(1), value: fc.constantFrom('kirurgi') }),
    );
    fc.assert(
      fc.property(fc.array(goodRow, { minLength: 1, maxLength: 10 }), fc.nat(), badCell, (rows, at, bad) => {
        const cells = rows.map((r) => [r.unit, '', r.date, r.body, r.link]);
        const victim = at % cells.length;
        cells[victim][bad.index] = bad.value;
        const result = validateReviewRows(
          header,
          cells.map((c, i) => ({ line: i + 2, cells: c })),
          units,
          TODAY,
        );
        expect(result.rows).toEqual([]);
        expect(result.problems.map((p) => [p.line, p.column])).toEqual([[victim + 2, bad.column]]);
      }),
    );
  });

  it('never throws, and what it takes is always a real date not after today', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 30 }), { maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const result = validateReviewRows(
          header,
          rows.map((cells, i) => ({ line: i + 2, cells })),
          units,
          TODAY,
        );
        for (const row of result.rows) expect(isCalendarDate(row.reviewedOn) && row.reviewedOn <= TODAY).toBe(true);
      }),
    );
  });
});
