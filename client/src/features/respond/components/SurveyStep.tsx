import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Model } from 'survey-core';
import type { RespondentView } from '../../../api/client';
import { useSurveyForm } from '../../../api/hooks';
import { SurveyForm } from '../../../ui/SurveyForm';
import { currentLanguage } from '../../../i18n';
import { StepHeading } from '../../../ui/RespondLayout';
import { useAutosave } from '../useAutosave';
import { useSubmission } from '../useSubmission';
import { focusPageTitle, formatSavedAt } from '../survey-model';
import { SurveyAlerts } from './SurveyAlerts';

export interface SurveyStepProps {
  token: string;
  view: RespondentView;
  onSubmitted: () => void;
  /** The link's status changed meanwhile (answered elsewhere, closed): reload the view. */
  onConflict: () => void;
}

/** Step 2: the survey, one page per area, saved as the respondent goes, submitted with server validation. */
export function SurveyStep({ token, view, onSubmitted, onConflict }: SurveyStepProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // The form is the same in both languages but for its locale, which SurveyForm switches on the
  // same model: fetch it once, so a language switch never makes a new model (and loses answers).
  const [formLanguage] = useState(language);
  const form = useSurveyForm(view.survey.key, view.survey.versionId, view.role, formLanguage);

  const [progress, setProgress] = useState<{ page: number; pages: number } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const modelRef = useRef<Model | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const submittingRef = useRef(false);
  // The page being answered; while the answers are looked over, the last one answered.
  const editingPageRef = useRef(view.draft?.currentPage ?? 0);

  const { saveState, autosaverRef } = useAutosave({ token, draft: view.draft, modelRef, editingPageRef, submittingRef, onConflict });
  const { submit, submitting, submitError, invalid, answerChanged } = useSubmission({ token, autosaverRef, submittingRef, onSubmitted, onConflict });

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
        answerChanged(options.name);
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
  const source = view.mappingSource;
  const role = source ? (source.branchName ? t('respond.sourceBranch', { branch: source.branchName }) : t('respond.sourceDirector')) : t(`roles.${view.role}`);
  const hospital = source ? source.region[language] : view.hospitalName;

  return (
    <section className="respond-survey" data-respond-status="survey">
      <StepHeading title={title}>{title}</StepHeading>
      <p className="respond-context">
        {view.unitName ? t('respond.contextUnit', { hospital, unit: view.unitName, role }) : t('respond.context', { hospital, role })}
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
      <SurveyAlerts
        saveState={saveState}
        onRetrySave={() => void autosaverRef.current?.saveNow()}
        submitError={submitError}
        invalid={invalid}
        model={modelRef.current}
      />
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
