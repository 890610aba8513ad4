import type { TargetComparison } from '../../../contract/targets.js';
import { meetsTarget, quantile } from '../../statistics.js';

/**
 * A numeric target measured over a group's answers: how many answered, how many of them (and
 * what share) reached it, and the median answer to set beside the threshold. Each person is compared, not
 * the group's average: "6 supervision talks a year" is a promise to every trainee.
 */
export function numericAttainment(
  values: readonly number[],
  comparison: Exclude<TargetComparison, 'yes'>,
  threshold: number,
): { n: number; met: number; metShare: number | null; median: number | null } {
  if (values.length === 0) return { n: 0, met: 0, metShare: null, median: null };
  const met = values.filter((v) => meetsTarget(v, comparison, threshold)).length;
  return {
    n: values.length,
    met,
    metShare: met / values.length,
    median: quantile(
      [...values].sort((a, b) => a - b),
      0.5,
    ),
  };
}
