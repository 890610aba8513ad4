import { useTranslation } from 'react-i18next';
import type { Report } from '../api';
import { TableScroll } from '../../../ui/tables';
import { formatNumber, formatShare, localText } from '../../../i18n/format';
import { ShareInterval } from './Intervals';

type Section = NonNullable<Report['supplement']>;

/**
 * The study directors' supplementary survey: their agreeing shares, numbers and choices over the
 * whole review, and their comments. Directors are few, so the section exists for the whole review
 * only and, below the threshold, says how many answered and nothing more (server: supplement.ts).
 */
export function SupplementSection({ section }: { section: Section }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="supplement-heading" className="report-area report-supplement" id="supplement">
      <h2 id="supplement-heading">{t('report.supplement.heading')}</h2>
      <p>{t('report.supplement.intro', { answered: section.answered })}</p>
      {section.shown ? (
        <Figures section={section} />
      ) : (
        <p className="status-box status-pending">{t('report.supplement.hidden', { counted: section.counted, threshold: section.threshold })}</p>
      )}
    </section>
  );
}

function Figures({ section }: { section: Section }) {
  const { t } = useTranslation();
  return (
    <>
      <TableScroll label={t('report.supplement.statements')}>
        <table className="table report-table" id="supplement-statements">
          <caption>{t('report.supplement.statements')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.supplement.statement')}</th>
              <th scope="col">{t('report.supplement.checkpoint')}</th>
              <th scope="col" className="num">
                {t('report.supplement.agree')}
              </th>
              <th scope="col" className="num">
                n
              </th>
              <th scope="col" className="num">
                {t('report.supplement.dontKnow')}
              </th>
            </tr>
          </thead>
          <tbody>
            {section.statements.map((s) => (
              <tr key={s.itemId}>
                <th scope="row">{localText(s.label)}</th>
                <td>{s.checkpoint ?? t('report.common.none')}</td>
                <td className="num">
                  {s.cell.n && s.cell.agreeing !== null ? (
                    <>
                      {formatShare(s.cell.agreeing, s.cell.n)}
                      <ShareInterval interval={s.cell.interval} />
                    </>
                  ) : (
                    t('report.common.none')
                  )}
                </td>
                <td className="num">{s.cell.n}</td>
                <td className="num">{s.cell.dontKnow}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {section.numeric.length > 0 && (
        <TableScroll label={t('report.supplement.numeric')}>
          <table className="table report-table" id="supplement-numeric">
            <caption>{t('report.supplement.numeric')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.supplement.item')}</th>
                <th scope="col" className="num">
                  {t('report.supplement.answeredOf')}
                </th>
                <th scope="col" className="num">
                  {t('report.supplement.median')}
                </th>
              </tr>
            </thead>
            <tbody>
              {section.numeric.map((item) => (
                <tr key={item.itemId}>
                  <th scope="row">
                    {localText(item.label)}
                    {item.kind === 'rating' && item.min !== null && item.max !== null && (
                      <span className="muted"> ({t('report.supplement.scale', { min: item.min, max: item.max })})</span>
                    )}
                  </th>
                  <td className="num">{t('report.supplement.nOf', { n: item.figure.n ?? 0, submitted: item.figure.submitted ?? 0 })}</td>
                  <td className="num">{item.figure.median === null ? t('report.common.none') : formatNumber(item.figure.median)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {section.choices.map((item) => (
        <TableScroll key={item.itemId} label={localText(item.label)}>
          <table className="table report-table supplement-choice">
            <caption>
              {localText(item.label)} (n = {item.n})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('report.supplement.answer')}</th>
                <th scope="col" className="num">
                  {t('report.supplement.count')}
                </th>
                <th scope="col" className="num">
                  {t('report.supplement.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {item.options.map((o) => (
                <tr key={o.value}>
                  <th scope="row">{localText(o.label)}</th>
                  <td className="num">{o.count}</td>
                  <td className="num">{item.n > 0 ? formatShare(o.count, item.n) : t('report.common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ))}
      {section.comments.length > 0 && (
        <>
          <h3>{t('report.supplement.comments')}</h3>
          {section.comments.map((text, i) => (
            <blockquote key={i}>
              <p>”{text}”</p>
            </blockquote>
          ))}
        </>
      )}
    </>
  );
}
