import fs from 'node:fs';
import type { Report } from '../../../contract/report.js';
import type { ReportRevision } from '../../../contract/report-authoring.js';
import { ROLES } from '../../../surveys/types.js';
import { NotImplemented } from '../../http/errors.js';
import { benchmarkMethod } from './method-text.js';

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);

const T = {
  sv: { report: 'Rapport', grade: 'Bedömning', summary: 'Sammanfattning', strengths: 'Styrkor', weaknesses: 'Svagheter', recommendations: 'Rekommendationer', justification: 'Motivering', statement: 'Påstående', benchmark: 'Påståenden som skiljer sig minst 10 procentenheter från riket', here: 'Här', pool: 'Riket', diff: 'Skillnad', tooFew: 'för få svar', improvement: 'Förbättringsområden', quotes: 'Citat ur fritextsvaren', area: 'Område', draft: 'UTKAST – inte publicerad', anonymity: (n: number, at: string) => `Siffror visas bara för grupper där minst ${n} personer har svarat. De beräknades ${at} när granskningen stängdes och ändras inte.`, roles: { st: 'ST', supervisor: 'Handl.', director: 'SR', head: 'VC' } },
  en: { report: 'Report', grade: 'Grade', summary: 'Summary', strengths: 'Strengths', weaknesses: 'Weaknesses', recommendations: 'Recommendations', justification: 'Justification', statement: 'Statement', benchmark: 'Statements differing from the national pool by 10 percentage points or more', here: 'Here', pool: 'Pool', diff: 'Difference', tooFew: 'too few answers', improvement: 'Improvement areas', quotes: 'Quotes from the free-text answers', area: 'Area', draft: 'DRAFT – not published', anonymity: (n: number, at: string) => `Figures are shown only for groups in which at least ${n} people answered. They were computed on ${at}, when the review closed, and do not change.`, roles: { st: 'ST', supervisor: 'Sup.', director: 'SD', head: 'Head' } },
};

/** The report as a printable A4 HTML document: one section per area, black-and-white readable. */
export function reportHtml(report: Report, revision: ReportRevision | null, quotes: { text: string; role: string | null }[], lang: 'sv' | 'en'): string {
  const t = T[lang];
  const content = revision?.content;
  const areaSections = report.areas
    .map((area) => {
      const a = content?.areas[area.area];
      const rows = area.statements
        .map((s) => `<tr><td>${esc(s.label[lang])}</td>${ROLES.map((r) => `<td class="num">${s.byRole[r] ? (s.byRole[r].suppressed ? t.tooFew : `${pct(s.byRole[r].share)}<small> n=${s.byRole[r].n}</small>`) : ''}</td>`).join('')}</tr>`)
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
  ${content?.summary ? `<h2>${t.summary}</h2><p>${esc(content.summary)}</p>` : ''}
  ${content?.improvementAreas.length ? `<h2>${t.improvement}</h2>${content.improvementAreas.map((i) => `<h3>${esc(i.title)}</h3><p>${esc(i.rationale)}</p><ol>${i.recommendations.map((r) => `<li>${esc(r)}</li>`).join('')}</ol>`).join('')}` : ''}
  ${flagged.length ? `<h2>${t.benchmark}</h2><table><thead><tr><th>${t.statement}</th><th>${t.here}</th><th>${t.pool}</th><th>${t.diff}</th></tr></thead><tbody>${flagged.map((b) => `<tr><td>${esc(b.label[lang])} (${t.roles[b.role as keyof typeof t.roles]})</td><td class="num">${pct(b.local.share)}</td><td class="num">${pct(b.pool.share)}</td><td class="num">${b.differencePp > 0 ? '+' : ''}${b.differencePp}</td></tr>`).join('')}</tbody></table>` : ''}
  ${quotes.length ? `<h2>${t.quotes}</h2>${quotes.map((q) => `<blockquote>”${esc(q.text)}”</blockquote>`).join('')}` : ''}
  ${areaSections}
  </body></html>`;
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
