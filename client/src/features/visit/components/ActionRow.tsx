import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../ui/feedback';
import { DateField } from '../../../ui/date/DateField';
import { formatDate } from '../../../i18n/format';
import { useActionPlanAction, visitApi, type PlanAction, type SaveActionBody } from '../api';
import { ACTION_STATUSES } from '../../../../../contract/domain.js';

/** What the submission needs of every action. */
export const isComplete = (a: Pick<PlanAction, 'action' | 'responsible' | 'dueOn'>) => a.action.trim() !== '' && a.responsible.trim() !== '' && a.dueOn !== null;

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: unknown };

/**
 * One recommendation of the report and the clinic's answer to it. Before submission: the action,
 * who is responsible and by when (saved as each field is left); after: its status and follow-up.
 */
export function ActionRow({
  reviewId,
  action,
  index,
  submitted,
  showMissing,
  track,
}: {
  reviewId: string;
  action: PlanAction;
  index: number;
  submitted: boolean;
  showMissing: boolean;
  track: (save: Promise<unknown>) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const [draft, setDraft] = useState({ action: action.action, responsible: action.responsible, dueOn: action.dueOn ?? '', followUpNote: action.followUpNote });
  const [stored, setStored] = useState(draft);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = useActionPlanAction(reviewId, (body: SaveActionBody) => visitApi.saveAction(reviewId, action.id, body));

  const send = (body: SaveActionBody, next: typeof draft) => {
    setState({ kind: 'saving' });
    const promise = save.mutateAsync(body).then(
      () => {
        setStored(next);
        setState({ kind: 'saved' });
      },
      (error: unknown) => setState({ kind: 'failed', error }),
    );
    track(promise);
  };
  /** Saves a text field when it is left, if it changed. */
  const leave = (field: 'action' | 'responsible' | 'followUpNote' | 'dueOn') => {
    if (draft[field] === stored[field]) return;
    const value = field === 'dueOn' ? draft.dueOn || null : draft[field];
    send({ [field]: value }, { ...stored, [field]: draft[field] });
  };

  const where = action.area ? t('visit.plan.areaLabel', { area: action.area }) : t('visit.plan.improvementArea');
  const missing = (field: 'action' | 'responsible' | 'dueOn') => showMissing && draft[field].trim() === '';
  const stateText =
    state.kind === 'saving'
      ? t('visit.common.saving')
      : state.kind === 'saved'
        ? t('visit.common.saved')
        : state.kind === 'failed'
          ? `${t('visit.common.saveFailed')} ${errorText(state.error).detail}`
          : '';

  return (
    <article className="plan-action" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('visit.plan.actionHeading', { n: index + 1, where })}</h3>
      <p className="recommendation">
        <span className="visually-hidden">{t('visit.plan.recommendation')}: </span>
        {action.recommendation}
      </p>
      {submitted ? (
        <>
          <dl className="summary-list">
            <dt>{t('visit.plan.action')}</dt>
            <dd className="note-text">{action.action}</dd>
            <dt>{t('visit.plan.responsible')}</dt>
            <dd>{action.responsible}</dd>
            <dt>{t('visit.plan.dueOn')}</dt>
            <dd>{formatDate(action.dueOn)}</dd>
          </dl>
          <fieldset className="radio-group">
            <legend>{t('visit.plan.statusLegend')}</legend>
            {ACTION_STATUSES.map((status) => (
              <label key={status} className="radio">
                <input
                  type="radio"
                  name={`${id}-status`}
                  value={status}
                  defaultChecked={action.status === status}
                  onChange={() => send({ status }, stored)}
                />
                <span>{t(`actionStatus.${status}`)}</span>
              </label>
            ))}
          </fieldset>
          <div className="edit-field">
            <label htmlFor={`${id}-follow-up`}>{t('visit.plan.followUpNote')}</label>
            <p className="field-hint" id={`${id}-follow-up-hint`}>
              {t('visit.plan.followUpHint')}
            </p>
            <textarea
              id={`${id}-follow-up`}
              rows={3}
              maxLength={5000}
              value={draft.followUpNote}
              aria-describedby={`${id}-follow-up-hint`}
              onChange={(e) => setDraft({ ...draft, followUpNote: e.target.value })}
              onBlur={() => leave('followUpNote')}
            />
          </div>
        </>
      ) : (
        <div className="action-fields">
          <div className="edit-field action-text">
            <label htmlFor={`${id}-action`}>{t('visit.plan.action')}</label>
            <textarea
              id={`${id}-action`}
              rows={3}
              maxLength={5000}
              value={draft.action}
              aria-required
              aria-invalid={missing('action') || undefined}
              onChange={(e) => setDraft({ ...draft, action: e.target.value })}
              onBlur={() => leave('action')}
            />
          </div>
          <div className="edit-field">
            <label htmlFor={`${id}-responsible`}>{t('visit.plan.responsible')}</label>
            <p className="field-hint" id={`${id}-responsible-hint`}>
              {t('visit.plan.responsibleHint')}
            </p>
            <input
              id={`${id}-responsible`}
              className="input"
              maxLength={200}
              value={draft.responsible}
              aria-required
              aria-invalid={missing('responsible') || undefined}
              aria-describedby={`${id}-responsible-hint`}
              onChange={(e) => setDraft({ ...draft, responsible: e.target.value })}
              onBlur={() => leave('responsible')}
            />
          </div>
          <DateField
            id={`${id}-due`}
            className="edit-field"
            label={t('visit.plan.dueOn')}
            value={draft.dueOn}
            isRequired
            errorMessage={missing('dueOn') ? t('dateField.required') : null}
            onChange={(dueOn) => setDraft((current) => ({ ...current, dueOn }))}
            onBlur={() => leave('dueOn')}
          />
        </div>
      )}
      <p role="status" className={`save-state save-state-${state.kind}`}>
        {stateText}
      </p>
    </article>
  );
}
