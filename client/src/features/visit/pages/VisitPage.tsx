import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { useVisitNotes, useVisitPlan } from '../api';
import { NoteList } from '../components/NoteList';
import { PlanForm } from '../components/PlanForm';
import { VisitHeader } from '../components/VisitHeader';
import '../../../ui/report.css';
import '../visit.css';

/** The site visit: the plan of the days, and the interview notes taken during them (offline too). */
export function VisitPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const plan = useVisitPlan(id);
  const notes = useVisitNotes(id);

  return (
    <div className="visit-page">
      <VisitHeader reviewId={id} page="siteVisit" />
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t('visit.visit.plan')}</h2>
        {plan.isPending ? (
          <Loading />
        ) : plan.isError ? (
          <ErrorMessage error={plan.error} lead={t('common.loadFailed')} focus={false} />
        ) : (
          <PlanForm reviewId={id} plan={plan.data} />
        )}
      </section>
      {/* The notes do not wait for the server's list: offline, the ones kept in this browser show at once. */}
      <NoteList reviewId={id} serverNotes={notes.data?.notes} serverFailed={notes.isError} />
    </div>
  );
}
