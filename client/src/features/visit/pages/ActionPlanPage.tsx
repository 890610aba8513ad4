import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { canUseConsole, useMe } from '../../../api/session';
import { ErrorMessage, focusHeading, Loading, StatusMessage } from '../../../ui/feedback';
import { DateField } from '../../../ui/date/DateField';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { useActionPlan, useActionPlanAction, visitApi, type ActionPlan } from '../api';
import { ActionRow, isComplete } from '../components/ActionRow';
import { VisitHeader } from '../components/VisitHeader';
import '../../../ui/report.css';
import '../visit.css';

/** The clinic's answer to the published report, and its follow-up. Readers of the hospital write it. */
export function ActionPlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const plan = useActionPlan(id);

  let body;
  if (plan.isPending) body = <Loading />;
  else if (plan.isError) {
    body =
      plan.error instanceof ApiError && plan.error.status === 403 ? (
        <p className="status-box status-pending">{t('visit.plan.forbidden')}</p>
      ) : (
        <ErrorMessage error={plan.error} lead={t('common.loadFailed')} focus={false} />
      );
  } else if (plan.data === null) body = <p className="empty-state">{t('visit.plan.notYet')}</p>;
  else body = <Plan reviewId={id} plan={plan.data} />;

  return (
    <div className="action-plan-page">
      <VisitHeader reviewId={id} page="actionPlan" />
      {body}
    </div>
  );
}

function Plan({ reviewId, plan }: { reviewId: string; plan: ActionPlan }) {
  const { t } = useTranslation();
  const me = useMe();
  const manages = me.data ? canUseConsole(me.data.role) : false;
  const submit = useActionPlanAction(reviewId, () => visitApi.submitPlan(reviewId));
  const [attempted, setAttempted] = useState(false);
  // Fields save when they lose the focus; the submission waits for those saves.
  const pendingSaves = useRef(new Set<Promise<unknown>>());
  const track = (promise: Promise<unknown>) => {
    pendingSaves.current.add(promise);
    void promise.finally(() => pendingSaves.current.delete(promise)).catch(() => undefined);
  };
  const submitted = plan.submittedAt !== null;

  const doSubmit = async () => {
    setAttempted(true);
    await Promise.allSettled([...pendingSaves.current]);
    submit.mutate(undefined, { onSuccess: () => focusHeading('plan-status-heading') });
  };

  return (
    <>
      <p>{t('visit.plan.intro')}</p>
      <section aria-labelledby="plan-status-heading" className="plan-status">
        <h2 id="plan-status-heading" tabIndex={-1}>
          {t('visit.plan.deadline')}
        </h2>
        <p>
          <strong>{t('visit.plan.due', { date: formatDate(plan.dueOn) })}</strong>
        </p>
        {submitted && <p className="status-box status-ok">{t('visit.plan.submittedAt', { date: formatDateTime(plan.submittedAt) })}</p>}
        {manages && <DueForm reviewId={reviewId} dueOn={plan.dueOn} />}
      </section>

      {plan.actions.length === 0 ? (
        <p className="empty-state">{t('visit.plan.empty')}</p>
      ) : (
        <ol className="action-list">
          {plan.actions.map((action, i) => (
            <li key={action.id}>
              <ActionRow reviewId={reviewId} action={action} index={i} submitted={submitted} showMissing={attempted && !submitted} track={track} />
            </li>
          ))}
        </ol>
      )}

      {!submitted && plan.actions.length > 0 && (
        <section aria-labelledby="submit-heading" className="workflow">
          <h2 id="submit-heading">{t('visit.plan.submit')}</h2>
          <p>{t('visit.plan.submitText')}</p>
          {attempted && !plan.actions.every(isComplete) && <p className="field-note">{t('visit.plan.missing')}</p>}
          <button
            type="button"
            className={`button button-primary${submit.isPending ? ' button-pending' : ''}`}
            aria-disabled={submit.isPending || undefined}
            onClick={() => void doSubmit()}
          >
            {submit.isPending ? t('visit.common.saving') : t('visit.plan.submit')}
          </button>
          {submit.isError && (
            <ErrorMessage
              error={submit.error}
              lead={submit.error instanceof ApiError && submit.error.status === 422 ? t('visit.plan.incomplete') : t('common.actionFailed')}
            />
          )}
        </section>
      )}
      <StatusMessage>{submit.isSuccess && t('visit.plan.submitted')}</StatusMessage>
    </>
  );
}

/** Inspectors may move the deadline (the clinic asked for more time). */
function DueForm({ reviewId, dueOn }: { reviewId: string; dueOn: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(dueOn);
  const save = useActionPlanAction(reviewId, (date: string) => visitApi.setPlanDue(reviewId, date));
  return (
    <form
      className="inline-row"
      onSubmit={(e) => {
        e.preventDefault();
        if (value) save.mutate(value);
      }}
    >
      <DateField id="plan-due" className="edit-field" label={t('visit.plan.changeDue')} isRequired value={value} onChange={setValue} />
      <button type="submit" className="button button-secondary">
        {t('visit.plan.saveDue')}
      </button>
      <StatusMessage>{save.isSuccess && t('visit.plan.dueSaved')}</StatusMessage>
      {save.isError && <ErrorMessage error={save.error} lead={t('common.saveFailed')} />}
    </form>
  );
}
