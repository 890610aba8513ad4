import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../contract/report.js';
import { intervalPercent, sharePercent } from '../../contract/shares.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/demo/load.js';
import { login } from '../support/factories.js';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startDemoApp, type RunningApp } from '../support/browser.js';

const unavailable = browserUnavailable() ?? (fs.existsSync('/usr/bin/pdftotext') ? null : 'no pdftotext (apt-get install poppler-utils)');
if (unavailable) console.warn(`Skipping the printed report's tests: ${unavailable}`);

const reader = DEMO_ACCOUNTS.find((a) => a.role === 'reader')!.email;
/** A4's width less the page's side margins (14 mm each), at 96 px per inch. */
const PAGE_WIDTH_PX = Math.floor(((210 - 28) / 25.4) * 96);

/** The text of a PDF, white space (line ends, no-break spaces) as single spaces. */
const pdfText = (file: string) => execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Percentage points as the report prints them: a real minus sign, a plus on gains. */
const signed = (pp: number) => (pp < 0 ? `−${-pp}` : pp > 0 ? `+${pp}` : '0');

/** The width in pixels of a PNG (its IHDR chunk). */
const pngWidth = (file: string) => fs.readFileSync(file).readUInt32BE(16);

describe.skipIf(unavailable)('the report on paper and on a phone', () => {
  let app: RunningApp;
  let browser: Browser;
  let reviewId: string;
  let cookie: string;
  let report: Report;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spur-report-pdf-'));

  beforeAll(async () => {
    ({
      app,
      summary: { reviewId },
    } = await startDemoApp());
    ({ cookie } = await login(app.app, reader, DEMO_PASSWORD));
    report = (await app.app.inject({ url: `/api/reviews/${reviewId}/report`, headers: { cookie } })).json();
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function readerPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name, value, url: app.baseUrl }]);
    return context.newPage();
  }

  async function openReport(page: Page, query = '') {
    await page.goto(`${app.baseUrl}/reviews/${reviewId}/report${query}`);
    await page.locator('article.report[data-ready="true"]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
  }

  it('the PDF is the whole report: every section, n and intervals beside each difference, the method, page headers and numbers', async () => {
    const res = await app.app.inject({ url: `/api/reviews/${reviewId}/report.pdf?lang=sv`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, res.rawPayload);
    // To look at it: REPORT_PDF_OUT=/some/folder keeps a copy.
    if (process.env.REPORT_PDF_OUT) fs.copyFileSync(file, path.join(process.env.REPORT_PDF_OUT, 'report.pdf'));
    const text = pdfText(file);

    const headings = [
      'Helhetsbild',
      'Påståendena rangordnade efter ST-läkarnas instämmande',
      'Bedömningar per område',
      'Sammanfattning',
      'Svarsfrekvens',
      'Metod och underlag',
      'Andel som instämmer, per roll',
      'Mönster att uppmärksamma',
      'Jämfört med riket',
      'Tid och uppföljning',
      'Sjukhusets mål',
      'Specialitetsgrupperna sida vid sida',
      'Teman i förbättringsförslagen',
      'Citat ur förbättringsförslagen',
      ...report.areas.map((a) => `${a.area}. ${a.title.sv}`),
    ];
    expect(headings.filter((heading) => !text.includes(heading))).toEqual([]);
    // The grades with their areas' names, the response table's sum of both surveys, the method's facts.
    const grades = text.slice(text.indexOf('Bedömningar per område'), text.indexOf('Sammanfattning'));
    // (A long name wraps in its card, and pdftotext may read the card's second line later: its start is enough.)
    expect(report.areas.filter((a) => !grades.includes(a.title.sv.slice(0, 20))).map((a) => a.area)).toEqual([]);
    expect(grades.match(/\b[A-H]\b/g)!.length).toBeGreaterThanOrEqual(16); // each area’s letter (A–H) and its grade (A–D)
    expect(text).toContain('Svar totalt, båda enkäterna 231');
    expect(text).toMatch(/Siffrorna beräknades .* Tillfrågade \(Demosjukhuset\): \d+ ST-läkare/);
    expect(text).toMatch(/minst 3 personer har svarat/);
    expect(text).toMatch(/Rikets siffror för ST-läkarna bygger på \d+–\d+ svar per påstående/);

    // Every flagged difference with both n and its interval, the supported ones first.
    const flagged = report.benchmark.filter((b) => b.flagged);
    expect(flagged.length).toBeGreaterThan(3);
    for (const row of flagged) {
      const here = `${sharePercent(row.local.agreeing, row.local.n)} % \\(n = ${row.local.n}\\)`;
      const pool = `${sharePercent(row.pool.agreeing, row.pool.n)} % \\(n = ${row.pool.n}\\)`;
      expect(text, row.label.sv).toMatch(new RegExp(`${here} ${pool} [−+]?${Math.abs(row.differencePp)} p\\.e\\.`));
      // The interval's cell sits at the top of its row, so pdftotext may read it before the figures.
      const { low, high } = intervalPercent(row.interval, 1);
      expect(text, row.label.sv).toContain(`${signed(low)} … ${signed(high)}`);
    }
    expect(text).toContain('Skillnader som intervallet stöder (95 % KI utesluter noll)');

    // Each page names the hospital and review, and counts itself.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(text).toContain(`Sida 1 av ${pages}`);
    expect(text).toContain(`Sida ${pages} av ${pages}`);
    expect(text.split(report.review.hospitalName).length - 1).toBeGreaterThanOrEqual(pages);

    // As images, every page is A4 wide.
    execFileSync('/usr/bin/pdftoppm', ['-r', '50', '-png', file, path.join(dir, 'page')]);
    const images = fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(images).toHaveLength(pages);
    // (210 mm is 413.4 px at 50 dpi; US Letter would be 425.)
    expect(images.map((f) => pngWidth(path.join(dir, f))).filter((width) => width < 413 || width > 414)).toEqual([]);
  }, 180_000);

  it('a filtered PDF leaves out the whole review’s grades and texts, and says why', async () => {
    const res = await app.app.inject({ url: `/api/reviews/${reviewId}/report.pdf?lang=sv&specialtyGroup=diagnostic`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const file = path.join(dir, 'diagnostic.pdf');
    fs.writeFileSync(file, res.rawPayload);
    const text = pdfText(file);
    expect(text).toContain('Visar: Diagnostiska specialiteter');
    expect(text).toContain('Bedömningarna A–D, granskarnas text och fritextsvaren gäller hela granskningen, inte Diagnostiska specialiteter.');
    expect(text).not.toContain('Bedömning:');
    expect(text).not.toContain('Citat ur förbättringsförslagen');
    expect(text).toContain('Jämfört med riket');
  }, 180_000);

  it('printed from the browser: no tools, nothing wider than the page, charts redrawn for the paper', async () => {
    const page = await readerPage({ width: 1280, height: 900 });
    await openReport(page);
    const chartWidthOnScreen = await page
      .locator('.agreement-figure canvas')
      .first()
      .evaluate((c) => c.getBoundingClientRect().width);
    await page.setViewportSize({ width: PAGE_WIDTH_PX, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-nav', '.report-tools', '.report-downloads', '.report-filters', '.interval-toggle input']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    await expect
      .poll(() =>
        page
          .locator('.agreement-figure canvas')
          .first()
          .evaluate((c) => c.getBoundingClientRect().width),
      )
      .toBeLessThan(chartWidthOnScreen);
    const tooWide = await page.evaluate((width) => {
      const wide: string[] = [];
      for (const element of document.querySelectorAll('article.report *')) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 1) wide.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.right)}`);
      }
      return wide.slice(0, 10);
    }, PAGE_WIDTH_PX);
    expect(tooWide).toEqual([]);
    // Headings stay with what follows, and tables are not split where avoidable.
    const breaks = await page.evaluate(() => ({
      heading: getComputedStyle(document.querySelector('.report-area h3')!).breakAfter,
      table: getComputedStyle(document.querySelector('.report table')!).breakInside,
    }));
    expect(breaks).toEqual({ heading: 'avoid', table: 'avoid' });
  }, 120_000);

  it('at 390 px the report is no wider than the phone; wide tables scroll in a named, focusable box; headings in order', async () => {
    const page = await readerPage({ width: 390, height: 844 });
    await openReport(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const scrollers = page.locator('article.report .table-scroll');
    expect(await scrollers.count()).toBeGreaterThan(10);
    const overflowing = await scrollers.evaluateAll((boxes) =>
      boxes
        .filter((b) => b.scrollWidth > b.clientWidth + 1)
        .map((b) => ({ role: b.getAttribute('role'), tabIndex: (b as HTMLElement).tabIndex, label: b.getAttribute('aria-label') ?? '' })),
    );
    expect(overflowing.length).toBeGreaterThan(0);
    for (const box of overflowing) expect(box).toEqual({ role: 'region', tabIndex: 0, label: expect.stringMatching(/\S/) });
    expect(await seriousAxeViolations(page)).toEqual([]);
    const headingOrder = await new AxeBuilder({ page }).withRules(['heading-order']).analyze();
    expect(headingOrder.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  }, 120_000);

  it('a filtered view at 390 px says the grades belong to the whole review and offers it', async () => {
    const page = await readerPage({ width: 390, height: 844 });
    await openReport(page, '?specialtyGroup=diagnostic');
    expect(await page.locator('.grade-grid, .grade-badge').count()).toBe(0);
    await page.getByRole('button', { name: 'Visa hela granskningen med bedömningar' }).click();
    await page.locator('.grade-grid').waitFor();
    expect(await page.locator('.grade-grid .grade-letter').count()).toBe(8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }, 120_000);
});
