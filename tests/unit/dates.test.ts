import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  daysBefore,
  isCalendarDate,
  monthOf,
  monthsSpanned,
  todayInSweden,
  wholeMonthsWithin,
} from '../../contract/dates.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/** The Gregorian rule written out, as an oracle that shares no code with date-fns. */
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

const aDate = fc
  .record({ y: fc.integer({ min: 1, max: 9998 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));

describe('isCalendarDate', () => {
  it('takes real days and nothing else', () => {
    for (const day of ['2027-01-31', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) expect(isCalendarDate(day), day).toBe(true);
    for (const day of [
      '2027-02-29',
      '1900-02-29',
      '2030-02-30',
      '2027-04-31',
      '2027-13-01',
      '2027-00-10',
      '2027-01-00',
      '0000-01-01',
      '2027-1-31',
      '2027-01-31T00:00',
      ' 2027-01-31',
      '',
      '20270131',
    ])
      expect(isCalendarDate(day), day).toBe(false);
  });

  it('agrees with the Gregorian calendar for any year, month and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const real = y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
        expect(isCalendarDate(ymd(y, m, d))).toBe(real);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the date of any moment, in UTC and in Sweden', () => {
    const moments = fc.date({ min: new Date('0001-01-02T00:00:00Z'), max: new Date('9999-12-30T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(moments, (moment) => {
        expect(isCalendarDate(moment.toISOString().slice(0, 10))).toBe(true);
        expect(isCalendarDate(todayInSweden(moment))).toBe(true);
      }),
    );
  });

  it('refuses anything not shaped YYYY-MM-DD', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/^\d{4}-\d{2}-\d{2}$/.test(text));
        expect(isCalendarDate(text)).toBe(false);
      }),
    );
  });
});

describe('todayInSweden', () => {
  it('is the date on Swedish clocks, not UTC’s', () => {
    expect(todayInSweden(new Date('2026-11-30T22:59:59Z'))).toBe('2026-11-30');
    expect(todayInSweden(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    // Summer time: UTC+2.
    expect(todayInSweden(new Date('2027-06-30T21:59:59Z'))).toBe('2027-06-30');
    expect(todayInSweden(new Date('2027-06-30T22:00:00Z'))).toBe('2027-07-01');
    expect(todayInSweden(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('holds across the nights the clocks change', () => {
    // 2027-03-28: 02:00 CET becomes 03:00 CEST.
    expect(todayInSweden(new Date('2027-03-27T22:59:59Z'))).toBe('2027-03-27');
    expect(todayInSweden(new Date('2027-03-27T23:00:00Z'))).toBe('2027-03-28');
    expect(todayInSweden(new Date('2027-03-28T21:59:59Z'))).toBe('2027-03-28');
    expect(todayInSweden(new Date('2027-03-28T22:00:00Z'))).toBe('2027-03-29');
    // 2027-10-31: 03:00 CEST becomes 02:00 CET; 02:30 happens twice.
    expect(todayInSweden(new Date('2027-10-30T21:59:59Z'))).toBe('2027-10-30');
    expect(todayInSweden(new Date('2027-10-30T22:00:00Z'))).toBe('2027-10-31');
    expect(todayInSweden(new Date('2027-10-31T00:30:00Z'))).toBe('2027-10-31');
    expect(todayInSweden(new Date('2027-10-31T01:30:00Z'))).toBe('2027-10-31');
    expect(todayInSweden(new Date('2027-10-31T22:59:59Z'))).toBe('2027-10-31');
    expect(todayInSweden(new Date('2027-10-31T23:00:00Z'))).toBe('2027-11-01');
  });
});

describe('addCalendarMonths', () => {
  it('lands on the last day of a shorter month', () => {
    expect(addCalendarMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2027-01-31', 3)).toBe('2027-04-30');
    expect(addCalendarMonths('2026-11-29', 3)).toBe('2027-02-28');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-11-29', 3)).toBe('2028-02-29');
    expect(addCalendarMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addCalendarMonths('2027-11-28', 3)).toBe('2028-02-28');
    expect(addCalendarMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addCalendarMonths('2027-02-28', 3)).toBe('2027-05-28');
    expect(addCalendarMonths('2028-02-29', 3)).toBe('2028-05-29');
    expect(addCalendarMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-01-15', -13)).toBe('2025-12-15');
  });

  it('keeps the day when the month has it and otherwise takes the month’s last', () => {
    fc.assert(
      fc.property(
        aDate.filter(({ y }) => y > 10 && y < 9990),
        fc.integer({ min: -120, max: 120 }),
        ({ y, m, d }, months) => {
          const index = y * 12 + (m - 1) + months;
          const [ty, tm] = [Math.floor(index / 12), (index % 12) + 1];
          expect(addCalendarMonths(ymd(y, m, d), months)).toBe(ymd(ty, tm, Math.min(d, daysIn(ty, tm))));
        },
      ),
    );
  });
});

describe('calendar days', () => {
  it('counts days across month ends, leap days and the clock changes', () => {
    expect(calendarDaysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(calendarDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(calendarDaysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(calendarDaysBetween('2027-10-30', '2027-11-01')).toBe(2);
    expect(calendarDaysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('adds and counts consistently', () => {
    fc.assert(
      fc.property(
        aDate.filter(({ y }) => y > 20 && y < 9980),
        fc.integer({ min: -4000, max: 4000 }),
        ({ y, m, d }, days) => {
          const from = ymd(y, m, d);
          const to = addCalendarDays(from, days);
          expect(isCalendarDate(to)).toBe(true);
          expect(calendarDaysBetween(from, to)).toBe(days);
          expect(addCalendarDays(to, -days)).toBe(from);
        },
      ),
    );
  });
});

describe('monthOf', () => {
  it('is the first of the UTC month, as the pool files answers', () => {
    expect(monthOf(new Date('2027-01-31T23:30:00Z'))).toBe('2027-01-01');
    expect(monthOf(new Date('2027-02-01T00:00:00Z'))).toBe('2027-02-01');
    expect(monthOf(new Date('2028-02-29T12:00:00Z'))).toBe('2028-02-01');
  });

  it('is the month of the moment’s ISO form', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }), (moment) => {
        expect(monthOf(moment)).toBe(`${moment.toISOString().slice(0, 7)}-01`);
      }),
    );
  });
});

describe('daysBefore', () => {
  it('is whole 24-hour days whatever the zone, so generated data is the same everywhere', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 1000 }),
        (moment, days) => {
          const earlier = daysBefore(moment, days);
          expect(moment.getTime() - earlier.getTime()).toBe(days * 24 * 3600 * 1000);
          expect(earlier.toISOString()).toMatch(/Z$/);
        },
      ),
    );
  });
});

describe('wholeMonthsWithin', () => {
  it('takes the months a range covers from their first to their last day', () => {
    expect(wholeMonthsWithin('2024-01-01', '2025-10-13')).toEqual({ fromMonth: '2024-01-01', untilMonth: '2025-09-01' });
    expect(wholeMonthsWithin('2024-01-02', '2025-10-31')).toEqual({ fromMonth: '2024-02-01', untilMonth: '2025-10-01' });
    expect(wholeMonthsWithin('2024-02-01', '2024-02-29')).toEqual({ fromMonth: '2024-02-01', untilMonth: '2024-02-01' });
    expect(wholeMonthsWithin('2023-02-01', '2023-02-28')).toEqual({ fromMonth: '2023-02-01', untilMonth: '2023-02-01' });
    expect(wholeMonthsWithin('2024-02-01', '2024-02-28')).toBeNull();
    expect(wholeMonthsWithin('2025-10-02', '2025-11-30')).toEqual({ fromMonth: '2025-11-01', untilMonth: '2025-11-01' });
    expect(wholeMonthsWithin('2025-10-02', '2025-11-29')).toBeNull();
    expect(wholeMonthsWithin('2025-12-31', '2026-01-01')).toBeNull();
  });

  it('is exactly the months whose every day lies in the range, for any range', () => {
    const toDays = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
    fc.assert(
      fc.property(
        aDate.filter((d) => d.y >= 1971 && d.y <= 2200),
        fc.integer({ min: 0, max: 800 }),
        (start, length) => {
          const from = ymd(start.y, start.m, start.d);
          const until = new Date((toDays(start.y, start.m, start.d) + length) * 86_400_000).toISOString().slice(0, 10);
          // The oracle: walk the months from the start's month on and keep those inside the range.
          const inside: string[] = [];
          for (let y = start.y, m = start.m; ymd(y, m, 1) <= until; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
            if (ymd(y, m, 1) >= from && ymd(y, m, daysIn(y, m)) <= until) inside.push(ymd(y, m, 1));
          }
          const whole = wholeMonthsWithin(from, until);
          expect(whole).toEqual(inside.length ? { fromMonth: inside[0], untilMonth: inside[inside.length - 1] } : null);
          if (whole) expect(monthsSpanned(whole.fromMonth, whole.untilMonth)).toBe(inside.length);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
