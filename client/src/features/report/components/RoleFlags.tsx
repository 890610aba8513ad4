import { useTranslation } from 'react-i18next';
import { hybridScoreDifference, isSmallN } from '../../../../../contract/differences.js';
import { intervalPercent } from '../../../../../contract/shares.js';
import type { AreaResult, Cell } from '../api';
import { formatPp, localText } from '../../../i18n/format';
import { SmallN } from './SmallN';

type Shown = Cell & { n: number; share: number; interval: { low: number; high: number } };
const shown = (cell: Cell | undefined): cell is Shown => !!cell && !cell.suppressed && cell.n !== null && cell.share !== null && cell.interval !== null;

/**
 * The evidence beside a difference between two roles: both n, and the difference's 95 % interval
 * (from the two shown shares' own intervals), so a gap between three heads and four trainees
 * does not read like a finding.
 */
function Evidence({ higher, lower }: { higher: Cell | undefined; lower: Cell | undefined }) {
  const { t } = useTranslation();
  if (!shown(higher) || !shown(lower)) return null;
  const interval = intervalPercent(hybridScoreDifference(higher, lower), 100);
  return (
    <span className="flag-evidence">
      {' '}
      ({t('report.view.flagEvidence', { a: higher.n, b: lower.n, low: formatPp(interval.low), high: formatPp(interval.high) })})
      {(isSmallN(higher.n) || isSmallN(lower.n)) && <SmallN />}
    </span>
  );
}

/** Where the roles' usual order breaks, or leadership sees things very differently from the trainees. */
export function RoleFlags({ area }: { area: AreaResult }) {
  const { t } = useTranslation();
  const items = area.statements.flatMap((s, i) =>
    s.flags.map((flag, f) => {
      const statement = `${i + 1}. ${localText(s.label)}`;
      const [text, higher, lower] =
        flag.kind === 'leadership-gap'
          ? [t('report.view.leadershipGap', { statement, gap: Math.round(flag.gapPp) }), s.byRole.head, s.byRole.st]
          : [
              t('report.view.orderBreak', { statement, role: t(`roles.${flag.role}`), below: t(`roles.${flag.below}`), margin: Math.round(flag.marginPp) }),
              s.byRole[flag.below],
              s.byRole[flag.role],
            ];
      return (
        <li key={`${s.itemId}:${f}`} className={`flag flag-${flag.kind}`}>
          {text}
          <Evidence higher={higher} lower={lower} />
        </li>
      );
    }),
  );
  if (items.length === 0) return null;
  return (
    <>
      <h4>{t('report.view.flags')}</h4>
      <ul className="flag-list">{items}</ul>
    </>
  );
}
