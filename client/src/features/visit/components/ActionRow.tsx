import { useId, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/date/DateField';
import { formatDate } from '../../../i18n/format';
import { type PlanAction } from '../api';
import { ACTION_STATUSES } from '../../../../../contract/domain.js';
import { useActionSave, type ActionDraft, type ActionField } from '../useActionSave';

/** What the submission needs of every action. */
export const isComplete = (a: Pick<PlanAction, 'action' | 'responsible' | 'dueOn'>) =>
  a.action.trim() !== '' && a.responsible.trim() !== '' && a.dueOn !== null;

interface Editing {
  id: string;
  draft: ActionDraft;
  setDraft: Dispatch<SetStateAction<ActionDraft>>;
  leave: (field: ActionField) => void;
}

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
  const id = useId();
  const { draft, setDraft, leave, setStatus, state, stateText } = useActionSave(reviewId, action, track);
  const where = action.area ? t('visit.plan.areaLabel', { area: action.area }) : t('visit.plan.improvementArea');
  const editing = { id, draft, setDraft, leave };

  return (
    <article className="plan-action" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('visit.plan.actionHeading', { n: index + 1, where })}</h3>
      <p className="recommendation">
        <span className="visually-hidden">{t('visit.plan.recommendation')}: </span>
        {action.recommendation}
      </p>
      {submitted ? <FollowUp action={action} onStatus={setStatus} {...editing} /> : <ActionFields showMissing={showMissing} {...editing} />}
      <p role="status" className={`save-state save-state-${state}`}>
        {stateText}
      </p>
    </article>
  );
}

/** After submission: what was promised, and how it is going. */
function FollowUp({ action, onStatus, id, draft, setDraft, leave }: Editing & { action: PlanAction; onStatus: (status: PlanAction['status']) => void }) {
  const { t } = useTranslation();
  return (
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
            <input type="radio" name={`${id}-status`} value={status} defaultChecked={action.status === status} onChange={() => onStatus(status)} />
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
  );
}

/** Before submission: the action, who is responsible and by when; a missing one is marked once the clinic tries to submit. */
function ActionFields({ showMissing, id, draft, setDraft, leave }: Editing & { showMissing: boolean }) {
  const { t } = useTranslation();
  const missing = (field: 'action' | 'responsible' | 'dueOn') => showMissing && draft[field].trim() === '';
  return (
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
  );
}
