import { useTranslation } from 'react-i18next';
import { AREAS } from '../../../../../contract/domain.js';
import { formatDate, formatPercent } from '../../../i18n/format';
import { DataTable } from '../../../ui/tables';
import type { HospitalReviewView, Synthesis } from '../api';

const percent = (p: number | null) => (p === null ? '–' : formatPercent(p));

/** The clinic reviews beside the hospital-level review: coverage and the areas that recur as weak. */
export function SynthesisView({ synthesis, stored }: { synthesis: Synthesis; stored: boolean }) {
  const { t } = useTranslation();
  const { coverage } = synthesis;
  return (
    <section aria-labelledby="synthesis-heading">
      <h2 id="synthesis-heading">{t('hospital.synthesis.title')}</h2>
      <p className="field-note">{stored ? t('hospital.synthesis.stored', { date: formatDate(synthesis.asOf) }) : t('hospital.synthesis.preview')}</p>
      <p className="coverage-figure">
        {t('hospital.synthesis.coverage', {
          reviewed: coverage.units.reviewed,
          units: coverage.units.units,
          percent: percent(coverage.units.percent),
          overdue: coverage.overdue,
          never: coverage.never,
        })}
      </p>
      <p>{t('hospital.synthesis.specialties', { reviewed: coverage.specialties.reviewed, units: coverage.specialties.units })}</p>
      {synthesis.weakAreas.length === 0 ? (
        <p>{t('hospital.synthesis.weakNone')}</p>
      ) : (
        <DataTable
          caption={t('hospital.synthesis.weakTitle')}
          columns={[
            t('hospital.synthesis.colArea'),
            { label: t('hospital.synthesis.colWeak'), className: 'numeric' },
            { label: t('hospital.synthesis.colC'), className: 'numeric' },
            { label: t('hospital.synthesis.colD'), className: 'numeric' },
            { label: t('hospital.synthesis.colGraded'), className: 'numeric' },
            { label: t('hospital.synthesis.colReviews'), className: 'numeric' },
          ]}
        >
          {synthesis.weakAreas.map((a) => (
            <tr key={a.area}>
              <th scope="row">{a.area}</th>
              <td className="numeric">{a.weakUnits}</td>
              <td className="numeric">{a.C}</td>
              <td className="numeric">{a.D}</td>
              <td className="numeric">{a.gradedUnits}</td>
              <td className="numeric">{a.reviews}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {synthesis.clinicReviews.length > 0 && (
        <DataTable
          caption={t('hospital.synthesis.reviewsTitle')}
          columns={[t('hospital.synthesis.colPublished'), t('hospital.synthesis.colUnits'), t('hospital.synthesis.colGrades')]}
        >
          {synthesis.clinicReviews.map((r) => (
            <tr key={r.reviewId}>
              <th scope="row">{formatDate(r.publishedOn)}</th>
              <td>{r.units.join(', ')}</td>
              <td>{AREAS.map((a) => `${a} ${r.grades[a] ?? '–'}`).join(' · ')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** What was asked for and received per category. */
export function RegisterTable({ register }: { register: HospitalReviewView['register'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  return (
    <DataTable
      caption={t('hospital.register.title')}
      columns={[t('hospital.register.colCategory'), t('hospital.register.colAsked'), { label: t('hospital.register.colReceived'), className: 'numeric' }]}
    >
      {register.map((r) => (
        <tr key={r.category}>
          <th scope="row">{r.name[lang]}</th>
          <td>{r.asked ? t('hospital.register.yes') : t('hospital.register.no')}</td>
          <td className="numeric">{r.received}</td>
        </tr>
      ))}
    </DataTable>
  );
}
