import { describe, expect, it } from 'vitest';
import { poolMonth } from '../../server/features/benchmark/repository.js';
import { windowStart } from '../../server/features/report/snapshot.js';
import { defaultDue } from '../../server/features/site-visit/action-plan.js';
import { reachedStage } from '../../server/features/site-visit/reminders.js';

const at = (iso: string) => new Date(iso);
const stage = (dueOn: string, now: string) => reachedStage(dueOn, at(now))?.stage ?? null;

describe('the action plan’s default deadline', () => {
  it('is three months after the publication day, or the last day of a shorter month', () => {
    expect(defaultDue(at('2027-01-31T10:00:00Z'))).toBe('2027-04-30');
    expect(defaultDue(at('2026-11-29T12:00:00Z'))).toBe('2027-02-28');
    expect(defaultDue(at('2026-11-30T12:00:00Z'))).toBe('2027-02-28');
    expect(defaultDue(at('2027-11-29T12:00:00Z'))).toBe('2028-02-29');
    expect(defaultDue(at('2027-11-30T12:00:00Z'))).toBe('2028-02-29');
    expect(defaultDue(at('2027-02-28T12:00:00Z'))).toBe('2027-05-28');
    expect(defaultDue(at('2028-02-29T12:00:00Z'))).toBe('2028-05-29');
    expect(defaultDue(at('2027-08-31T12:00:00Z'))).toBe('2027-11-30');
  });

  it('counts from the day in Sweden, where the report is read', () => {
    // 23:30 UTC on 30 November is 00:30 on 1 December in Stockholm.
    expect(defaultDue(at('2026-11-30T23:30:00Z'))).toBe('2027-03-01');
    expect(defaultDue(at('2026-11-30T22:59:59Z'))).toBe('2027-02-28');
    // Summer time: 22:30 UTC on 31 May is already 1 June.
    expect(defaultDue(at('2027-05-31T22:30:00Z'))).toBe('2027-09-01');
  });
});

describe('the reminder stage reached', () => {
  it('is nothing until 30 days before, then the 30- and 7-day reminders, and overdue only the day after the deadline', () => {
    const due = '2027-06-15';
    expect(stage(due, '2027-05-15T10:00:00Z')).toBeNull();
    expect(stage(due, '2027-05-16T10:00:00Z')).toBe('due-30');
    expect(stage(due, '2027-06-07T10:00:00Z')).toBe('due-30');
    expect(stage(due, '2027-06-08T10:00:00Z')).toBe('due-7');
    expect(stage(due, '2027-06-15T00:00:00Z')).toBe('due-7');
    expect(stage(due, '2027-06-15T21:59:59Z')).toBe('due-7'); // 23:59:59 in Stockholm, still the due day
    expect(stage(due, '2027-06-15T22:00:00Z')).toBe('overdue'); // midnight in Stockholm
    expect(stage(due, '2028-01-01T10:00:00Z')).toBe('overdue');
  });

  it('counts Swedish days through the night the clocks go forward (2027-03-28, 02:00 → 03:00)', () => {
    // 01:30 CET, then 03:30 CEST: 02:30 does not happen that night.
    expect(stage('2027-03-28', '2027-03-28T00:30:00Z')).toBe('due-7');
    expect(stage('2027-03-28', '2027-03-28T01:30:00Z')).toBe('due-7');
    expect(stage('2027-03-27', '2027-03-28T00:30:00Z')).toBe('overdue');
    expect(stage('2027-03-28', '2027-03-28T21:59:59Z')).toBe('due-7');
    expect(stage('2027-03-28', '2027-03-28T22:00:00Z')).toBe('overdue');
    // The 30-day reminder starts at Swedish midnight 30 days before, whichever side of the change.
    expect(stage('2027-04-27', '2027-03-27T22:59:59Z')).toBeNull();
    expect(stage('2027-04-27', '2027-03-27T23:00:00Z')).toBe('due-30');
    expect(stage('2027-04-04', '2027-03-27T23:30:00Z')).toBe('due-7');
    expect(stage('2027-04-05', '2027-03-28T01:30:00Z')).toBe('due-30');
  });

  it('counts Swedish days through the night the clocks go back (2027-10-31, 03:00 → 02:00)', () => {
    // 02:30 happens twice: 00:30 UTC (summer time) and 01:30 UTC (winter time).
    for (const now of ['2027-10-31T00:30:00Z', '2027-10-31T01:30:00Z']) {
      expect(stage('2027-10-31', now)).toBe('due-7');
      expect(stage('2027-10-30', now)).toBe('overdue');
      expect(stage('2027-11-07', now)).toBe('due-7');
      expect(stage('2027-11-08', now)).toBe('due-30');
      expect(stage('2027-11-30', now)).toBe('due-30');
      expect(stage('2027-12-01', now)).toBeNull();
    }
    expect(stage('2027-10-31', '2027-10-31T22:59:59Z')).toBe('due-7');
    expect(stage('2027-10-31', '2027-10-31T23:00:00Z')).toBe('overdue');
  });
});

describe('the benchmark window', () => {
  it('starts on the first of the month months − 1 before the current one, across years', () => {
    expect(windowStart(24, at('2027-01-15T12:00:00Z'))).toBe('2025-02-01');
    expect(windowStart(12, at('2026-12-31T12:00:00Z'))).toBe('2026-01-01');
    expect(windowStart(13, at('2027-01-01T00:00:00Z'))).toBe('2026-01-01');
    expect(windowStart(2, at('2027-01-31T12:00:00Z'))).toBe('2026-12-01');
    expect(windowStart(3, at('2028-02-29T12:00:00Z'))).toBe('2027-12-01');
    expect(windowStart(1, at('2027-03-31T12:00:00Z'))).toBe('2027-03-01');
  });

  it('uses the same months as the pool files answers in', () => {
    for (const now of ['2026-12-31T23:30:00Z', '2027-01-01T00:00:00Z', '2027-03-28T01:30:00Z', '2027-10-31T23:30:00Z']) {
      expect(windowStart(1, at(now))).toBe(poolMonth(at(now)));
    }
  });
});
