import type { Coverage, CoverageStatus } from '../../../contract/coverage.js';
import { AREAS } from '../../../contract/domain.js';
import { safeCell } from '../report/export.js';

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
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.title = coverage.scope.name;
  const yes = lang === 'sv' ? 'Ja' : 'Yes';
  const no = lang === 'sv' ? 'Nej' : 'No';
  const units = workbook.addWorksheet(lang === 'sv' ? 'Enheter' : 'Units');
  units.addRow(HEAD[lang]).font = { bold: true };
  for (const u of coverage.units) {
    units.addRow(
      [
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
      ].map(safeCell),
    );
  }
  units.views = [{ state: 'frozen', ySplit: 1 }];
  units.columns.forEach((column) => (column.width = 22));

  const shares = workbook.addWorksheet(lang === 'sv' ? 'Andel granskade' : 'Share reviewed');
  shares.addRow([lang === 'sv' ? `Per ${coverage.asOf}` : `As of ${coverage.asOf}`]).font = { bold: true };
  shares.addRow(lang === 'sv' ? ['', 'Granskade inom fem år', 'Antal', 'Andel (%)'] : ['', 'Reviewed within five years', 'Count', 'Share (%)']).font = { bold: true };
  const share = (label: string, s: { reviewed: number; units: number; percent: number | null }) => shares.addRow([safeCell(label), s.reviewed, s.units, s.percent ?? '']);
  share(lang === 'sv' ? 'Enheter' : 'Units', coverage.headline.units);
  share(lang === 'sv' ? 'Specialiteter (alla enheter granskade)' : 'Specialties (every unit reviewed)', coverage.headline.specialties);
  for (const s of coverage.bySpecialty) share(s.specialty, s);
  shares.getColumn(1).width = 40;
  shares.getColumn(2).width = 26;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
