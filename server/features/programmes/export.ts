import type { Conformance, ConformanceStatus } from '../../../contract/programmes.js';
import { toWorkbook } from '../../files/workbook.js';

type Lang = 'sv' | 'en';

export const STATUS_TEXTS = {
  sv: { met: 'Uppfylls', partly_met: 'Uppfylls delvis', not_met: 'Uppfylls inte', not_stated: 'Framgår inte', unassessed: 'Ej bedömd' },
  en: { met: 'Met', partly_met: 'Partly met', not_met: 'Not met', not_stated: 'Not stated', unassessed: 'Not assessed' },
} satisfies Record<Lang, Record<ConformanceStatus | 'unassessed', string>>;

const COUNT_KEYS = ['met', 'partly_met', 'not_met', 'not_stated', 'unassessed'] as const;

const cellText = (cell: ConformanceStatus | null, lang: Lang) => STATUS_TEXTS[lang][cell ?? 'unassessed'];

/** The matrix of points × programmes, the counts per programme and the regions side by side. */
export async function conformanceXlsx(conformance: Conformance, lang: Lang): Promise<Buffer> {
  const { model, programmes } = conformance;
  const pointText = (key: string) => model.points.find((p) => p.key === key)!.text[lang];
  const programmeName = (p: Conformance['programmes'][number]) => `${p.name} (${p.region.name[lang]})`;
  const point = lang === 'sv' ? 'Punkt i modellen' : 'Point of the model';
  const matrix = {
    name: lang === 'sv' ? 'Matris' : 'Matrix',
    columns: [point, ...programmes.map(programmeName)],
    rows: conformance.matrix.map((row) => [pointText(row.pointKey), ...row.cells.map((c) => cellText(c, lang))]),
    widths: [70, ...programmes.map(() => 24)],
  };
  const counts = {
    name: lang === 'sv' ? 'Antal per status' : 'Counts per status',
    columns: [lang === 'sv' ? 'Program' : 'Programme', lang === 'sv' ? 'Region' : 'Region', ...COUNT_KEYS.map((k) => STATUS_TEXTS[lang][k])],
    rows: programmes.map((p, i) => [p.name, p.region.name[lang], ...COUNT_KEYS.map((k) => conformance.counts[i][k])]),
    widths: [40, 28, 14, 14, 14, 14, 14],
  };
  const regions = {
    name: lang === 'sv' ? 'Regioner' : 'Regions',
    columns: [point, ...conformance.regions.map((r) => r.region.name[lang])],
    rows: [
      ...model.points.map((p, row) => [p.text[lang], ...conformance.regions.map((r) => cellText(r.best[row], lang))]),
      [STATUS_TEXTS[lang].met, ...conformance.regions.map((r) => r.counts.met)],
    ],
    widths: [70, ...conformance.regions.map(() => 24)],
  };
  return toWorkbook([matrix, counts, regions], `${model.title[lang]} (${model.version})`);
}
