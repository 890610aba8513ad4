import i18n from '../../../i18n';
import { formatNumber, formatPercent } from '../../../i18n/format';
import type { AnnualGoal } from '../api';

type Goalish = Pick<AnnualGoal, 'comparison' | 'threshold' | 'unit'>;

/** A goal's target in words: "minst 6 per år", "ja". */
export function targetText({ comparison, threshold, unit }: Goalish): string {
  if (comparison === 'yes' || threshold === null) return i18n.t('annual.comparison.yes');
  const value = `${formatNumber(threshold)} ${i18n.t(`annual.unit.${unit}`)}`.trim();
  return i18n.t(`annual.comparison.${comparison}`, { value });
}

/** A threshold alone with its unit ("9 per år"), or "ja". */
export function thresholdText(threshold: number | null, unit: AnnualGoal['unit']): string {
  if (threshold === null) return i18n.t('annual.comparison.yes');
  return `${formatNumber(threshold)} ${i18n.t(`annual.unit.${unit}`)}`.trim();
}

/** "28 % (14 av 50)" from the server's per cent; "–" when nobody answered. */
export function shareText(share: { met: number; n: number; percent: number | null }): string {
  const percent = share.percent === null ? '–' : formatPercent(share.percent);
  return i18n.t('annual.report.share', { percent, met: share.met, n: share.n });
}

export const numberOrDash = (value: number | null) => (value === null ? '–' : formatNumber(value));
