import { useTranslation } from 'react-i18next';
import type { AreaResult } from '../../pages/report/api';
import { localText } from './format';

/** Where the roles' usual order breaks, or leadership sees things very differently from the trainees. */
export function RoleFlags({ area }: { area: AreaResult }) {
  const { t } = useTranslation();
  const items = area.statements.flatMap((s, i) =>
    s.flags.map((flag, f) => {
      const statement = `${i + 1}. ${localText(s.label)}`;
      const text =
        flag.kind === 'leadership-gap'
          ? t('report.view.leadershipGap', { statement, gap: Math.round(flag.gapPp) })
          : t('report.view.orderBreak', {
              statement,
              role: t(`roles.${flag.role}`),
              below: t(`roles.${flag.below}`),
              margin: Math.round(flag.marginPp),
            });
      return <li key={`${s.itemId}:${f}`} className={`flag flag-${flag.kind}`}>{text}</li>;
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
