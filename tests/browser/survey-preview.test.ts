import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyList } from '../../contract/surveys.js';
import { browserUnavailable, launchBrowser, seriousAxeViolations, startApp, type RunningApp } from '../support/browser.js';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping browser tests: ${unavailable}`);

type Lang = 'sv' | 'en';
type Role = 'st' | 'supervisor' | 'director' | 'head';

const ROLE_NAMES: Record<Role, Record<Lang, string>> = {
  st: { sv: 'ST-läkare', en: 'ST doctor' },
  supervisor: { sv: 'Handledare', en: 'Supervisor' },
  director: { sv: 'Studierektor', en: 'Study director' },
  head: { sv: 'Verksamhetschef', en: 'Head of department' },
};

/** Each survey's role forms, with a statement every one of them asks. */
const CASES: { key: string; role: Role; statement: string }[] = [
  { key: 'spur-external', role: 'st', statement: 'E.personal-supervisor' },
  { key: 'spur-external', role: 'supervisor', statement: 'E.personal-supervisor' },
  { key: 'spur-external', role: 'director', statement: 'E.personal-supervisor' },
  { key: 'spur-external', role: 'head', statement: 'E.personal-supervisor' },
  { key: 'director-supplement', role: 'director', statement: 'D.director-time-enough' },
];

interface FormElement {
  type: string;
  inputType?: string;
  name: string;
  title?: Record<Lang, string>;
  elements?: FormElement[];
}

/** Questions of a SurveyJS form, across pages and into panels. */
function questionsOf(form: { pages: { elements?: FormElement[] }[] }): FormElement[] {
  const walk = (elements: FormElement[] = []): FormElement[] => elements.flatMap((e) => (e.type === 'panel' ? walk(e.elements) : [e]));
  return form.pages.flatMap((p) => walk(p.elements));
}

describe.skipIf(unavailable)('the survey preview', () => {
  let app: RunningApp;
  let browser: Browser;
  let surveys: SurveyList['surveys'];
  const contexts = new Map<Lang, BrowserContext>();

  async function getJson<T>(path: string): Promise<T> {
    const res = await fetch(`${app.baseUrl}${path}`);
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  }

  /** A page whose app starts in `lang` (the choice the language button stores). */
  async function pageIn(lang: Lang): Promise<Page> {
    let context = contexts.get(lang);
    if (!context) {
      context = await browser.newContext();
      await context.addInitScript((l) => localStorage.setItem('lang', l), lang);
      contexts.set(lang, context);
    }
    return context.newPage();
  }

  /** Opens a preview and waits until SurveyJS has rendered its questions. */
  async function openPreview(page: Page, key: string, role: Role): Promise<void> {
    await page.goto(`${app.baseUrl}/surveys/${key}/preview/${role}`);
    await page.locator('[data-testid="question-count"]').waitFor();
    await page.locator('.sd-question').first().waitFor();
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    surveys = (await getJson<SurveyList>('/api/surveys')).surveys;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists the surveys with a preview link per role', async () => {
    const page = await pageIn('sv');
    await page.goto(`${app.baseUrl}/surveys`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    for (const survey of surveys) {
      const card = page.getByRole('region', { name: survey.title.sv });
      await expect.poll(() => card.textContent()).toContain(survey.versions.find((v) => v.current)?.id);
      for (const role of survey.roles) {
        expect(await card.getByRole('link', { name: ROLE_NAMES[role].sv, exact: true }).count()).toBe(1);
      }
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  /** What the preview must show in one language: the heading, every question, a known statement. Its questions. */
  async function expectForm(page: Page, key: string, role: Role, lang: Lang, statement: string): Promise<FormElement[]> {
    const survey = surveys.find((s) => s.key === key)!;
    const form = await getJson<{ pages: { elements?: FormElement[] }[] }>(`/api/surveys/${key}/versions/current/roles/${role}?lang=${lang}`);
    const questions = questionsOf(form);
    const known = questions.find((q) => q.name === statement)?.title?.[lang];
    expect(known, `${statement} in the ${role} form`).toBeTruthy();

    // SurveyJS marks its own root with the survey's language once it shows that language.
    await expect.poll(() => page.locator('.sd-root-modern').getAttribute('lang')).toBe(lang);
    await expect.poll(() => page.getByText(known!, { exact: true }).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const prefix = lang === 'sv' ? 'Förhandsgranskning' : 'Preview';
    expect(await page.locator('h1').textContent()).toBe(`${prefix}: ${survey.title[lang]} – ${ROLE_NAMES[role][lang]}`);
    // The count the page shows, and the questions actually rendered: all of them, on one page.
    expect(Number(await page.getByTestId('question-count').getAttribute('data-count'))).toBe(questions.length);
    await expect.poll(() => page.locator('.sd-question').count()).toBe(questions.length);
    return questions;
  }

  // axe once per kind of question and language, not once per form: each axe run on a 75-question
  // form takes several seconds, and the four role forms of spur-external differ in wording, not in
  // the kinds of question SurveyJS renders. A form is checked when it shows a kind (or a language)
  // no form before it in this file showed; run alone (-t), every form is checked.
  const checkedKinds = new Set<string>();
  async function expectAccessible(page: Page, lang: Lang, questions: FormElement[]): Promise<void> {
    const kinds = questions.map((q) => `${lang}:${q.type}:${q.inputType ?? ''}`);
    if (kinds.every((k) => checkedKinds.has(k))) return;
    expect(await seriousAxeViolations(page)).toEqual([]);
    for (const k of kinds) checkedKinds.add(k);
  }

  // One page per form: Swedish first, then English through the language button (as a user would;
  // it also saves a page load).
  for (const { key, role, statement } of CASES) {
    it(`shows every question of ${key} for ${role} in Swedish and English, accessibly`, async () => {
      expect(surveys.find((s) => s.key === key)?.roles).toContain(role);
      const page = await pageIn('sv');
      await openPreview(page, key, role);
      await expectAccessible(page, 'sv', await expectForm(page, key, role, 'sv', statement));

      // The page shows the form at once in English, then swaps in the English form from the API.
      const englishForm = page.waitForResponse((r) => r.url().includes(`/roles/${role}?lang=en`) && r.ok());
      await page.getByRole('button', { name: 'English' }).click();
      await englishForm;
      await expectAccessible(page, 'en', await expectForm(page, key, role, 'en', statement));
      await page.close();
    });
  }

  it('starts in English when that is the stored choice', async () => {
    const page = await pageIn('en');
    await openPreview(page, 'director-supplement', 'director');
    await expectForm(page, 'director-supplement', 'director', 'en', 'D.director-time-enough');
    await page.close();
  });

  it('fits a 360 px wide phone screen without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await openPreview(page, 'spur-external', 'st');
    await expect.poll(() => page.locator('.sd-question').count()).toBeGreaterThan(50);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('shows the 1–10 status scale as ten buttons, on a desktop and on a 360 px phone alike', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 360, height: 740 },
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await openPreview(page, 'director-supplement', 'director');
      const scale = page.locator('.sd-question[data-name="D.director-status"]');
      await scale.waitFor();
      expect(await scale.locator('.sd-dropdown').count(), `${viewport.width} px`).toBe(0);
      expect(await scale.locator('input[type="radio"]').count(), `${viewport.width} px`).toBe(10);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await context.close();
    }
  });

  it('says so when the role does not answer the survey', async () => {
    const page = await pageIn('en');
    await page.goto(`${app.baseUrl}/surveys/director-supplement/preview/st`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('does not exist');
    await page.close();
  });
});
