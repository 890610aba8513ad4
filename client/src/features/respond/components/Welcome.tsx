import { useTranslation } from 'react-i18next';
import type { RespondentView } from '../../../api/client';
import { currentLanguage } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { StepHeading } from '../../../ui/RespondLayout';

/** Step 1: where and as whom, until when, how long, and what anonymity means here. */
export function Welcome({ view, onStart }: { view: RespondentView; onStart: () => void }) {
  const { t } = useTranslation();
  const title = view.survey.title[currentLanguage()];
  const source = view.mappingSource;
  const role = source ? (source.branchName ? t('respond.sourceBranch', { branch: source.branchName }) : t('respond.sourceDirector')) : t(`roles.${view.role}`);
  return (
    <section className="respond-welcome" data-respond-status="welcome">
      <StepHeading title={title}>{title}</StepHeading>
      <p className="lead">{t(source ? 'respond.invitedMapping' : view.named ? 'respond.invitedAnnual' : 'respond.invited')}</p>
      <dl className="respond-facts" aria-label={t('respond.factsLabel')}>
        <div>
          <dt>{t(source ? 'respond.region' : 'respond.hospital')}</dt>
          <dd>{source ? source.region[currentLanguage()] : view.hospitalName}</dd>
        </div>
        {view.unitName && (
          <div>
            <dt>{t('respond.unit')}</dt>
            <dd>{view.unitName}</dd>
          </div>
        )}
        <div>
          <dt>{t('respond.role')}</dt>
          <dd>{role}</dd>
        </div>
        {view.closesAt && (
          <div>
            <dt>{t('respond.closesAt')}</dt>
            <dd>{formatDate(view.closesAt)}</dd>
          </div>
        )}
        <div>
          <dt>{t('respond.duration')}</dt>
          <dd>{t('respond.minutes', { count: view.estimatedMinutes })}</dd>
        </div>
      </dl>

      <h2>{t('respond.anonymityHeading')}</h2>
      <p>{source ? t('respond.namedMapping') : view.named ? t('respond.named') : t('respond.anonymity', { n: view.anonymityThreshold })}</p>
      <p>{t('respond.personalLink')}</p>
      <p>{t('respond.autosaveInfo')}</p>

      {view.submittedAt ? (
        <p className="status-box status-pending">{t('respond.editNote', { date: formatDateTime(view.submittedAt) })}</p>
      ) : view.draft ? (
        <p className="status-box status-pending">{t('respond.resumeNote', { time: formatDateTime(view.draft.savedAt) })}</p>
      ) : null}

      <p className="respond-actions">
        <button type="button" className="respond-button respond-button-primary" onClick={onStart}>
          {view.draft ? t('respond.continue') : t('respond.start')}
        </button>
      </p>
    </section>
  );
}
