import { parseISO } from 'date-fns';
import { intervalPercent, sharePercent, type Interval } from '../../../contract/shares.js';
import { currentLanguage } from '.';

/** The locale for dates and numbers: Swedish, or British English (day before month, 24-hour clock). */
export function locale(): string {
  return currentLanguage() === 'sv' ? 'sv-SE' : 'en-GB';
}

/** A calendar date (YYYY-MM-DD) as people read it, e.g. "1 mars 2027"; no time zone shift. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(parseISO(date.slice(0, 10)));
}

/** The month of a date (YYYY-MM-DD), e.g. "januari 2024". */
export function formatMonth(date: string | null | undefined): string {
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric' }).format(parseISO(date.slice(0, 10)));
}

/** A whole number with the language's thousands separator. */
export function formatCount(count: number): string {
  return new Intl.NumberFormat(locale()).format(count);
}

/** A moment (ISO date-time) in the reader's time zone, e.g. "1 mars 2027 10:00". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat(locale(), { timeStyle: 'medium' }).format(date);
}

/** Whole per cent as the language writes it ("65 %" in Swedish, "65%" in English). */
export function formatPercent(percent: number): string {
  return new Intl.NumberFormat(locale(), { style: 'unit', unit: 'percent', maximumFractionDigits: 0 }).format(percent);
}

/**
 * The share count / n as whole per cent, rounded as in the API, the PDF and the exports
 * (contract/shares.ts), so a figure reads the same everywhere; "–" when nobody answered.
 */
export function formatShare(count: number, n: number): string {
  const percent = sharePercent(count, n);
  return percent === null ? '–' : formatPercent(percent);
}

/** A 95 % interval of a share (0–1) as whole per cent, widened outwards: "64–79 %". */
export function formatInterval(interval: Interval): string {
  const { low, high } = intervalPercent(interval);
  return `${new Intl.NumberFormat(locale()).format(low)}–${formatPercent(high)}`;
}

export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale(), { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** Sorts text the way the language does (å, ä, ö last in Swedish). */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, locale(), { sensitivity: 'base', numeric: true });
}

/** A text in the page's language from the API's {sv, en} pair. */
export const localText = (text: { sv: string; en: string }): string => text[currentLanguage()];

/** Percentage points with sign, e.g. "−15" / "+4" (a real minus sign, as typeset). */
export function formatPp(value: number, digits = 0): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value);
}
