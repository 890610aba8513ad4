import { formatInterval, formatPercent, formatShare, locale } from '../../i18n/format';
import { currentLanguage } from '../../i18n';

/** A text in the page's language from the API's {sv, en} pair. */
export const localText = (text: { sv: string; en: string }): string => text[currentLanguage()];

/** Percentage points with sign, e.g. "−15" / "+4" (a real minus sign, as typeset). */
export function formatPp(value: number, digits = 0): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value);
}

export { formatInterval, formatPercent, formatShare };
