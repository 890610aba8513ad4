import { useTranslation } from 'react-i18next';
import type { ConformanceStatus } from '../api';

/** A point's status as a word with a border and a light fill: the word, never the colour alone, says it. */
export function ConformanceBadge({ status }: { status: ConformanceStatus | null }) {
  const { t } = useTranslation();
  const key = status ?? 'unassessed';
  return <span className={`badge conformance conformance-${key}`}>{t(`programmes.status.${key}`)}</span>;
}
