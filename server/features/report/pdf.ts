import fs from 'node:fs';
import type { Report } from '../../../contract/report.js';
import type { ReportRevision } from '../../../contract/report-authoring.js';
import { sharePercent } from '../../../contract/shares.js';
import { SPECIALTY_GROUPS } from '../../../contract/specialty-groups.js';
import { ROLES } from '../../../surveys/types.js';
import { NotImplemented } from '../../http/errors.js';
import { reportTables } from './export.js';
import { benchmarkMethod } from './method-text.js';

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Rounded as on the page and in the exports (contract/shares.ts). */
const pct = (count: number | null, n: number | null) => (count === null || n === null || n === 0 ? '–' : `${sharePercent(count, n)} %`);

const T = {
  sv: {
    reached: (n: number, share: string) => `${n} av dem nåddes inte (studsad e-post eller slutat på kliniken); av de övriga svarade ${share}. Den verkliga svarsfrekvensen kan alltså vara högre.`,
    targets: (year: number) => `Sjukhusets mål ${year}`, target: 'Mål', value: 'Målvärde', measured: 'Mäts med', met: 'Når målet', median: 'Median', yes: 'ja', notMeasured: 'Mäts inte av den här enkäten',
    groups: 'Specialitetsgrupperna sida vid sida (ST-läkarnas svar)', smallN: (n: number) => `* litet n: färre än ${n} svar, läs med försiktighet.`, total: 'Alla', none: 'ingen (0)', atLeastOne: 'minst 1',
    report: 'Rapport', grade: 'Bedömning', summary: 'Sammanfattning', strengths: 'Styrkor', weaknesses: 'Svagheter', recommendations: 'Rekommendationer', justification: 'Motivering', statement: 'Påstående', benchmark: 'Påståenden som skiljer sig minst 10 procentenheter från riket', here: 'Här', pool: 'Riket', diff: 'Skillnad', tooFew: 'för få svar', improvement: 'Förbättringsområden', quotes: 'Citat ur fritextsvaren', area: 'Område', draft: 'UTKAST – inte publicerad', overall: 'Helhetsbild', responses: 'Svarsfrekvens', overallLine: (label: string, p: string, who: string, n: number) => `${p} av ${who} instämmer i ”${label}” (n = ${n}).`, ranking: 'Påståendena rangordnade efter ST-läkarnas instämmande', thirds: { top: 'Högst skattade (översta tredjedelen)', middle: 'Mittersta tredjedelen', bottom: 'Lägst skattade (nedersta tredjedelen)' }, noRanking: 'För få ST-läkare har svarat här för att visa en rangordning.', share: 'Andel som instämmer', who: { st: 'ST-läkarna', supervisor: 'handledarna', director: 'studierektorerna', head: 'verksamhetscheferna' }, anonymity: (n: number, at: string) => `Siffror visas bara för grupper där minst ${n} personer har svarat. De beräknades ${at} när granskningen stängdes och ändras inte.`, roles: { st: 'ST', supervisor: 'Handl.', director: 'SR', head: 'VC' } },
  en: {
    reached: (n: number, share: string) => `${n} of them were not reached (mail bounced or left the clinic); of the others ${share} answered. The real response rate may therefore be higher.`,
    targets: (year: number) => `The hospital’s targets ${year}`, target: 'Target', value: 'Target value', measured: 'Measured by', met: 'Reach it', median: 'Median', yes: 'yes', notMeasured: 'Not measured by this survey',
    groups: 'The specialty groups side by side (ST doctors’ answers)', smallN: (n: number) => `* small n: fewer than ${n} answers, read with care.`, total: 'All', none: 'none (0)', atLeastOne: 'at least 1',
    report: 'Report', grade: 'Grade', summary: 'Summary', strengths: 'Strengths', weaknesses: 'Weaknesses', recommendations: 'Recommendations', justification: 'Justification', statement: 'Statement', benchmark: 'Statements differing from the national pool by 10 percentage points or more', here: 'Here', pool: 'Pool', diff: 'Difference', tooFew: 'too few answers', improvement: 'Improvement areas', quotes: 'Quotes from the free-text answers', area: 'Area', draft: 'DRAFT – not published', overall: 'Overall', responses: 'Response rates', overallLine: (label: string, p: string, who: string, n: number) => `${p} of the ${who} agree that “${label}” (n = ${n}).`, ranking: 'The statements ranked by the trainees’ agreement', thirds: { top: 'Highest-rated (top third)', middle: 'Middle third', bottom: 'Lowest-rated (bottom third)' }, noRanking: 'Too few trainees answered here to show a ranking.', share: 'Share agreeing', who: { st: 'trainees', supervisor: 'supervisors', director: 'study directors', head: 'heads of department' }, anonymity: (n: number, at: string) => `Figures are shown only for groups in which at least ${n} people answered. They were computed on ${at}, when the review closed, and do not change.`, roles: { st: 'ST', supervisor: 'Sup.', director: 'SD', head: 'Head' } },
};

/** The report as a printable A4 HTML document: one section per area, black-and-white readable. */
export function reportHtml(report: Report, revision: ReportRevision | null, quotes: { text: string; role: string | null }[], lang: 'sv' | 'en'): string {
  const t = T[lang];
  const content = revision?.content;
  const areaSections = report.areas
    .map((area) => {
      const a = content?.areas[area.area];
      const rows = area.statements
        .map((s) => `<tr><td>${esc(s.label[lang])}</td>${ROLES.map((r) => `<td class="num">${s.byRole[r] ? (s.byRole[r].suppressed ? t.tooFew : `${pct(s.byRole[r].agreeing, s.byRole[r].n)}<small> n=${s.byRole[r].n}</small>`) : ''}</td>`).join('')}</tr>`)
        .join('');
      return `<section class="area"><h2>${area.area}. ${esc(area.title[lang])} <span class="grade">${t.grade}: ${a?.grade ?? '–'}</span></h2>
        ${a?.justification ? `<h3>${t.justification}</h3><p>${esc(a.justification)}</p>` : ''}
        ${a?.strengths ? `<h3>${t.strengths}</h3><p>${esc(a.strengths)}</p>` : ''}
        ${a?.weaknesses ? `<h3>${t.weaknesses}</h3><p>${esc(a.weaknesses)}</p>` : ''}
        ${a?.recommendations.length ? `<h3>${t.recommendations}</h3><ol>${a.recommendations.map((r) => `<li>${esc(r)}</li>`).join('')}</ol>` : ''}
        <table><thead><tr><th>${t.statement}</th>${ROLES.map((r) => `<th>${t.roles[r]}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></section>`;
    })
    .join('');
  const flagged = report.benchmark.filter((b) => b.flagged);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(report.review.title)}</title><style>
    @page { size: A4; margin: 18mm 16mm; }
    body { font: 10.5pt/1.45 system-ui, sans-serif; color: #000; }
    h1 { font-size: 18pt; margin: 0 0 4mm; } h2 { font-size: 13pt; border-bottom: 1px solid #000; padding-bottom: 1mm; }
    h3 { font-size: 10.5pt; margin: 3mm 0 1mm; } .grade { float: right; border: 1.5px solid #000; padding: 0 2mm; }
    .area { break-before: page; } table { width: 100%; border-collapse: collapse; margin-top: 3mm; }
    th, td { border: 0.5px solid #555; padding: 1mm 1.5mm; text-align: left; vertical-align: top; } .num { text-align: right; white-space: nowrap; }
    small { color: #333; } .grades td { text-align: center; font-weight: bold; font-size: 13pt; } .draft { border: 2px solid #000; padding: 2mm; font-weight: bold; }
  </style></head><body>
  <h1>${esc(report.review.title)}</h1><p>${esc(report.review.hospitalName)} · ${t.report}${revision ? ` rev. ${revision.revision}` : ''}</p>
  ${revision?.status === 'published' ? '' : `<p class="draft">${t.draft}</p>`}
  <p>${esc(t.anonymity(report.review.anonymityThreshold, report.review.computedAt.slice(0, 10)))}</p>
  <p>${esc(benchmarkMethod(report.settings, lang))}</p>
  <table class="grades"><thead><tr>${report.areas.map((a) => `<th>${a.area}</th>`).join('')}</tr></thead><tbody><tr>${report.areas.map((a) => `<td>${content?.areas[a.area]?.grade ?? '–'}</td>`).join('')}</tr></tbody></table>
  ${overviewHtml(report, lang)}
  ${content?.summary ? `<h2>${t.summary}</h2><p>${esc(content.summary)}</p>` : ''}
  ${content?.improvementAreas.length ? `<h2>${t.improvement}</h2>${content.improvementAreas.map((i) => `<h3>${esc(i.title)}</h3><p>${esc(i.rationale)}</p><ol>${i.recommendations.map((r) => `<li>${esc(r)}</li>`).join('')}</ol>`).join('')}` : ''}
  ${flagged.length ? `<h2>${t.benchmark}</h2><table><thead><tr><th>${t.statement}</th><th>${t.here}</th><th>${t.pool}</th><th>${t.diff}</th></tr></thead><tbody>${flagged.map((b) => `<tr><td>${esc(b.label[lang])} (${t.roles[b.role as keyof typeof t.roles]})</td><td class="num">${pct(b.local.agreeing, b.local.n)}</td><td class="num">${pct(b.pool.agreeing, b.pool.n)}</td><td class="num">${b.differencePp > 0 ? '+' : ''}${b.differencePp}</td></tr>`).join('')}</tbody></table>` : ''}
  ${quotes.length ? `<h2>${t.quotes}</h2>${quotes.map((q) => `<blockquote>”${esc(q.text)}”</blockquote>`).join('')}` : ''}
  ${targetsHtml(report, lang)}
  ${groupsHtml(report, lang)}
  ${areaSections}
  </body></html>`;
}

/** What the report opens with: the overall item, the ranking of the statements, the response table. */
function overviewHtml(report: Report, lang: 'sv' | 'en'): string {
  const t = T[lang];
  const overall = report.overall
    ? ROLES.flatMap((role) => {
        const cell = report.overall!.byRole[role];
        return cell && !cell.suppressed && cell.n ? [`<p class="overall">${esc(t.overallLine(report.overall!.label[lang], pct(cell.agreeing, cell.n), t.who[role], cell.n))}</p>`] : [];
      }).join('')
    : '';
  const { ranking } = report;
  const thirds = (['top', 'middle', 'bottom'] as const)
    .map((third) => {
      const rows = ranking.statements.filter((s) => s.third === third);
      if (rows.length === 0) return '';
      return `<h3>${t.thirds[third]}</h3><table><thead><tr><th>${t.statement}</th><th>${t.area}</th><th>${t.share}</th></tr></thead><tbody>${rows
        .map((s) => `<tr><td>${s.rank}. ${esc(s.label[lang])}</td><td>${s.area}</td><td class="num">${pct(s.cell.agreeing, s.cell.n)}<small> n=${s.cell.n}</small></td></tr>`)
        .join('')}</tbody></table>`;
    })
    .join('');
  const rates = reportTables(report, lang).find((table) => table.key === 'response-rates')!;
  const cell = (v: string | number | null) => (v === null ? '' : esc(String(v)));
  return `<h2>${t.overall}</h2>${overall}
  <h3>${t.ranking}</h3>${ranking.suppressed ? `<p>${t.noRanking}</p>` : thirds}
  <h3>${t.responses}</h3><table><thead><tr>${rates.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${rates.rows
    .map((row) => `<tr>${row.map((v, i) => (i === 0 ? `<td>${cell(v)}</td>` : `<td class="num">${cell(v)}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>${reachedNote(report, lang)}`;
}

/** Beside the response table: how many were not reached, and the rate of the others. */
function reachedNote(report: Report, lang: 'sv' | 'en'): string {
  const { answered, invited, unreachable } = report.responseRates.total.total;
  return unreachable > 0 ? `<p>${esc(T[lang].reached(unreachable, pct(answered, invited - unreachable)))}</p>` : '';
}

const SYMBOLS = { atLeast: '≥', atMost: '≤', equal: '=' } as const;

function targetsHtml(report: Report, lang: 'sv' | 'en'): string {
  const t = T[lang];
  const targets = report.targets;
  if (!targets) return '';
  const rows = targets.rows.map((row) => {
    const value = row.comparison === 'yes' || row.threshold === null ? t.yes : `${SYMBOLS[row.comparison]} ${row.threshold} ${row.unit[lang]}`;
    const measured = !row.measure || !row.measured
      ? `<td colspan="3"><em>${t.notMeasured}</em></td>`
      : row.measured.suppressed
        ? `<td>${esc(row.measure.label[lang])}</td><td colspan="2">${t.tooFew}</td>`
        : `<td>${esc(row.measure.label[lang])}</td><td class="num">${pct(row.measured.met, row.measured.n)}<small> n=${row.measured.n}</small></td><td class="num">${row.measured.median ?? '–'}</td>`;
    return `<tr><td>${esc(row.label[lang])}</td><td>${esc(value)}</td>${measured}</tr>`;
  });
  return `<h2>${esc(t.targets(targets.year))}</h2><table><thead><tr><th>${t.target}</th><th>${t.value}</th><th>${t.measured}</th><th>${t.met}</th><th>${t.median}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The trainees' agreement per specialty group (the hospital report's comparison), with the numeric items' shares. */
function groupsHtml(report: Report, lang: 'sv' | 'en'): string {
  const t = T[lang];
  const comparison = report.groupComparison;
  if (!comparison || comparison.groups.length < 2) return '';
  const cell = (f: { suppressed: boolean; n: number | null; smallN: boolean } | undefined, value: number | null | undefined) =>
    `<td class="num">${!f ? '' : f.suppressed ? t.tooFew : `${pct(value ?? null, f.n)}<small> n=${f.n}${f.smallN ? '*' : ''}</small>`}</td>`;
  const statements = comparison.statements
    .filter((s) => s.byRole.st)
    .map((s) => `<tr><td>${s.area}. ${esc(s.label[lang])}</td>${comparison.groups.map((g) => cell(s.byRole.st.groups[g], s.byRole.st.groups[g]?.agreeing)).join('')}${cell(s.byRole.st.total, s.byRole.st.total.agreeing)}</tr>`);
  const numeric = comparison.numeric
    .filter((n) => n.roles.includes('st'))
    .flatMap((n) =>
      ([[t.none, 'zero'], [t.atLeastOne, 'atLeastOne']] as const).map(
        ([name, key]) => `<tr><td>${esc(n.label[lang])}: ${name}</td>${comparison.groups.map((g) => cell(n.groups[g], n.groups[g]?.[key])).join('')}${cell(n.total, n.total[key])}</tr>`,
      ),
    );
  const head = comparison.groups.map((g) => `<th>${esc(SPECIALTY_GROUPS.find((x) => x.code === g)?.[lang] ?? g)}</th>`).join('');
  return `<section class="area"><h2>${t.groups}</h2><table><thead><tr><th>${t.statement}</th>${head}<th>${t.total}</th></tr></thead><tbody>${[...statements, ...numeric].join('')}</tbody></table><p><small>${esc(t.smallN(comparison.smallN))}</small></p></section>`;
}

/** Prints HTML to an A4 PDF with the system's Chromium, or explains (501) that it is missing. */
export async function renderPdf(html: string, chromiumPath: string): Promise<Buffer> {
  if (!fs.existsSync(chromiumPath)) {
    throw new NotImplemented(
      `Server-side PDF needs Chromium at ${chromiumPath}, which is not installed here (Debian: apt-get install chromium, or set CHROMIUM_PATH). Use "Print / Save as PDF" on the report page instead.`,
    );
  }
  // Loaded when first needed: it takes about a second to load, and most starts never use it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
