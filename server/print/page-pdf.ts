import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Route } from 'playwright-core';
import { NotImplemented, type Coded } from '../http/errors.js';

/**
 * A report's PDF is its page itself, printed by Chromium: the same React components, charts and
 * tables the reader sees, laid out by the page's print styles. Chromium never reaches the network:
 * every request of the page is answered here, the built client from its folder and the API through
 * `inject()` with the reader's own cookie, so the PDF shows exactly what that reader may see,
 * whether or not the server listens where PUBLIC_URL says (a proxy, a container).
 */

/** A name for the page's origin that resolves nowhere: nothing the page asks for leaves the process. */
const ORIGIN = 'http://report.print.invalid';

/** The A4 page: margins leave room for the running header and footer. */
const MARGIN = { top: '18mm', bottom: '18mm', left: '14mm', right: '14mm' };
/** 210 mm less the side margins, at 96 px per inch: charts are drawn for the paper's width. */
const CONTENT_WIDTH_PX = Math.floor(((210 - 28) / 25.4) * 96);
/** A report page marks its article ready when nothing is loading any more. */
const READY = 'article[data-ready="true"]';
/** How long the page may take to load its figures before the PDF is given up. */
const READY_TIMEOUT_MS = 60_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const TEXT = {
  sv: { page: 'Sida', of: 'av', draft: 'UTKAST – inte publicerad', published: 'Publicerad', revision: (n: number) => `Rapport, revision ${n}` },
  en: { page: 'Page', of: 'of', draft: 'DRAFT – not published', published: 'Published', revision: (n: number) => `Report, revision ${n}` },
};

export interface PrintedReport {
  /** The report page to print, with its filter: `/reviews/<id>/report?unitId=…`, `/annual/<id>`. */
  page: string;
  lang: 'sv' | 'en';
  /** The reader's cookie: the page asks the API as them. */
  cookie: string | undefined;
  hospital: string;
  title: string;
  /** The revision printed (null: the report has no revisions), and whether it is published (a draft says so on every page). */
  revision: { number: number | null; published: boolean } | null;
}

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Why the server cannot print here, or null when it can. */
function cannotPrint(chromiumPath: string, clientDir: string): Coded | null {
  if (!fs.existsSync(chromiumPath)) return { code: 'report.pdf.noChromium', params: { path: chromiumPath } };
  if (!fs.existsSync(path.join(clientDir, 'index.html'))) return { code: 'report.pdf.notBuilt' };
  return null;
}

/** Running header and footer of every page: hospital and review, revision (or draft), page numbers. */
function pageFrame(report: PrintedReport) {
  const t = TEXT[report.lang];
  const style = 'font: 8pt system-ui, sans-serif; color: #333; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between; gap: 8mm;';
  const { revision } = report;
  const status = !revision
    ? t.draft
    : revision.number === null
      ? revision.published
        ? t.published
        : t.draft
      : `${t.revision(revision.number)}${revision.published ? '' : ` · ${t.draft}`}`;
  return {
    headerTemplate: `<div style="${style}"><span>${esc(report.hospital)}</span><span>${esc(report.title)}</span></div>`,
    footerTemplate: `<div style="${style}"><span>${esc(status)}</span><span>${t.page} <span class="pageNumber"></span> ${t.of} <span class="totalPages"></span></span></div>`,
  };
}

/** Answers one request of the page: the API through inject() as the reader, anything else from the built client. */
async function answer(app: FastifyInstance, report: PrintedReport, clientDir: string, route: Route): Promise<void> {
  const request = route.request();
  const url = new URL(request.url());
  // Printing reads; it never changes anything, and it never leaves the process.
  if (url.origin !== ORIGIN || (request.method() !== 'GET' && request.method() !== 'HEAD')) return route.abort('blockedbyclient');
  if (url.pathname.startsWith('/api/')) {
    const res = await app.inject({
      method: request.method() as 'GET' | 'HEAD',
      url: url.pathname + url.search,
      headers: { ...(report.cookie ? { cookie: report.cookie } : {}), 'accept-language': report.lang, accept: request.headers().accept ?? '*/*' },
    });
    return route.fulfill({ status: res.statusCode, contentType: String(res.headers['content-type'] ?? 'application/json'), body: res.rawPayload });
  }
  const file = path.join(clientDir, path.normalize(decodeURIComponent(url.pathname)));
  const inside = file.startsWith(clientDir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
  const served = inside ? file : path.join(clientDir, 'index.html'); // client-side routes load the single-page app
  return route.fulfill({ status: 200, contentType: CONTENT_TYPES[path.extname(served)] ?? 'application/octet-stream', body: fs.readFileSync(served) });
}

/** Prints the report page as the reader sees it to an A4 PDF, or explains (501) what is missing. */
export async function renderReportPdf(app: FastifyInstance, report: PrintedReport, chromiumPath: string, clientDir: string): Promise<Buffer> {
  const missing = cannotPrint(chromiumPath, clientDir);
  if (missing) throw new NotImplemented(missing);
  // Loaded when first needed: it takes about a second to load, and most starts never use it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({
      // The page follows the browser's language on a first visit, and dates are Swedish days.
      locale: report.lang === 'sv' ? 'sv-SE' : 'en-GB',
      timezoneId: 'Europe/Stockholm',
      viewport: { width: CONTENT_WIDTH_PX, height: 1100 },
      deviceScaleFactor: 2, // charts are bitmaps: drawn at twice the size, they stay sharp on paper
    });
    await context.route('**/*', (route) => answer(app, report, clientDir, route));
    const page = await context.newPage();
    // Laid out for paper from the start, so the charts are drawn for the page's width.
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${ORIGIN}${report.page}`, { waitUntil: 'load' });
    await page.waitForSelector(READY, { state: 'attached', timeout: READY_TIMEOUT_MS });
    // Sections that load their own figures start after the first ones arrive: wait until all are in.
    await page.waitForLoadState('networkidle');
    await page.waitForSelector(READY, { state: 'attached', timeout: READY_TIMEOUT_MS });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, margin: MARGIN, ...pageFrame(report) });
  } finally {
    await browser.close();
  }
}
