import { isToday } from 'date-fns';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Model, Question } from 'survey-core';
import { api, ApiError, type RespondentView } from '../../../api/client';
import { useSurveyForm } from '../../../api/hooks';
import { SurveyForm } from '../../../ui/SurveyForm';
import { currentLanguage } from '../../../i18n';
import { locale } from '../../../i18n/format';
import { Autosaver, type SaveState } from '../autosave';
import { StepHeading } from '../../../ui/RespondLayout';

interface FieldError {
  field: string;
  message: string;
}

/** "14:32" today, "3 mars 14:32" another day. */
function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  return new Intl.DateTimeFormat(locale(), isToday(date) ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function setCompleteEnabled(model: Model, enabled: boolean): void {
  const complete = model.navigationBar.getActionById('sv-nav-complete');
  if (complete) complete.enabled = enabled;
}

/** Leaves the look-over (preview) if need be, opens the question's page and focuses the question. */
function goToQuestion(model: Model, question: Question): void {
  if (model.state === 'preview') model.cancelPreview(question.page);
  if (model.currentPage !== question.page) model.currentPage = question.page;
  requestAnimationFrame(() => question.focus(true));
}

/** Moves keyboard and screen-reader focus to a survey page's title after a page change. */
function focusPageTitle(container: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const title = container?.querySelector<HTMLElement>('.sd-page__title');
    if (!title) return;
    title.tabIndex = -1;
    title.focus({ preventScroll: false });
  });
}

export interface SurveyStepProps {
  token: string;
  view: RespondentView;
  onSubmitted: () => void;
  /** The link's status changed meanwhile (answered elsewhere, closed): reload the view. */
  onConflict: () => void;
}

/** Pauses before each retry of a submission the server did not receive or could not take. */
const SUBMIT_RETRY_MS = [1000, 3000, 8000];

/**
 * Submitting is idempotent on the server (one response per link), so a submission that met a
 * dropped connection or a server restarting (503) is simply sent again, a few times, before the
 * respondent is asked to try again.
 */
async function retryWhileUnreachable<T>(send: () => Promise<T>): Promise<T> {
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

/** Step 2: the survey, one page per area, saved as the respondent goes, submitted with server validation. */
export function SurveyStep({ token, view, onSubmitted, onConflict }: SurveyStepProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // The form is the same in both languages but for its locale, which SurveyForm switches on the
  // same model: fetch it once, so a language switch never makes a new model (and loses answers).
  const [formLanguage] = useState(language);
  const form = useSurveyForm(view.survey.key, view.survey.versionId, view.role, formLanguage);

  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', savedAt: view.draft?.savedAt ?? null });
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState(false);
  const [invalid, setInvalid] = useState<FieldError[]>([]);
  const [progress, setProgress] = useState<{ page: number; pages: number } | null>(null);
  const modelRef = useRef<Model | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const submittingRef = useRef(false);
  // The page being answered; while the answers are looked over, the last one answered.
  const editingPageRef = useRef(view.draft?.currentPage ?? 0);
  const [previewing, setPreviewing] = useState(false);
  const autosaverRef = useRef<Autosaver | null>(null);

  // The latest props, for survey-core's callbacks (registered once per model).
  const latest = useRef({ onSubmitted, onConflict, t });
  useEffect(() => {
    latest.current = { onSubmitted, onConflict, t };
  });

  useEffect(() => {
    const autosaver = new Autosaver({
      token,
      savedAt: view.draft?.savedAt ?? null,
      snapshot: () => {
        const model = modelRef.current;
        return { data: (model?.data ?? {}) as Record<string, unknown>, currentPage: editingPageRef.current };
      },
      onState: setSaveState,
      onConflict: () => latest.current.onConflict(),
    });
    autosaverRef.current = autosaver;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void autosaver.saveNow();
    };
    const onPageHide = () => autosaver.flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (autosaver.hasUnsaved && !submittingRef.current) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the step (submitted, or the link changed status): nothing more to save.
      autosaver.flush();
      autosaver.stop();
    };
    // One autosaver per link; the draft is only read when it starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);

  const showErrors = useCallback((model: Model, errors: FieldError[]) => {
    let first: Question | null = null;
    for (const error of errors) {
      const question = model.getQuestionByName(error.field);
      if (!question) continue;
      question.addError(error.message);
      if (!first) first = question;
    }
    setInvalid(errors);
    if (first) goToQuestion(model, first);
  }, []);

  const submit = useCallback(
    async (model: Model) => {
      if (submittingRef.current) return;
      submittingRef.current = true;
      setSubmitting(true);
      setSubmitError(false);
      setCompleteEnabled(model, false);
      const autosaver = autosaverRef.current;
      autosaver?.pause();
      let done = false;
      try {
        const body = { data: model.data as Record<string, unknown>, lang: currentLanguage() };
        await retryWhileUnreachable(() => api.submitAnswers(token, body));
        done = true;
        autosaver?.stop();
        setInvalid([]);
        latest.current.onSubmitted();
      } catch (err) {
        if (err instanceof ApiError && err.status === 422 && err.errors && err.errors.length > 0) {
          showErrors(model, err.errors);
        } else if (err instanceof ApiError && err.status === 409) {
          done = true;
          autosaver?.stop();
          latest.current.onConflict();
        } else {
          setSubmitError(true);
        }
      } finally {
        submittingRef.current = false;
        if (!done) {
          setSubmitting(false);
          setCompleteEnabled(model, true);
          autosaver?.resume();
        }
      }
    },
    [token, showErrors],
  );

  const onModelReady = useCallback(
    (model: Model) => {
      modelRef.current = model;
      // The page's h1 is the survey title; each page (an area) is an h2 below it.
      model.showTitle = false;
      model.onGetTitleTagName.add((_, options) => {
        if (options.element.getType() === 'page') options.tagName = 'h2';
      });
      // Resume: the answers and the page from the saved draft (this device or another).
      const draft = view.draft;
      if (draft) {
        model.data = draft.data;
        model.currentPageNo = Math.max(0, Math.min(draft.currentPage, model.visiblePageCount - 1));
      }
      const showProgress = () => {
        const previewing = model.state === 'preview';
        setPreviewing(previewing);
        if (previewing) return;
        editingPageRef.current = model.currentPageNo;
        setProgress({ page: model.currentPageNo + 1, pages: model.visiblePageCount });
      };
      showProgress();
      model.registerFunctionOnPropertyValueChanged('isShowingPreview', () => {
        showProgress();
        focusPageTitle(containerRef.current);
      });
      model.onValueChanged.add((_, options) => {
        autosaverRef.current?.changed();
        // A corrected answer leaves the list of problems.
        setInvalid((list) => (list.some((e) => e.field === options.name) ? list.filter((e) => e.field !== options.name) : list));
      });
      model.onCurrentPageChanged.add(() => {
        showProgress();
        autosaverRef.current?.pageChanged();
        focusPageTitle(containerRef.current);
      });
      model.onCompleting.add((sender, options) => {
        // The server validates and stores; the model never completes on its own.
        options.allow = false;
        void submit(sender);
      });
    },
    // The model is made once (one form per link); the draft is read when it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [submit],
  );

  const title = view.survey.title[language];
  const role = t(`roles.${view.role}`);
  const model = modelRef.current;

  return (
    <section className="respond-survey" data-respond-status="survey">
      <StepHeading title={title}>{title}</StepHeading>
      <p className="respond-context">
        {view.unitName
          ? t('respond.contextUnit', { hospital: view.hospitalName, unit: view.unitName, role })
          : t('respond.context', { hospital: view.hospitalName, role })}
      </p>

      {previewing ? (
        <p className="respond-progress" data-testid="progress">
          {t('respond.lookingOver')}
        </p>
      ) : (
        progress && (
          <p className="respond-progress" data-testid="progress">
            {t('respond.progress', { page: progress.page, pages: progress.pages })}
          </p>
        )
      )}
      <p role="status" className="respond-save-status" data-testid="save-status">
        {saveState.savedAt ? t('respond.savedAt', { time: formatSavedAt(saveState.savedAt) }) : t('respond.notSavedYet')}
      </p>
      <div role="alert" className="respond-alerts">
        {saveState.kind === 'failed' && (
          <div className="status-box status-error respond-save-error">
            <p>{t('respond.saveFailed')}</p>
            <button type="button" className="respond-button" onClick={() => void autosaverRef.current?.saveNow()}>
              {t('respond.retryNow')}
            </button>
          </div>
        )}
        {saveState.kind === 'rejected' && (
          <p className="status-box status-error">{t('respond.saveRejected', { detail: saveState.detail })}</p>
        )}
        {submitError && <p className="status-box status-error">{t('respond.submitFailed')}</p>}
        {invalid.length > 0 && (
          <div className="status-box status-error respond-invalid" data-testid="submit-errors">
            <p>{t('respond.invalid', { count: invalid.length })}</p>
            <ul>
              {invalid.map((error) => {
                const question = model?.getQuestionByName(error.field);
                const label = question ? question.processedTitle : error.field;
                return (
                  <li key={error.field}>
                    {question ? (
                      <button
                        type="button"
                        className="respond-link-button"
                        onClick={() => model && goToQuestion(model, question)}
                      >
                        {label}
                      </button>
                    ) : (
                      label
                    )}
                    {': '}
                    {error.message}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </div>
      {submitting && (
        <p role="status" className="status-box status-pending">
          {t('respond.submitting')}
        </p>
      )}

      {form.isError ? (
        <div role="alert" className="status-box status-error">
          <p>{t('respond.errorText')}</p>
          <button type="button" className="respond-button" onClick={() => void form.refetch()}>
            {t('respond.retry')}
          </button>
        </div>
      ) : form.isPending ? (
        <p role="status" className="status-box status-pending">
          {t('respond.loading')}
        </p>
      ) : (
        <div ref={containerRef}>
          <SurveyForm json={form.data} language={language} onModelReady={onModelReady} />
        </div>
      )}
    </section>
  );
}
