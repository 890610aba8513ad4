import { useTranslation } from 'react-i18next';
import type { Report } from '../api';
import { ShareInterval } from './Intervals';
import { formatShare, localText } from '../../../i18n/format';
import { ROLES } from '../../../../../contract/domain.js';

const THIRDS = ['top', 'middle', 'bottom'] as const;

/**
 * What the report opens with (as the hospital report did): the overall question's share by role,
 * and the statements from highest- to lowest-rated by the trainees, in thirds.
 */
export function Overview({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { overall, ranking } = report;
  const lines = overall
    ? ROLES.flatMap((role) => {
        const cell = overall.byRole[role];
        return cell && !cell.suppressed && cell.n ? [{ role, cell }] : [];
      })
    : [];
  return (
    <section aria-labelledby="overall-heading" className="report-overview">
      <h2 id="overall-heading">{t('report.view.overall')}</h2>
      {overall &&
        (lines.length > 0 ? (
          lines.map(({ role, cell }) => (
            <p key={role} className="overall-figure">
              <strong className="overall-share">{formatShare(cell.agreeing!, cell.n!)}</strong>{' '}
              {t('report.view.overallLine', { who: t(`report.view.who.${role}`), label: localText(overall.label) })} <span className="n">(n = {cell.n})</span>
              <ShareInterval interval={cell.interval} />
            </p>
          ))
        ) : (
          <p className="suppressed">{t('report.view.overallNone')}</p>
        ))}
      <h3>{t('report.view.ranking')}</h3>
      {ranking.suppressed || ranking.statements.length === 0 ? (
        <p className="suppressed">{t('report.view.rankingNone')}</p>
      ) : (
        <>
          <p className="note">{t('report.view.rankingIntro')}</p>
          <div className="ranking">
            {THIRDS.map((third) => (
              <section key={third} aria-labelledby={`ranking-${third}`} className={`ranking-third ranking-${third}`}>
                <h4 id={`ranking-${third}`}>{t(`report.view.thirds.${third}`)}</h4>
                <ol>
                  {ranking.statements
                    .filter((s) => s.third === third)
                    .map((s) => (
                      <li key={s.itemId} value={s.rank}>
                        {t('report.view.rankItem', { label: localText(s.label), area: s.area })}: <strong>{formatShare(s.cell.agreeing!, s.cell.n!)}</strong>{' '}
                        <span className="n">(n = {s.cell.n})</span>
                        <ShareInterval interval={s.cell.interval} />
                      </li>
                    ))}
                </ol>
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
