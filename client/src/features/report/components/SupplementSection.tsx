import { useTranslation } from 'react-i18next';
import type { Report } from '../api';
import { DataTable } from '../../../ui/tables';
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
      <StatementTable statements={section.statements} />
      {section.numeric.length > 0 && <NumericItemTable items={section.numeric} />}
      {section.choices.map((item) => (
        <ChoiceTable key={item.itemId} item={item} />
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

/** The directors' agreeing shares, each statement with the checklist point it informs. */
function StatementTable({ statements }: { statements: Section['statements'] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('report.supplement.statements')}
      className="table report-table"
      id="supplement-statements"
      columns={[
        t('report.supplement.statement'),
        t('report.supplement.checkpoint'),
        { label: t('report.supplement.agree'), className: 'num' },
        { label: 'n', className: 'num' },
        { label: t('report.supplement.dontKnow'), className: 'num' },
      ]}
    >
      {statements.map((s) => (
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
    </DataTable>
  );
}

/** The directors' numbers (a count, a rating): how many answered, and the median. */
function NumericItemTable({ items }: { items: Section['numeric'] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('report.supplement.numeric')}
      className="table report-table"
      id="supplement-numeric"
      columns={[
        t('report.supplement.item'),
        { label: t('report.supplement.answeredOf'), className: 'num' },
        { label: t('report.supplement.median'), className: 'num' },
      ]}
    >
      {items.map((item) => (
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
    </DataTable>
  );
}

/** One choice question: how many chose each answer. */
function ChoiceTable({ item }: { item: Section['choices'][number] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={`${localText(item.label)} (n = ${item.n})`}
      scrollLabel={localText(item.label)}
      className="table report-table supplement-choice"
      columns={[
        t('report.supplement.answer'),
        { label: t('report.supplement.count'), className: 'num' },
        { label: t('report.supplement.share'), className: 'num' },
      ]}
    >
      {item.options.map((o) => (
        <tr key={o.value}>
          <th scope="row">{localText(o.label)}</th>
          <td className="num">{o.count}</td>
          <td className="num">{item.n > 0 ? formatShare(o.count, item.n) : t('report.common.none')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
