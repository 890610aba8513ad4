import { addCalendarMonths } from '../../../contract/dates.js';
import { REGULATION_YEARS, type CoverageStatus, type DueState, type ShareOfUnits } from '../../../contract/coverage.js';
import { sharePercent } from '../../../contract/shares.js';

/**
 * The rules of review coverage as plain functions of dates (YYYY-MM-DD, Swedish days).
 * domain.md §1: an external review at least every five years; the organisation may keep a shorter
 * interval. Calendar arithmetic only: a review on 29 February 2024 falls due on 28 February 2029.
 */

/** The day the next external review falls due: the last one's day, `years` calendar years on. */
export function nextDue(lastReviewed: string, years: number): string {
  return addCalendarMonths(lastReviewed, 12 * years);
}

/**
 * Where a due date stands on `asOf`. The due day itself is not late (a review published five
 * years ago today is due today, not overdue), the day after is; "due" is the 12 months up to and
 * including the due day, the window the first reminder opens.
 */
export function dueState(due: string | null, asOf: string): DueState {
  if (due === null) return 'never';
  if (asOf > due) return 'overdue';
  if (asOf >= addCalendarMonths(due, -12)) return 'due';
  return 'on_time';
}

/**
 * A review under way shows as planned, whatever the due date says: that is the answer to "what
 * is being done about it" a study director looks for. The due date's own state is kept beside it
 * (`dueState`), so an overdue unit with a planned review still reads as overdue where it matters.
 */
export function coverageStatus(state: DueState, planned: boolean): CoverageStatus {
  return planned ? 'planned' : state;
}

/** Whether a unit last reviewed on `lastReviewed` counts as reviewed within the regulation's five years on `asOf` (the due day still counts). */
export function reviewedWithinFiveYears(lastReviewed: string | null, asOf: string): boolean {
  return lastReviewed !== null && lastReviewed <= asOf && asOf <= nextDue(lastReviewed, REGULATION_YEARS);
}

export const REMINDER_STAGES = [
  { stage: '3m', monthsBefore: 3 },
  { stage: '12m', monthsBefore: 12 },
] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number]['stage'];

/**
 * The most urgent reminder a review due on `due` has reached on `today`, or null: none before 12
 * months ahead, and none once the due day has passed (the page shows it overdue; the reminders
 * were for before).
 */
export function reachedReminder(due: string, today: string): ReminderStage | null {
  if (today > due) return null;
  return REMINDER_STAGES.find((s) => today >= addCalendarMonths(due, -s.monthsBefore))?.stage ?? null;
}

/** The stages less urgent than `stage`, recorded as passed when a unit is first seen late. */
export function earlierStages(stage: ReminderStage): ReminderStage[] {
  const at = REMINDER_STAGES.findIndex((s) => s.stage === stage);
  return REMINDER_STAGES.slice(at + 1).map((s) => s.stage);
}

export function shareOf(reviewed: number, units: number): ShareOfUnits {
  return { reviewed, units, percent: sharePercent(reviewed, units) };
}

/**
 * The share per specialty and the headline: units reviewed within five years of all units, and
 * specialties every unit of which was (the real hospital's "6 of its 15 specialties", domain.md §7).
 */
export function coverageShares(units: { specialty: string; withinFiveYears: boolean }[]) {
  const bySpecialty = new Map<string, { reviewed: number; units: number }>();
  for (const unit of units) {
    const entry = bySpecialty.get(unit.specialty) ?? { reviewed: 0, units: 0 };
    entry.units++;
    if (unit.withinFiveYears) entry.reviewed++;
    bySpecialty.set(unit.specialty, entry);
  }
  const specialties = [...bySpecialty.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'sv'))
    .map(([specialty, e]) => ({ specialty, ...shareOf(e.reviewed, e.units) }));
  return {
    headline: {
      units: shareOf(units.filter((u) => u.withinFiveYears).length, units.length),
      specialties: shareOf(specialties.filter((s) => s.reviewed === s.units).length, specialties.length),
    },
    bySpecialty: specialties,
  };
}
