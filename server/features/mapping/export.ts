/** The mapping report as people open it in Excel: regions with their categories and goal check, the change by category, quotes. */
import type { MappingCategory, MappingReport } from '../../../contract/mapping.js';
import type { Sheet } from '../../files/workbook.js';

const WORDS = {
  sv: {
    regions: 'Regioner',
    change: 'Förändring',
    quotes: 'Citat',
    regionColumns: ['Region', 'Kod', 'Kategorier', 'Förra omgången', 'Platser/år', 'ST-läkare', 'Andel (%)', 'Målet (10 %)', 'Källor svarat', 'Kommentar'],
    changeColumns: ['Kategori', 'Nu', 'Förra omgången', 'Tillkomna regioner', 'Försvunna regioner'],
    quoteColumns: ['Region', 'Källa', 'Fråga', 'Citat'],
    category: { leadership_st: 'Ledarskaps-ST', early_career: 'Program för yngre läkare', all_professions: 'Program för alla professioner', nothing: 'Inget' },
    goal: { met: 'uppfyllt', notMet: 'ej uppfyllt', unknown: 'okänt' },
    source: { branch: 'lokalavdelning', director: 'övergripande studierektor' },
  },
  en: {
    regions: 'Regions',
    change: 'Change',
    quotes: 'Quotes',
    regionColumns: ['Region', 'Code', 'Categories', 'Previous round', 'Places/year', 'ST doctors', 'Share (%)', 'Goal (10 %)', 'Sources answered', 'Note'],
    changeColumns: ['Category', 'Now', 'Previous round', 'Regions gained', 'Regions lost'],
    quoteColumns: ['Region', 'Source', 'Question', 'Quote'],
    category: {
      leadership_st: 'Leadership-ST',
      early_career: 'Programme for early-career doctors',
      all_professions: 'Programme for all professions',
      nothing: 'Nothing',
    },
    goal: { met: 'met', notMet: 'not met', unknown: 'unknown' },
    source: { branch: 'local branch', director: 'overarching study director' },
  },
} as const;

export function mappingSheets(report: MappingReport, lang: 'sv' | 'en'): Sheet[] {
  const w = WORDS[lang];
  const names = (categories: readonly MappingCategory[] | null) => (categories ? categories.map((c) => w.category[c]).join(', ') : null);
  const regionName = new Map(report.regions.map((r) => [r.code, r.name[lang]]));
  return [
    {
      name: w.regions,
      columns: [...w.regionColumns],
      widths: [28, 6, 40, 40, 10, 10, 10, 14, 12, 60],
      rows: report.regions.map((r) => [
        r.name[lang],
        r.code,
        names(r.categories),
        names(r.previousCategories),
        r.placesPerYear,
        r.stDoctors,
        r.goal.percent,
        w.goal[r.goal.status],
        `${r.sourcesAnswered}/${r.sourcesAsked}`,
        r.note,
      ]),
    },
    {
      name: w.change,
      columns: [...w.changeColumns],
      widths: [34, 8, 14, 40, 40],
      rows: report.categories.map((c) => [
        w.category[c.category],
        c.now,
        c.before,
        c.gained.map((code) => regionName.get(code) ?? code).join(', '),
        c.lost.map((code) => regionName.get(code) ?? code).join(', '),
      ]),
    },
    {
      name: w.quotes,
      columns: [...w.quoteColumns],
      widths: [28, 24, 24, 80],
      rows: report.quotes.map((q) => [regionName.get(q.regionCode) ?? q.regionCode, w.source[q.sourceType], q.question, q.text]),
    },
  ];
}
