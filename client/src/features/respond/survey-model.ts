import { isToday } from 'date-fns';
import type { Model, Question } from 'survey-core';
import { ApiError } from '../../api/client';
import { locale } from '../../i18n/format';

/** A problem the server found with one answer when the survey was submitted. */
export interface FieldError {
  field: string;
  message: string;
}

/** "14:32" today, "3 mars 14:32" another day. */
export function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  return new Intl.DateTimeFormat(locale(), isToday(date) ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function setCompleteEnabled(model: Model, enabled: boolean): void {
  const complete = model.navigationBar.getActionById('sv-nav-complete');
  if (complete) complete.enabled = enabled;
}

/** Leaves the look-over (preview) if need be, opens the question's page and focuses the question. */
export function goToQuestion(model: Model, question: Question): void {
  if (model.state === 'preview') model.cancelPreview(question.page);
  if (model.currentPage !== question.page) model.currentPage = question.page;
  requestAnimationFrame(() => question.focus(true));
}

/** Moves keyboard and screen-reader focus to a survey page's title after a page change. */
export function focusPageTitle(container: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const title = container?.querySelector<HTMLElement>('.sd-page__title');
    if (!title) return;
    title.tabIndex = -1;
    title.focus({ preventScroll: false });
  });
}

/** Pauses before each retry of a submission the server did not receive or could not take. */
const SUBMIT_RETRY_MS = [1000, 3000, 8000];

/**
 * Submitting is idempotent on the server (one response per link), so a submission that met a
 * dropped connection or a server restarting (503) is simply sent again, a few times, before the
 * respondent is asked to try again.
 */
export async function retryWhileUnreachable<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      const transient = !(err instanceof ApiError) || err.status === 0 || err.status >= 500;
      if (!transient || attempt >= SUBMIT_RETRY_MS.length) throw err;
      await new Promise((resolve) => setTimeout(resolve, SUBMIT_RETRY_MS[attempt]));
    }
  }
}
