import type { Coverage, CoverageStatus } from '../../../contract/coverage.js';
import { AREAS } from '../../../contract/domain.js';
import { toWorkbook } from '../../files/workbook.js';

const STATUS = {
  sv: { overdue: 'Försenad', due: 'Inom 12 månader', on_time: 'I tid', planned: 'Planerad', never: 'Aldrig granskad' },
  en: { overdue: 'Overdue', due: 'Due within 12 months', on_time: 'On time', planned: 'Planned', never: 'Never reviewed' },
} satisfies Record<'sv' | 'en', Record<CoverageStatus, string>>;

const HEAD = {
  sv: ['Sjukhus', 'Enhet', 'Specialitet', 'Senaste granskning', 'Granskare', 'Betyg A–H', 'Nästa senast', 'Intern granskning', 'Status', 'Granskad inom fem år'],
  en: ['Hospital', 'Unit', 'Specialty', 'Last review', 'Reviewed by', 'Grades A–H', 'Next due', 'Internal review', 'Status', 'Reviewed within five years'],
};

/** The grades of a report in area order, "A:B B:C …", a dash for an area without one. */
export const gradesText = (grades: Coverage['units'][number]['grades']) => (grades ? AREAS.map((a) => `${a}:${grades[a] ?? '–'}`).join(' ') : '');

/** The coverage table and its shares as an Excel workbook; text cells never become formulas. */
export async function coverageXlsx(coverage: Coverage, lang: 'sv' | 'en'): Promise<Buffer> {
  const yes = lang === 'sv' ? 'Ja' : 'Yes';
  const no = lang === 'sv' ? 'Nej' : 'No';
  const units = coverage.units.map((u) => [
    u.hospitalName,
    u.name,
    u.specialty,
    u.lastReview?.date ?? '',
    u.lastReview?.body ?? '',
    gradesText(u.grades),
    u.nextDue ?? '',
    u.internalReview ? `${u.internalReview.year} ${u.internalReview.method}` : '',
    STATUS[lang][u.status] + (u.status === 'planned' && u.dueState === 'overdue' ? ` (${STATUS[lang].overdue.toLowerCase()})` : ''),
    u.withinFiveYears ? yes : no,
  ]);
  const share = (label: string, s: { reviewed: number; units: number; percent: number | null }) => [label, s.reviewed, s.units, s.percent];
  const shares = [
    share(lang === 'sv' ? 'Enheter' : 'Units', coverage.headline.units),
    share(lang === 'sv' ? 'Specialiteter (alla enheter granskade)' : 'Specialties (every unit reviewed)', coverage.headline.specialties),
    ...coverage.bySpecialty.map((s) => share(s.specialty, s)),
  ];
  return toWorkbook(
    [
      { name: lang === 'sv' ? 'Enheter' : 'Units', columns: HEAD[lang], rows: units, widths: HEAD[lang].map(() => 22) },
      {
        name: lang === 'sv' ? 'Andel granskade' : 'Share reviewed',
        columns: lang === 'sv' ? [`Per ${coverage.asOf}`, 'Granskade inom fem år', 'Antal', 'Andel (%)'] : [`As of ${coverage.asOf}`, 'Reviewed within five years', 'Count', 'Share (%)'],
        rows: shares,
        widths: [40, 26],
      },
    ],
    coverage.scope.name,
  );
}
