import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ErrorMessage, Loading, PageHeading, StatusMessage } from '../../../ui/feedback';
import { AreaEditor } from '../components/AreaEditor';
import { ImprovementEditor } from '../components/ImprovementEditor';
import { TextArea } from '../components/TextArea';
import { Workflow } from '../components/Workflow';
import { ClinicCommentsAside } from '../components/CommentRoundControls';
import { localText } from '../../../i18n/format';
import { formatDateTime } from '../../../i18n/format';
import { useAuthoring, useCommentRound, useReportFigures, useSuggestions, type Authoring, type Report, type ReportContent } from '../api';
import { emptyArea, useReportDraft } from '../useReportDraft';
import { ReviewLinkItems } from '../../../ui/ReviewLinks';
import '../../../ui/report.css';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';

export function ReportEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const authoring = useAuthoring(id);
  const figures = useReportFigures(id, {});

  if (authoring.isPending || figures.isPending) return <Loading />;
  if (authoring.isError || figures.isError) {
    const error = authoring.error ?? figures.error;
    return (
      <>
        <PageHeading>{t('report.edit.title')}</PageHeading>
        {error instanceof ApiError && error.status === 403 ? (
          <p>{t('common.forbiddenText')}</p>
        ) : (
          <ErrorMessage error={error} lead={t('common.loadFailed')} focus={false} />
        )}
      </>
    );
  }
  return <Editor id={id} authoring={authoring.data} report={figures.data} />;
}

function Editor({ id, authoring, report }: { id: string; authoring: Authoring; report: Report }) {
  const { t } = useTranslation();
  const { current } = authoring;
  const { content, edit, dirty, problems, notice, save, doSave, showProblems } = useReportDraft(id, current);
  // The clinic's submitted comments, shown beside the text they are about.
  const round = useCommentRound(id);

  const labels = useMemo(() => new Map(report.areas.flatMap((a) => a.statements.map((s) => [s.itemId, localText(s.label)] as const))), [report]);
  const readOnly = current.status === 'published';
  const base = `/reviews/${id}`;
  const title = `${t('report.edit.title')}: ${report.review.title}`;
  const statusText = { draft: t('report.common.draft'), for_comment: t('report.common.forComment'), published: t('report.common.published') }[current.status];

  return (
    <div className="report-edit">
      <Breadcrumbs trail={[{ to: base, label: report.review.title }]} current={t('report.edit.title')} />
      <PageHeading title={title}>{title}</PageHeading>
      <p className="report-meta">
        <strong>{t('report.edit.revision', { revision: current.revision, status: statusText })}</strong> ·{' '}
        {t('report.edit.updated', { date: formatDateTime(current.updatedAt) })}
      </p>
      <ul className="link-list report-links">
        <ReviewLinkItems reviewId={id} pages={['report', 'suggestions']} />
      </ul>
      {readOnly && <p className="status-box status-pending">{t('report.edit.readOnly')}</p>}
      <RevisionHistory published={authoring.published} />

      <form
        onSubmit={(e) => {
          e.preventDefault();
          void doSave();
        }}
        noValidate
      >
        {report.areas.map((area) => (
          <div key={area.area} className={round.data?.round?.comments.length ? 'area-with-comments' : undefined}>
            <AreaEditor
              area={area.area}
              title={localText(area.title)}
              value={content.areas[area.area] ?? emptyArea()}
              suggestion={authoring.suggestions[area.area]}
              labels={labels}
              errors={problems}
              readOnly={readOnly}
              onChange={(next) => edit({ ...content, areas: { ...content.areas, [area.area]: next } })}
            />
            <ClinicCommentsAside round={round.data?.round} area={area.area} />
          </div>
        ))}

        <ClinicCommentsAside round={round.data?.round} area={null} />
        <SummaryEditor id={id} content={content} error={problems.summary} readOnly={readOnly} onChange={edit} />
        <ImprovementEditor
          items={content.improvementAreas}
          errors={problems}
          readOnly={readOnly}
          onChange={(improvementAreas) => edit({ ...content, improvementAreas })}
        />

        {!readOnly && (
          <div className="save-bar">
            <button type="submit" className={`button button-primary${save.isPending ? ' button-pending' : ''}`} aria-disabled={save.isPending || undefined}>
              {save.isPending ? t('report.edit.saving') : t('report.edit.save')}
            </button>
            <StatusMessage>{notice ?? (dirty ? t('report.edit.unsaved') : null)}</StatusMessage>
          </div>
        )}
        {save.isError && <ErrorMessage error={save.error} lead={t('common.saveFailed')} />}
      </form>

      <Workflow id={id} revision={current} beforeAction={async () => (dirty ? doSave() : true)} onProblems={showProblems} />
    </div>
  );
}

/** The revisions published so far, each with what changed. */
function RevisionHistory({ published }: { published: Authoring['published'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('report.edit.history')}</h2>
      {published.length === 0 ? (
        <p>{t('report.edit.historyNone')}</p>
      ) : (
        <ul>
          {published.map((p) => (
            <li key={p.revision}>
              {t('report.edit.historyItem', { revision: p.revision, date: formatDateTime(p.publishedAt) })}
              {p.changeNote && <> – {p.changeNote}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The summary, and the free-text quotes: the ones starred on the suggestions page, taken over at a press. */
function SummaryEditor({
  id,
  content,
  error,
  readOnly,
  onChange,
}: {
  id: string;
  content: ReportContent;
  error: string | undefined;
  readOnly: boolean;
  onChange: (next: ReportContent) => void;
}) {
  const { t } = useTranslation();
  const starred = useSuggestions(id, { starred: true });
  return (
    <section className="edit-area" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('report.edit.summary')}</h2>
      <TextArea
        label={t('report.edit.summary')}
        value={content.summary}
        rows={6}
        error={error}
        readOnly={readOnly}
        onChange={(summary) => onChange({ ...content, summary })}
      />
      <p>{t('report.edit.quotesChosen', { count: content.quotes.length })}</p>
      {!readOnly && starred.data && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onChange({ ...content, quotes: starred.data.suggestions.map((s) => s.key) })}
        >
          {t('report.edit.useStarred')} ({starred.data.suggestions.length})
        </button>
      )}
    </section>
  );
}
