import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswers } from '../support/answers.js';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startApp, type RunningApp } from '../support/browser.js';
import { call, createHospital, openReviewWithInvitations, signIn } from '../support/factories.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

/** Set RESPOND_SCREENSHOTS to a folder to keep screenshots of the journey's steps. */
const SHOTS = process.env.RESPOND_SCREENSHOTS;
async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const ANSWERS = completeAnswers('st');

/** The questions of the survey page on screen. */
const questionsOnPage = (page: Page) => page.locator('.sd-body .sd-page .sd-question');

/** Answers every question on the current survey page with real clicks and typing. */
async function answerCurrentPage(page: Page): Promise<number> {
  await questionsOnPage(page).first().waitFor();
  const count = await questionsOnPage(page).count();
  for (let i = 0; i < count; i++) {
    const question = questionsOnPage(page).nth(i);
    const name = await question.getAttribute('data-name');
    if (await question.locator('input[type="radio"]').count()) {
      await question.locator('.sd-item__control-label').first().click();
    } else if (await question.locator('.sd-rating__item').count()) {
      await question.locator('.sd-rating__item').first().click();
    } else if (await question.locator('input').count()) {
      await question
        .locator('input')
        .first()
        .fill(String(ANSWERS[name ?? ''] ?? 1));
    }
    // Free-text questions (suggestions) are optional: left empty.
  }
  return count;
}

const nextButton = (page: Page) => page.locator('.sd-navigation__next-btn');
const completeButton = (page: Page) => page.locator('.sd-navigation__complete-btn');
const previewButton = (page: Page) => page.locator('.sd-navigation__preview-btn');
const pageTitle = (page: Page) => page.locator('.sd-body .sd-page__title').first().textContent();

/** Answers the remaining pages up to the look-over of every answer. */
async function answerToTheLookOver(page: Page): Promise<void> {
  for (let guard = 0; guard < 30; guard++) {
    await answerCurrentPage(page);
    if (await previewButton(page).isVisible()) {
      await previewButton(page).click();
      await completeButton(page).waitFor();
      return;
    }
    const before = await pageTitle(page);
    await nextButton(page).click();
    await expect.poll(() => pageTitle(page)).not.toBe(before);
  }
  throw new Error('the survey never ended');
}

/** Answers the remaining pages, looks them over and submits. */
async function answerToTheEnd(page: Page): Promise<void> {
  await answerToTheLookOver(page);
  await completeButton(page).click();
}

describe.skipIf(unavailable)("the respondent's journey", () => {
  let app: RunningApp;
  let browser: Browser;
  let tokens: Map<string, string>;
  let closedToken: string;
  let hospitalName: string;
  const contexts: BrowserContext[] = [];

  async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const context = await browser.newContext(options);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const inspector = await signIn(app.app, 'inspector');
    const hospital = await createHospital(app.app, inspector);
    hospitalName = (await call(app.app, inspector, 'GET', '/api/hospitals', undefined, 200))
      .json()
      .hospitals.find((h: { id: string }) => h.id === hospital.id).name;
    ({ tokens } = await openReviewWithInvitations(app.app, inspector, hospital, [
      ['Anna Andersson', 'anna@example.se', 'st', 0],
      ['Bo Berg', 'bo@example.se', 'st', 1],
      ['Cilla Ek', 'cilla@example.se', 'st', 0],
      ['Dan Ås', 'dan@example.se', 'st', 1],
      ['Fia Holm', 'fia@example.se', 'st', 0],
      ['Gun Ny', 'gun@example.se', 'st', 1],
      ['Hedda Ros', 'hedda@example.se', 'st', 0],
    ]));
    const other = await createHospital(app.app, inspector);
    const closed = await openReviewWithInvitations(app.app, inspector, other, [['Eva Lind', 'eva@example.se', 'st', 0]]);
    await call(app.app, inspector, 'POST', `/api/reviews/${closed.review.id}/close`, undefined, 200);
    closedToken = closed.tokens.get('eva@example.se')!;
  }, 60_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('welcomes in Swedish: hospital, unit, role, closing date, time and what anonymity means', async () => {
    const page = await newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${app.baseUrl}/s/${tokens.get('anna@example.se')}`);
    const welcome = page.locator('[data-respond-status="welcome"]');
    await welcome.waitFor();
    // The entry, the page's own chunk and SurveyJS (with tiny shared helpers): no console, report or chart code.
    expect(scripts.some((s) => /\/RespondPage-/.test(s))).toBe(true);
    expect(scripts.filter((s) => /console|Console|Report|report|Chart|chart|Login|Reviews/.test(s))).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    const text = await welcome.textContent();
    expect(text).toContain(hospitalName);
    expect(text).toContain('Klinik 1 (surgical)');
    expect(text).toContain('ST-läkare');
    expect(text).toContain('31 dec. 2099');
    expect(text).toMatch(/Cirka \d+ minuter/);
    expect(text).toContain(
      'Granskarna ser bara om du har svarat, aldrig vad du har svarat. Resultat visas bara för grupper där minst 3 personer har svarat, och först när enkäten har stängt.',
    );
    // No menu or account area for respondents.
    expect(await page.locator('nav').count()).toBe(0);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'welcome');

    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => welcome.textContent())
      .toContain('Results are only shown for groups in which at least 3 people have answered, and only after the survey has closed.');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.close();
  });

  it("speaks the browser's language on a first visit: English for an English browser, Swedish for any other", async () => {
    for (const [locale, lang, heading] of [
      ['en-GB', 'en', 'Results are only shown for groups'],
      ['de-DE', 'sv', 'Resultat visas bara för grupper'],
    ] as const) {
      const page = await newPage({ locale });
      await page.goto(`${app.baseUrl}/s/${tokens.get('anna@example.se')}`);
      const welcome = page.locator('[data-respond-status="welcome"]');
      await welcome.waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await welcome.textContent()).toContain(heading);
      await page.close();
    }
  });

  it('saves as the respondent goes, resumes after a reload, submits and then says already answered', async () => {
    const page = await newPage();
    const link = `${app.baseUrl}/s/${tokens.get('anna@example.se')}`;
    await page.goto(link);
    await page.getByRole('button', { name: 'Starta enkäten' }).click();
    await questionsOnPage(page).first().waitFor();
    // Focus moves to the new step's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    const firstTitle = await pageTitle(page);
    await answerCurrentPage(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await nextButton(page).click();
    await expect.poll(() => pageTitle(page)).not.toBe(firstTitle);
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Senast sparad \d\d:\d\d$/);
    expect(await page.getByTestId('progress').textContent()).toMatch(/^Sida 2 av \d+$/);
    const secondTitle = await pageTitle(page);
    const secondCount = await answerCurrentPage(page);
    // Saved on a short debounce, without changing page.
    const saved = page.waitForResponse((r) => r.url().endsWith('/draft') && r.request().method() === 'PUT' && r.status() === 200);
    await saved;

    await page.reload();
    await page.getByRole('button', { name: 'Fortsätt där du slutade' }).click();
    await expect.poll(() => pageTitle(page)).toBe(secondTitle);
    expect(await page.locator('.sd-body .sd-page input[type="radio"]:checked').count()).toBe(secondCount);
    await page.locator('.sd-navigation__prev-btn').click();
    await expect.poll(() => pageTitle(page)).toBe(firstTitle);
    expect(await page.locator('.sd-body .sd-page input[type="radio"]:checked').count()).toBeGreaterThan(0);

    await answerToTheEnd(page);
    const thanks = page.getByRole('heading', { level: 1, name: 'Tack för dina svar!' });
    await thanks.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'thanks');

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Du har redan svarat' }).waitFor();
    await page.close();
  });

  it('works at 390 × 844 (a phone), without horizontal scrolling', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${app.baseUrl}/s/${tokens.get('bo@example.se')}`);
    await page.getByRole('button', { name: 'Starta enkäten' }).click();
    await answerCurrentPage(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'survey-390');
    await answerToTheEnd(page);
    await page.getByRole('heading', { level: 1, name: 'Tack för dina svar!' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('shows every answer to look over before sending, and lets the respondent go back to a page', async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/s/${tokens.get('hedda@example.se')}`);
    await page.getByRole('button', { name: 'Starta enkäten' }).click();
    const pages = Number((await page.getByTestId('progress').textContent())!.match(/av (\d+)/)![1]);
    await answerToTheLookOver(page);
    await expect.poll(() => page.getByTestId('progress').textContent()).toContain('Se över dina svar');
    // Every page's questions at once, answered as given, nothing sent yet.
    expect(await questionsOnPage(page).count()).toBeGreaterThan(50);
    expect((await (await fetch(`${app.baseUrl}/api/respond/${tokens.get('hedda@example.se')}`)).json()).status).toBe('open');
    await page.getByRole('button', { name: 'Redigera' }).first().click();
    await expect.poll(() => page.getByTestId('progress').textContent()).toBe(`Sida 1 av ${pages}`);
    await answerToTheEnd(page);
    await page.getByRole('heading', { level: 1, name: 'Tack för dina svar!' }).waitFor();
    await page.close();
  });

  it('can be answered with the keyboard only', async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/s/${tokens.get('cilla@example.se')}`);
    await page.locator('[data-respond-status="welcome"]').waitFor();
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return {
          type: el?.type,
          text: el?.textContent?.trim(),
          next: el?.classList.contains('sd-navigation__next-btn') ?? false,
          name: el?.closest('.sd-question')?.getAttribute('data-name') ?? null,
        };
      });
    const tabUntil = async (found: (a: Awaited<ReturnType<typeof active>>) => boolean) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if (found(await active())) return;
      }
      throw new Error('never reached by Tab');
    };
    await tabUntil((a) => a.text === 'Starta enkäten');
    await page.keyboard.press('Enter');
    await questionsOnPage(page).first().waitFor();
    const firstTitle = await pageTitle(page);

    const names = await questionsOnPage(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
    for (const name of names) {
      await tabUntil((a) => a.name === name);
      const { type } = await active();
      if (type === 'radio') {
        // Arrow keys move within the group and select; Space selects the focused one.
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('Space');
      } else {
        await page.keyboard.type(String(ANSWERS[name!] ?? 1));
      }
    }
    await tabUntil((a) => a.next);
    await page.keyboard.press('Enter');
    await expect.poll(() => pageTitle(page)).not.toBe(firstTitle);
    // Focus follows to the new page's heading.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('sd-page__title'))).toBe(true);
    await page.close();
  });

  it('says clearly when a save failed, and saves again once the server answers', async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/s/${tokens.get('fia@example.se')}`);
    await page.getByRole('button', { name: 'Starta enkäten' }).click();
    await questionsOnPage(page).first().waitFor();
    await page.route('**/api/respond/*/draft', (route) => route.abort('connectionfailed'));
    await questionsOnPage(page).first().locator('.sd-item__control-label').first().click();
    const alert = page.getByRole('alert').filter({ hasText: 'kunde inte sparas' });
    await alert.waitFor();
    expect(await page.getByTestId('save-status').textContent()).toBe('Dina svar sparas automatiskt.');
    await page.unroute('**/api/respond/*/draft');
    await page.getByRole('button', { name: 'Försök spara nu' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Senast sparad \d\d:\d\d$/);
    await expect.poll(() => alert.count()).toBe(0);
    await page.close();
  });

  it('sends the submission again by itself while the server is restarting (503), and then thanks', async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/s/${tokens.get('gun@example.se')}`);
    await page.getByRole('button', { name: 'Starta enkäten' }).click();
    let attempts = 0;
    await page.route('**/api/respond/*/submit', async (route) => {
      attempts++;
      if (attempts <= 2) {
        await route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({ title: 'Service Unavailable', status: 503, detail: 'The database is restarting.' }),
        });
      } else {
        await route.continue();
      }
    });
    await answerToTheEnd(page);
    await page.getByRole('heading', { level: 1, name: 'Tack för dina svar!' }).waitFor({ timeout: 30_000 });
    expect(attempts).toBe(3);
    await page.close();
  });

  it("shows the server's problems next to the questions and keeps every answer", async () => {
    const token = tokens.get('dan@example.se')!;
    // A draft on the last page with one statement of the first page left unanswered.
    const form = await (await fetch(`${app.baseUrl}/api/respond/${token}`)).json();
    const survey = await (await fetch(`${app.baseUrl}/api/surveys/${form.survey.key}/versions/${form.survey.versionId}/roles/st?lang=sv`)).json();
    const missing = survey.pages[0].elements[0].name as string;
    const data = { ...ANSWERS };
    delete data[missing];
    const put = await fetch(`${app.baseUrl}/api/respond/${token}/draft`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data, currentPage: survey.pages.length - 1 }),
    });
    expect(put.status).toBe(200);

    const page = await newPage();
    await page.goto(`${app.baseUrl}/s/${token}`);
    await page.locator('[data-respond-status="welcome"]').waitFor();
    await page.getByRole('button', { name: 'Fortsätt där du slutade' }).click();
    await previewButton(page).click();
    await completeButton(page).click();
    await expect.poll(() => page.getByTestId('submit-errors').textContent()).toContain('Ett svar behöver åtgärdas');
    // On the first page, the message beside the question.
    const question = page.locator(`.sd-question[data-name="${missing}"]`);
    await expect.poll(() => question.locator('.sd-question__erbox').first().textContent()).toMatch(/\S/);
    expect(await page.locator('.sd-body .sd-page input[type="radio"]:checked').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('says when the survey is closed, and that an unknown link does not work', async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/s/${closedToken}`);
    await page.getByRole('heading', { level: 1, name: 'Enkäten är stängd' }).waitFor();
    await page.goto(`${app.baseUrl}/s/not-a-real-link`);
    await page.getByRole('heading', { level: 1, name: 'Länken fungerar inte' }).waitFor();
    await page.goto(`${app.baseUrl}/s/${'A'.repeat(43)}`);
    await page.getByRole('heading', { level: 1, name: 'Länken fungerar inte' }).waitFor();
    await page.close();
  });
});
