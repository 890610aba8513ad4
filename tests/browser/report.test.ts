import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/demo/load.js';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startDemoApp, type RunningApp } from '../support/browser.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

const account = (role: 'reader' | 'inspector') => DEMO_ACCOUNTS.find((a) => a.role === role)!.email;

describe.skipIf(unavailable)('the graded report', () => {
  let app: RunningApp;
  let browser: Browser;
  let reviewId: string;

  beforeAll(async () => {
    ({
      app,
      summary: { reviewId },
    } = await startDemoApp());
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function loggedIn(email: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }

  it('hospital leadership read the published report: eight grades, charts with their tables, a printable page', async () => {
    const page = await loggedIn(account('reader'));
    await page.goto(`${app.baseUrl}/reviews/${reviewId}/report`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Rapport');

    const grades = page.locator('.grade-grid .grade-letter');
    await expect.poll(() => grades.count()).toBe(8);
    expect((await grades.allTextContents()).every((g) => /^[A-D]$/.test(g))).toBe(true);
    expect(await page.getByText('Utkast', { exact: true }).count()).toBe(0);

    // Every chart points to its data table, which shows the shares and the number of answers.
    const canvas = page.locator('canvas[role="img"]').first();
    await expect.poll(() => canvas.count()).toBe(1);
    const tableId = await canvas.getAttribute('aria-details');
    const table = page.locator(`table#${tableId}`);
    expect(await table.locator('thead th').allTextContents()).toEqual(['Påstående', 'ST-läkare', 'Handledare', 'Studierektor', 'Verksamhetschef']);
    expect(await table.locator('tbody td').first().textContent()).toMatch(/\d+\s%\s*\(n = \d+\)/);
    // One per area, and the specialty groups side by side.
    expect(await page.locator('canvas[role="img"]').count()).toBe(9);

    // Statements flagged against the national benchmark, with the difference and its interval.
    await expect.poll(() => page.locator('table[id^="benchmark-table-"]').count()).toBeGreaterThan(0);
    expect(await page.locator('table[id^="benchmark-table-"] td').filter({ hasText: 'p.e.' }).count()).toBeGreaterThan(0);
    // Self-study against the pool's self-study hours: the domain report's "16 vs 52" line.
    const selfStudy = page.locator('#benchmark-table-F tbody tr').filter({ hasText: 'Schemalagd tid för självstudier minst 1 timme i veckan' });
    expect(await selfStudy.count()).toBe(1);
    expect((await selfStudy.locator('td').allTextContents())[1]).toMatch(/^16\s%/);
    // The country's row of the self-study table, and what the comparison rests on.
    expect(await page.locator('#numeric-F\\.self-study-hours .pool-row th').textContent()).toBe('Riket (andra sjukhus)');
    expect(await page.locator('#benchmark-method').textContent()).toMatch(
      /hela månaderna före stängningen.*svar från sjukhuset självt under perioden är inte med i riket\./,
    );

    // It opens with the overall question and the statements ranked by the trainees, in thirds.
    const overview = page.locator('section.report-overview');
    expect(await overview.locator('.overall-figure').first().textContent()).toMatch(
      /^91\s%\s*av ST-läkarna instämmer i ”Min ST lever upp till mina förväntningar\.”/,
    );
    expect(await overview.locator('h4').allTextContents()).toEqual(['Högst skattade', 'I mitten', 'Lägst skattade']);
    expect(await overview.locator('.ranking-bottom li').last().textContent()).toMatch(
      /^ST-läkarnas kompetens inom kvalitets- och förbättringsarbete.*område G.*31\s%/,
    );
    const overviewBox = await overview.boundingBox();
    const gradesBox = await page.locator('#grades-heading').boundingBox();
    expect(overviewBox!.y).toBeLessThan(gradesBox!.y);

    // The response table: the directors' supplement its own line, and both surveys' answers summed.
    const rates = page.locator('#response-rates-table');
    expect(await rates.locator('tbody tr').filter({ hasText: 'Tilläggsenkät till studierektorer' }).locator('td').allTextContents()).toEqual([
      '13',
      '16',
      expect.stringMatching(/^81\s%$/),
      '0',
      expect.stringMatching(/^81\s%$/),
    ]);
    expect(await rates.locator('tbody tr').filter({ hasText: 'Svar totalt, båda enkäterna' }).locator('td').first().textContent()).toBe('231');

    // Each share's interval, on demand.
    expect(await page.locator('.interval').count()).toBe(0);
    await page.getByLabel('Visa konfidensintervall').check();
    await expect.poll(() => page.locator('.interval').count()).toBeGreaterThan(100);
    expect(await table.locator('tbody td').first().textContent()).toMatch(/\d+\s%\s*\(n = \d+\)\s*KI \d+–\d+\s%/);
    expect(await page.getByText(/^KI: 95 % konfidensintervall/).count()).toBe(1);

    // Downloads for every table and the whole report.
    expect(await page.getByRole('link', { name: /^CSV:/ }).count()).toBe(7);
    expect(await page.getByRole('link', { name: 'CSV: tilläggsenkät till studierektorer' }).count()).toBe(1);

    // The directors' supplement, its own section: 13 answered, the whole review's figures in tables.
    const supplement = page.locator('section#supplement');
    expect(await supplement.locator('h2').textContent()).toBe('Tilläggsenkät till studierektorer');
    expect(await supplement.locator('p').first().textContent()).toContain('13 svarade');
    const statements = supplement.locator('table#supplement-statements');
    expect(await statements.locator('thead th').allTextContents()).toEqual(['Påstående', 'Kontrollpunkt', 'Instämmer', 'n', 'Vet ej']);
    expect(await statements.locator('tbody tr').count()).toBeGreaterThan(5);
    for (const row of await statements.locator('tbody tr').all()) {
      const [checkpoint, share, n, dontKnow] = await row.locator('td').allTextContents();
      expect(checkpoint).toMatch(/^[A-H]\d+$/);
      expect(share).toMatch(/^\d+\s%/);
      expect(Number(n) + Number(dontKnow)).toBe(13);
    }
    expect(await supplement.locator('table#supplement-numeric tbody td').first().textContent()).toBe('13 av 13');
    expect(await supplement.locator('table.supplement-choice').count()).toBe(2);
    expect(await supplement.locator('blockquote').count()).toBe(3);

    // Both response rates, the hospital's targets against the answers, the groups side by side.
    expect(await page.locator('#response-rates-note').textContent()).toMatch(/3 av dem nåddes inte.*kan alltså vara högre/);
    const targets = page.locator('table#targets-table');
    expect(await targets.locator('tbody tr').count()).toBe(11);
    const cells = async (row: ReturnType<typeof targets.locator>) => (await row.locator('td').allTextContents()).map((c) => c.replace(/\s+/g, ' ').trim());
    expect(await cells(targets.locator('tbody tr', { hasText: 'Självstudier på arbetstid' }))).toEqual(expect.arrayContaining(['≥ 1 timme per vecka', '16 %']));
    expect(await targets.getByText('Mäts inte av den här enkäten').count()).toBe(7);
    const groups = page.locator('table#groups-chart-table');
    expect(await groups.locator('thead th').allTextContents()).toEqual([
      'Påstående eller fråga',
      'Opererande specialiteter och akutsjukvård',
      'Medicinska specialiteter',
      'Diagnostiska specialiteter',
      'Övriga',
      'Alla',
    ]);
    const noSelfStudy = await cells(groups.locator('tbody tr', { hasText: 'Andel med ingen (0)' }));
    expect(noSelfStudy.slice(0, 3).map((c) => c.match(/^\d+ %/)?.[0])).toEqual(['60 %', '40 %', '0 %']);
    expect(noSelfStudy[2]).toContain('litet n');
    expect(await page.getByRole('link', { name: 'Rapporten som PDF' }).getAttribute('href')).toBe(`/api/reviews/${reviewId}/report.pdf?lang=sv`);

    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await page.screenshot({ path: '/tmp/report-print.png', fullPage: true });
  });

  it('a selection by specialty group shows that group’s figures', async () => {
    const page = await loggedIn(account('reader'));
    await page.goto(`${app.baseUrl}/reviews/${reviewId}/report?specialtyGroup=diagnostic`);
    await expect.poll(() => page.locator('.scope-line').textContent()).toMatch(/Diagnostiska/);
    expect(await page.locator('select[name="scope"]').inputValue()).toBe('group:diagnostic');
    // The directors' supplement only for the whole review: one or two directors a group.
    expect(await page.locator('section#supplement').count()).toBe(0);
    expect(await page.locator('#supplement-note').textContent()).toBe(
      'Tilläggsenkäten till studierektorerna redovisas bara i rapporten för hela granskningen.',
    );
    expect(await page.getByRole('link', { name: 'CSV: tilläggsenkät till studierektorer' }).count()).toBe(0);
    // (The report page is axe-checked once, whole, above: a selection shows fewer of the same sections.)
  });

  it('the inspectors see the directors’ supplement beside the checklist points it cites, and apart in the response rates', async () => {
    const page = await loggedIn(account('inspector'));
    await page.goto(`${app.baseUrl}/reviews/${reviewId}/checklist`);
    await expect.poll(() => page.locator('#supplement-evidence-note').textContent()).toContain('13 studierektorernas svar');
    const tables = page.locator('table.supplement-evidence');
    expect(await tables.count()).toBe(3);
    const d7 = page.locator('table.supplement-evidence').filter({ has: page.locator('caption', { hasText: 'om D7' }) });
    expect(await d7.locator('thead th').allTextContents()).toEqual(['Påstående', 'Studierektor']);
    expect(await d7.locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await d7.locator('tbody td').first().textContent()).toMatch(/^\d+\s%\s*\(n = \d+\)$/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`${app.baseUrl}/reviews/${reviewId}/response-rates`);
    await expect
      .poll(() => page.locator('#supplement-rates-summary').textContent())
      .toMatch(/^13 av 16 inbjudna studierektorer har besvarat tilläggsenkäten \(81\s%\)/);
    expect(await page.locator('table#supplement-rates-by-unit tbody tr').count()).toBe(16);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("a reader's suggestions page shows the themes with their counts, and nothing they may not do", async () => {
    const page = await loggedIn(account('reader'));
    await page.goto(`${app.baseUrl}/reviews/${reviewId}/suggestions`);
    await page.getByRole('heading', { level: 2, name: 'Teman' }).waitFor();
    expect(await page.locator('.theme-counts li').count()).toBeGreaterThan(3);
    const content = page.locator('.report-suggestions');
    expect(await content.locator('button, input, select, textarea').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('an inspector writing the report sees the suggested grade of every area, and why', async () => {
    const page = await loggedIn(account('inspector'));
    await page.goto(`${app.baseUrl}/reviews/${reviewId}/report/edit`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Skriv rapporten');
    await expect.poll(() => page.getByText(/^Föreslagen bedömning: [A-D]$/).count()).toBe(8);
    expect(await page.getByText('Motivering krävs när bedömningen avviker från förslaget.').count()).toBe(8);
    expect(await page.getByText('Revision 1: Publicerad').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Påbörja rättelse' }).count()).toBe(1);
  });
});
