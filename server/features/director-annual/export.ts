/** The annual report as people open it in Excel: goals, trends, totals and the clinics' lines the reader may see. */
import type { AnnualReport } from '../../../contract/director-annual.js';
import type { Sheet } from '../../files/workbook.js';

const WORDS = {
  sv: {
    goals: 'Mål',
    trends: 'Trender',
    totals: 'Summor',
    grid: 'Kliniker',
    goalColumns: ['Mål', 'Gränsvärde', 'Uppfyllt', 'n', 'Andel (%)', 'Medel', 'Median', 'Andel vid förra årets gränsvärde (%)', 'Organisationens andel (%)'],
    trendColumns: ['Mål', 'År', 'Andel (%)', 'n', 'Gränsvärde', 'Källa'],
    totalColumns: ['Mått', 'n', 'Summa', 'Medel', 'Median'],
    clinic: 'Klinik',
    hospital: 'Sjukhus',
    source: { platform: 'plattformen', imported: 'importerad' },
    hidden: 'visas inte',
    yes: 'ja',
    no: 'nej',
  },
  en: {
    goals: 'Goals',
    trends: 'Trends',
    totals: 'Totals',
    grid: 'Clinics',
    goalColumns: ['Goal', 'Threshold', 'Met', 'n', 'Share (%)', 'Mean', 'Median', 'Share at last year’s threshold (%)', 'The organisation’s share (%)'],
    trendColumns: ['Goal', 'Year', 'Share (%)', 'n', 'Threshold', 'Source'],
    totalColumns: ['Measure', 'n', 'Sum', 'Mean', 'Median'],
    clinic: 'Clinic',
    hospital: 'Hospital',
    source: { platform: 'platform', imported: 'imported' },
    hidden: 'not shown',
    yes: 'yes',
    no: 'no',
  },
} as const;

export function annualSheets(report: AnnualReport, lang: 'sv' | 'en'): Sheet[] {
  const w = WORDS[lang];
  const label = (key: string) => report.goals.find((g) => g.key === key)?.label[lang] ?? key;
  const sheets: Sheet[] = [
    {
      name: w.goals,
      columns: [...w.goalColumns],
      widths: [50],
      rows: report.goals.map((g) => [
        g.label[lang],
        g.threshold,
        g.share.met,
        g.share.n,
        g.share.percent,
        g.mean,
        g.median,
        g.atPreviousThreshold?.share.percent ?? null,
        g.pooledPercent,
      ]),
    },
    {
      name: w.trends,
      columns: [...w.trendColumns],
      widths: [50],
      rows: report.trends.flatMap((tr) => tr.points.map((p) => [label(tr.goal), p.year, p.percent, p.n, p.threshold, w.source[p.source]])),
    },
    {
      name: w.totals,
      columns: [...w.totalColumns],
      widths: [50],
      rows: report.totals.map((x) => [x.label[lang], x.n, x.hidden ? w.hidden : x.sum, x.hidden ? w.hidden : x.mean, x.hidden ? w.hidden : x.median]),
    },
  ];
  if (report.grid) {
    const goals = report.goals.filter((g) => report.grid!.some((line) => g.key in line.met));
    sheets.push({
      name: w.grid,
      columns: [w.hospital, w.clinic, ...goals.map((g) => g.label[lang])],
      widths: [24, 30],
      rows: report.grid.map((line) => [
        line.hospitalName,
        line.unitName,
        ...goals.map((g) => (line.met[g.key] === null ? null : line.met[g.key] ? w.yes : w.no)),
      ]),
    });
  }
  return sheets;
}
