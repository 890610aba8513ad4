import { useMemo, useState } from 'react';
import { useIsFetching } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { canUseConsole, useMe } from '../../../api/session';
import { ErrorMessage, Loading, PageHeading } from '../../../ui/feedback';
import { AgreementFigure } from '../components/AgreementFigure';
import { AreaHeading, AssessmentText, GradeSummary, ImprovementList, Paragraphs, Quotes } from '../components/AssessmentText';
import { BenchmarkTable } from '../components/BenchmarkTable';
import { NumericTable } from '../components/NumericTable';
import { ReportDownloads } from '../components/ReportDownloads';
import { ReportFilters } from '../components/ReportFilters';
import { ResponseRateTable } from '../components/ResponseRateTable';
import { ReportMethod } from '../components/ReportMethod';
import { FreeTextThemes } from '../components/FreeTextThemes';
import { RoleFlags } from '../components/RoleFlags';
import { GroupComparison } from '../components/GroupComparison';
import { TargetTable } from '../components/TargetTable';
import { SupplementSection } from '../components/SupplementSection';
import { IntervalToggle, IntervalsProvider } from '../components/Intervals';
import { Overview } from '../components/Overview';
import { localText } from '../../../i18n/format';
import { scopeLabel } from '../components/scope';
import { formatDateTime } from '../../../i18n/format';
import { PreviousReviewSection } from '../components/PreviousReview';
import {
  useAuthoring,
  usePublishedReport,
  useReportFigures,
  useSuggestions,
  type Report,
  type ReportContent,
  type ReportRevision,
  type ReportScope,
} from '../api';
import { AREAS, statementArea } from '../../../../../contract/domain.js';
import '../../../ui/report.css';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ReviewLinkItems, reviewPagePath } from '../../../ui/ReviewLinks';

/** The text to show: inspectors see the revision being written, everyone else the published one. */
function useRevision(id: string) {
  const me = useMe();
  const manages = me.data ? canUseConsole(me.data.role) : false;
  const authoring = useAuthoring(id, manages);
  // An inspector not assigned to this review is refused the draft (403) and reads what is published.
  const useDraft = manages && !(authoring.error instanceof ApiError && authoring.error.status === 403);
  const published = usePublishedReport(id, !!me.data && (!useDraft || authoring.isError));
  const revision: ReportRevision | null | undefined = useDraft ? authoring.data?.current : published.data;
  const pending = me.isPending || (useDraft ? authoring.isPending : published.isPending);
  const quotes = useQuoteTexts(id, useDraft ? (authoring.data?.current.content.quotes ?? []) : null, published.data?.quoteTexts);
  return { revision, pending, error: useDraft ? authoring.error : published.error, manages: useDraft, quotes };
}

/** The chosen quotes' texts: in the published revision, or looked up among the suggestions for a draft. */
function useQuoteTexts(id: string, draftKeys: string[] | null, publishedQuotes: { key: string; text: string; role: string | null }[] | undefined) {
  const suggestions = useSuggestions(id, {}, draftKeys !== null && draftKeys.length > 0);
  if (draftKeys === null) return publishedQuotes ?? [];
  const byKey = new Map((suggestions.data?.suggestions ?? []).map((s) => [s.key, s]));
  return draftKeys.flatMap((key) => {
    const s = byKey.get(key);
    return s ? [{ key, text: s.text, role: s.role }] : [];
  });
}

function scopeFrom(params: URLSearchParams): ReportScope {
  const unitId = params.get('unitId') ?? undefined;
  const specialtyGroup = params.get('specialtyGroup') ?? undefined;
  return unitId ? { unitId } : specialtyGroup ? { specialtyGroup } : {};
}

export function ReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const scope = useMemo(() => scopeFrom(params), [params]);
  const figures = useReportFigures(id, scope);
  const fetching = useIsFetching();
  const text = useRevision(id);
  const [intervals, setIntervals] = useState(false);

  if (figures.isPending || text.pending) return <Loading />;
  if (figures.isError) {
    const forbidden = figures.error instanceof ApiError && (figures.error.status === 403 || figures.error.status === 404);
    const notClosed = figures.error instanceof ApiError && figures.error.status === 409;
    return (
      <>
        <PageHeading>{t('report.view.title')}</PageHeading>
        {forbidden ? (
          <p className="status-box status-pending">{t('report.view.forbidden')}</p>
        ) : notClosed ? (
          <>
            <p className="status-box status-pending">{t('report.view.notClosed')}</p>
            {/* The previous review of the units is read while the new one is still open. */}
            <PreviousReviewSection reviewId={id} content={text.revision?.content ?? null} titles={Object.fromEntries(AREAS.map((a) => [a, t(`areas.${a}`)]))} />
          </>
        ) : (
          <ErrorMessage error={figures.error} lead={t('common.loadFailed')} focus={false} />
        )}
      </>
    );
  }
  const report = figures.data;
  const revision = text.revision ?? null;
  const setScope = (next: ReportScope) => setParams(new URLSearchParams(next as Record<string, string>));
  // Grades, the inspectors' texts and the free text judge the whole review: beside one group's or
  // unit's figures they would read as that group's grade, so a filtered view leaves them out.
  const whole = report.scope.unitId === null && report.scope.specialtyGroup === null;
  const titles = Object.fromEntries(report.areas.map((a) => [a.area, localText(a.title)]));

  return (
    <IntervalsProvider value={intervals}>
      {/* data-ready: nothing is loading any more; the server's PDF waits for it before printing. */}
      <article className="report" data-ready={fetching === 0 ? 'true' : undefined}>
        <ReportHeader report={report} revision={revision} manages={text.manages} />
        {text.error && !(text.error instanceof ApiError && text.error.status === 404) && (
          <ErrorMessage error={text.error} lead={t('common.loadFailed')} focus={false} />
        )}
        <div className="report-tools no-print">
          {/* The response rates are the whole review's at every selection (snapshot.ts), so they list every unit to choose from. */}
          <ReportFilters units={report.responseRates.units} scope={scope} onChange={setScope} />
          <ReportDownloads reviewId={id} scope={scope} supplement={report.supplement !== null} />
        </div>
        <p className="scope-line">{t('report.view.showing', { label: scopeLabel(report.scope) })}</p>
        <IntervalToggle checked={intervals} onChange={setIntervals} />
        <Overview report={report} />

        <section aria-labelledby="grades-heading" className="report-intro">
          <h2 id="grades-heading">{t('report.view.summaryGrades')}</h2>
          {whole ? (
            <>
              <GradeSummary content={revision?.content ?? null} titles={titles} />
              {revision?.content.summary.trim() && (
                <>
                  <h3>{t('report.view.summary')}</h3>
                  <Paragraphs text={revision.content.summary} />
                </>
              )}
              {revision && revision.content.improvementAreas.length > 0 && <ImprovementAreas revision={revision} />}
            </>
          ) : (
            <WholeReviewNote label={scopeLabel(report.scope)} onWhole={() => setScope({})} />
          )}
          <ResponseRateTable rates={report.responseRates} supplement={report.supplementRates} />
        </section>
        <ReportMethod report={report} />

        {report.areas.map((area) => (
          <ReportArea key={area.area} report={report} area={area} assessment={whole ? (revision?.content.areas[area.area] ?? null) : undefined} />
        ))}

        <OtherFigures report={report} />
        {report.targets && <TargetTable targets={report.targets} />}
        {report.groupComparison && report.groupComparison.groups.length > 1 && <GroupComparison comparison={report.groupComparison} areaTitles={titles} />}
        {report.supplement ? (
          <SupplementSection section={report.supplement} />
        ) : (
          report.supplementRates && (
            <p className="note" id="supplement-note">
              {t(whole ? 'report.supplement.notComputed' : 'report.supplement.filtered')}
            </p>
          )
        )}
        {whole && (
          <>
            <PreviousReviewSection reviewId={id} content={revision?.content ?? null} titles={titles} />
            <FreeTextThemes reviewId={id} />
            <Quotes quotes={text.quotes} />
          </>
        )}
      </article>
    </IntervalsProvider>
  );
}

/** In a filtered view, in place of the grades: what they belong to, and the way back to them. */
function WholeReviewNote({ label, onWhole }: { label: string; onWhole: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="whole-review-note" role="note">
      <p>{t('report.view.wholeReviewOnly', { label })}</p>
      <p className="no-print">
        <button type="button" className="button button-secondary button-small" onClick={onWhole}>
          {t('report.view.showWholeReview')}
        </button>
      </p>
    </div>
  );
}

/**
 * One assessment area: its grade and the inspectors' text (undefined: a filtered view, which has
 * neither), the roles' agreement, the differences from the country, the numeric items.
 */
function ReportArea({
  report,
  area,
  assessment,
}: {
  report: Report;
  area: Report['areas'][number];
  assessment: ReportContent['areas'][string] | null | undefined;
}) {
  const { t } = useTranslation();
  const numeric = report.numeric.filter((n) => n.itemId.startsWith(`${area.area}.`));
  return (
    <section id={`area-${area.area}`} className="report-area" aria-labelledby={`area-${area.area}-heading`}>
      <AreaHeading area={area.area} title={localText(area.title)} assessment={assessment} />
      <AssessmentText assessment={assessment ?? undefined} />
      <h3>{t('report.view.agreement')}</h3>
      <AgreementFigure area={area} />
      <RoleFlags area={area} />
      <h3>{t('report.view.benchmark')}</h3>
      <BenchmarkTable rows={report.benchmark.filter((b) => b.area === area.area)} report={report} area={area.area} />
      {numeric.length > 0 && (
        <>
          <h3>{t('report.view.numeric')}</h3>
          {numeric.map((item) => (
            <NumericTable key={item.itemId} item={item} />
          ))}
        </>
      )}
    </section>
  );
}

function ReportHeader({ report, revision, manages }: { report: Report; revision: ReportRevision | null; manages: boolean }) {
  const { t } = useTranslation();
  const base = `/reviews/${report.review.id}`;
  const title = `${t('report.view.title')}: ${report.review.title}`;
  return (
    <header className="report-header">
      {manages && <Breadcrumbs trail={[{ to: base, label: report.review.title }]} current={t('reviewNav.report')} className="no-print" />}
      <PageHeading title={title}>{title}</PageHeading>
      <p className="report-meta">
        {report.review.hospitalName}
        {revision?.status === 'published' && revision.publishedAt && (
          <> · {t('report.view.publishedOn', { date: formatDateTime(revision.publishedAt), revision: revision.revision })}</>
        )}
      </p>
      {revision && revision.status !== 'published' && (
        <p className="draft-notice" role="note">
          <strong>{t('report.common.draft')}</strong> – {t('report.view.draftNotice', { revision: revision.revision })}
        </p>
      )}
      {!revision && <p className="status-box status-pending">{t('report.view.notPublished')}</p>}
      {report.review.reportPublishedAt && (
        <p className="no-print">
          <Link to={reviewPagePath(report.review.id, 'actionPlan')}>{t('reviewNav.actionPlan')}</Link>
        </p>
      )}
      {manages && (
        <ul className="link-list report-links no-print">
          <ReviewLinkItems reviewId={report.review.id} pages={['edit', 'suggestions']} />
        </ul>
      )}
    </header>
  );
}

function ImprovementAreas({ revision }: { revision: ReportRevision }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('report.view.improvementAreas')}</h3>
      <ImprovementList areas={revision.content.improvementAreas} heading="h4" />
    </>
  );
}

/** Numeric items that belong to no area (the study directors' own time). */
function OtherFigures({ report }: { report: Report }) {
  const { t } = useTranslation();
  const rest = report.numeric.filter((n) => statementArea(n.itemId) === null);
  if (rest.length === 0) return null;
  return (
    <section aria-labelledby="other-heading" className="report-area">
      <h2 id="other-heading">{t('report.view.numeric')}</h2>
      {rest.map((item) => (
        <NumericTable key={item.itemId} item={item} />
      ))}
    </section>
  );
}
