import { useEffect, useMemo, useRef } from 'react';
import { Model, surveyLocalization } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/i18n/swedish';
// The fontless build: the regular one loads Open Sans from Google's servers, which our CSP
// (font-src 'self') blocks and which we do not want respondents' browsers to contact anyway.
import 'survey-core/survey-core.fontless.css';
import './survey-form.css';

// survey-core's default locale is English; ours is Swedish, on the server as in the client.
surveyLocalization.defaultLocale = 'sv';

export type SurveyMode = 'edit' | 'display';

export interface SurveyFormProps {
  /** A SurveyJS survey JSON (survey-core `Model` input), e.g. from the survey form API. */
  json: object;
  language: 'sv' | 'en';
  /** 'display' renders read-only. Default 'edit'. */
  mode?: SurveyMode;
  /** Every question on one page instead of one page per section. */
  singlePage?: boolean;
  /** Called once per model (a new one per json), e.g. to hook autosave or set options. */
  onModelReady?: (model: Model) => void;
}

function applyOptions(model: Model, language: 'sv' | 'en', mode: SurveyMode, singlePage: boolean): void {
  // Assigning an unchanged value is a no-op in survey-core, so this is safe to repeat.
  if (model.locale !== language) model.locale = language;
  if (model.mode !== mode) model.mode = mode;
  const pageMode = singlePage ? 'singlePage' : 'standard';
  if (model.questionsOnPageMode !== pageMode) model.questionsOnPageMode = pageMode;
}

/** The one wrapper around SurveyJS's renderer: every survey in the app renders through it. */
export function SurveyForm({ json, language, mode = 'edit', singlePage = false, onModelReady }: SurveyFormProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const languageRef = useRef(language);

  // Options are applied at creation too, so the first render already has the right language and layout.
  const model = useMemo(() => {
    const created = new Model(json);
    // survey-react-ui writes lang={survey.locale || 'en'} on its root, and survey.locale is '' for the
    // default locale, so a Swedish survey would be announced as English (WCAG 3.1.2). Correct it
    // whenever the root is rendered (and on language switches, below).
    created.onAfterRenderSurvey.add((_, options) => {
      options.htmlElement.setAttribute('lang', languageRef.current);
    });
    // survey-core renders every title as a div. The hosting page has the h1, so the survey title is
    // an h2 and each section (a page, or a panel in single-page mode) an h3: screen-reader users
    // can then jump between sections by heading.
    created.onGetTitleTagName.add((_, options) => {
      const type = options.element.getType();
      if (type === 'survey') options.tagName = 'h2';
      else if (type === 'page' || type === 'panel') options.tagName = 'h3';
    });
    applyOptions(created, language, mode, singlePage);
    return created;
    // Only a new json makes a new model; language, mode and layout are applied to the existing one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [json]);

  useEffect(() => {
    applyOptions(model, language, mode, singlePage);
    languageRef.current = language;
    containerRef.current?.querySelector('.sd-root-modern')?.setAttribute('lang', language);
  }, [model, language, mode, singlePage]);

  // The callback is read through a ref so a new function identity does not announce the model again.
  const onModelReadyRef = useRef(onModelReady);
  useEffect(() => {
    onModelReadyRef.current = onModelReady;
  });
  useEffect(() => {
    onModelReadyRef.current?.(model);
  }, [model]);

  return (
    <div className="survey-form" ref={containerRef} lang={language}>
      <Survey model={model} />
    </div>
  );
}
