import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Model } from 'survey-core';
import type { RespondentView } from '../../../api/client';
import { useSurveyForm } from '../../../api/hooks';
import { SurveyForm } from '../../../ui/SurveyForm';
import { currentLanguage } from '../../../i18n';
import { StepHeading } from '../../../ui/RespondLayout';
import { useAutosave } from '../useAutosave';
import { useSubmission } from '../useSubmission';
import { useSurveyModel, type Progress } from '../useSurveyModel';
import { formatSavedAt } from '../survey-model';
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
  const modelRef = useRef<Model | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const submittingRef = useRef(false);
  const editingPageRef = useRef(view.draft?.currentPage ?? 0);

  const { saveState, autosaverRef } = useAutosave({ token, draft: view.draft, modelRef, editingPageRef, submittingRef, onConflict });
  const { submit, submitting, submitError, invalid, answerChanged } = useSubmission({ token, autosaverRef, submittingRef, onSubmitted, onConflict });
  const { onModelReady, progress, previewing } = useSurveyModel({
    draft: view.draft,
    modelRef,
    containerRef,
    editingPageRef,
    onAnswer: (field) => {
      autosaverRef.current?.changed();
      answerChanged(field);
    },
    onPageChanged: () => autosaverRef.current?.pageChanged(),
    onComplete: submit,
  });

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
      <SurveyProgress progress={progress} previewing={previewing} savedAt={saveState.savedAt} />
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
      <SurveyLoader view={view} containerRef={containerRef} onModelReady={onModelReady} />
    </section>
  );
}

/** Where the respondent is ("Sida 2 av 8", or looking their answers over) and when the draft was last saved. */
function SurveyProgress({ progress, previewing, savedAt }: { progress: Progress | null; previewing: boolean; savedAt: string | null }) {
  const { t } = useTranslation();
  return (
    <>
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
        {savedAt ? t('respond.savedAt', { time: formatSavedAt(savedAt) }) : t('respond.notSavedYet')}
      </p>
    </>
  );
}

/** The survey's form once it has loaded, with a retry if it could not be. */
function SurveyLoader({
  view,
  containerRef,
  onModelReady,
}: {
  view: RespondentView;
  containerRef: RefObject<HTMLDivElement | null>;
  onModelReady: (model: Model) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // The form is the same in both languages but for its locale, which SurveyForm switches on the
  // same model: fetch it once, so a language switch never makes a new model (and loses answers).
  const [formLanguage] = useState(language);
  const form = useSurveyForm(view.survey.key, view.survey.versionId, view.role, formLanguage);

  if (form.isError) {
    return (
      <div role="alert" className="status-box status-error">
        <p>{t('respond.errorText')}</p>
        <button type="button" className="respond-button" onClick={() => void form.refetch()}>
          {t('respond.retry')}
        </button>
      </div>
    );
  }
  if (form.isPending) {
    return (
      <p role="status" className="status-box status-pending">
        {t('respond.loading')}
      </p>
    );
  }
  return (
    <div ref={containerRef}>
      <SurveyForm json={form.data} language={language} onModelReady={onModelReady} />
    </div>
  );
}
