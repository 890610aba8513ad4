import { useTranslation } from 'react-i18next';
import type { Model } from 'survey-core';
import type { SaveState } from '../autosave';
import { goToQuestion, type FieldError } from '../survey-model';

/** What went wrong while saving or submitting, announced as it happens; each problem answer links to its question. */
export function SurveyAlerts({
  saveState,
  onRetrySave,
  submitError,
  invalid,
  model,
}: {
  saveState: SaveState;
  onRetrySave: () => void;
  submitError: boolean;
  invalid: FieldError[];
  model: Model | null;
}) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="respond-alerts">
      {saveState.kind === 'failed' && (
        <div className="status-box status-error respond-save-error">
          <p>{t('respond.saveFailed')}</p>
          <button type="button" className="respond-button" onClick={onRetrySave}>
            {t('respond.retryNow')}
          </button>
        </div>
      )}
      {saveState.kind === 'rejected' && <p className="status-box status-error">{t('respond.saveRejected', { detail: saveState.detail })}</p>}
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
                    <button type="button" className="respond-link-button" onClick={() => model && goToQuestion(model, question)}>
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
  );
}
