import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Model, Question } from 'survey-core';
import { api, ApiError } from '../../api/client';
import { currentLanguage } from '../../i18n';
import type { Autosaver } from './autosave';
import { goToQuestion, retryWhileUnreachable, setCompleteEnabled, type FieldError } from './survey-model';

/**
 * Submitting the answers: the server validates and stores them. Its problems with single answers
 * are shown at their questions and listed; a changed link (409) reloads the view; anything else
 * asks the respondent to try again. Autosaving pauses meanwhile.
 */
export function useSubmission({
  token,
  autosaverRef,
  submittingRef,
  onSubmitted,
  onConflict,
}: {
  token: string;
  autosaverRef: RefObject<Autosaver | null>;
  /** Shared with the autosaver, which does not warn about leaving while the answers are being sent. */
  submittingRef: RefObject<boolean>;
  onSubmitted: () => void;
  onConflict: () => void;
}) {
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState(false);
  const [invalid, setInvalid] = useState<FieldError[]>([]);
  // The latest callbacks, for survey-core's handlers (registered once per model).
  const latest = useRef({ onSubmitted, onConflict });
  useEffect(() => {
    latest.current = { onSubmitted, onConflict };
  });

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
    [token, showErrors, autosaverRef, submittingRef],
  );

  /** A corrected answer leaves the list of problems. */
  const answerChanged = useCallback((field: string) => {
    setInvalid((list) => (list.some((e) => e.field === field) ? list.filter((e) => e.field !== field) : list));
  }, []);

  return { submit, submitting, submitError, invalid, answerChanged };
}
