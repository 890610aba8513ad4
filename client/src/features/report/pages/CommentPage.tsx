import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage, StatusMessage } from '../../../ui/feedback';
import { AgreementFigure } from '../components/AgreementFigure';
import { AreaHeading, AssessmentText, GradeSummary, ImprovementList, Paragraphs, Quotes } from '../components/AssessmentText';
import { ReportMethod } from '../components/ReportMethod';
import { ResponseRateTable } from '../components/ResponseRateTable';
import { TextArea } from '../components/TextArea';
import { localText } from '../../../i18n/format';
import { formatDate, formatDateTime, formatTime } from '../../../i18n/format';
import { RespondLayout, StepHeading } from '../../../ui/RespondLayout';
import { commentApi, type ClinicComments, type CommentView } from '../api';
import { providerDuties } from '../../../../../surveys/provider-duties';
import '../i18n';
import '../../../ui/report.css';

/**
 * The clinic's comment page, opened from a personal link: the draft report as it would be
 * published (grades, texts and the agreement figures from the snapshot) with a comment box per
 * area and one in general. No account: the link is the key.
 */
export function CommentPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const view = useQuery({
    queryKey: ['comments', token],
    queryFn: ({ signal }) => commentApi.open(token, signal),
    retry: (count, error) => error instanceof ApiError && (error.status === 0 || error.status >= 500) && count < 2,
  });

  let body;
  if (view.isPending) body = <p className="status-box status-pending">{t('layout.loading')}</p>;
  else if (view.isError) {
    const status = view.error instanceof ApiError ? view.error.status : 0;
    body = (
      <>
        <StepHeading title={t('report.comment.title')}>{t('report.comment.title')}</StepHeading>
        {status === 404 || status === 410 ? (
          <p className="status-box status-pending">{status === 404 ? t('report.comment.invalid') : t('report.comment.gone')}</p>
        ) : (
          <ErrorMessage error={view.error} lead={t('common.loadFailed')} focus={false} />
        )}
      </>
    );
  } else body = <CommentForm token={token} view={view.data} />;
  return <RespondLayout>{body}</RespondLayout>;
}

/**
 * The comments as the clinic writes them: saved as a draft or submitted, with the browser's own
 * question when the page is left unsaved.
 */
function useCommentDraft(token: string, view: CommentView) {
  const queryClient = useQueryClient();
  const [comments, setComments] = useState<ClinicComments>({ areas: view.comments.areas, general: view.comments.general });
  const [savedAt, setSavedAt] = useState(view.comments.savedAt);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = async (submit: boolean) => {
    setPending(true);
    setError(null);
    try {
      const result = await commentApi.save(token, comments, submit);
      setSavedAt(result.savedAt);
      setDirty(false);
      if (submit) await queryClient.invalidateQueries({ queryKey: ['comments', token] });
    } catch (e) {
      setError(e);
      // The deadline may have passed meanwhile: show the page as it now is.
      if (e instanceof ApiError && (e.status === 409 || e.status === 410)) await queryClient.invalidateQueries({ queryKey: ['comments', token] });
    } finally {
      setPending(false);
    }
  };
  const change = (next: ClinicComments) => {
    setComments(next);
    setDirty(true);
  };
  return {
    comments,
    setArea: (area: string, text: string) => change({ ...comments, areas: { ...comments.areas, [area]: text } }),
    setGeneral: (general: string) => change({ ...comments, general }),
    save,
    pending,
    error,
    /** When the comments were last saved, once nothing has changed since. */
    savedAt: dirty ? null : savedAt,
  };
}

type CommentDraft = ReturnType<typeof useCommentDraft>;

function CommentForm({ token, view }: { token: string; view: CommentView }) {
  const { t } = useTranslation();
  const draft = useCommentDraft(token, view);
  const writable = view.status === 'open';
  const { report, content } = view;
  if (!report) return <DutyDraft view={view} draft={draft} writable={writable} />;
  const titles = Object.fromEntries(report.areas.map((a) => [a.area, localText(a.title)]));

  return (
    <article className="report comment-page">
      <CommentIntro view={view} />
      <section aria-labelledby="grades-heading" className="report-intro">
        <h2 id="grades-heading">{t('report.view.summaryGrades')}</h2>
        <GradeSummary content={content} titles={titles} />
        {content.summary.trim() && (
          <>
            <h3>{t('report.view.summary')}</h3>
            <Paragraphs text={content.summary} />
          </>
        )}
        <ResponseRateTable rates={report.responseRates} supplement={report.supplementRates} />
        <ReportMethod report={report} />
      </section>

      {report.areas.map((area) => (
        <section key={area.area} id={`area-${area.area}`} className="report-area" aria-labelledby={`area-${area.area}-heading`}>
          <AreaHeading area={area.area} title={localText(area.title)} assessment={content.areas[area.area] ?? null} />
          <AssessmentText assessment={content.areas[area.area]} />
          <h3>{t('report.comment.agreement')}</h3>
          <AgreementFigure area={area} />
          <TextArea
            label={t('report.comment.onArea', { area: area.area })}
            value={draft.comments.areas[area.area] ?? ''}
            rows={4}
            readOnly={!writable}
            onChange={(text) => draft.setArea(area.area, text)}
          />
        </section>
      ))}

      {content.improvementAreas.length > 0 && (
        <section aria-labelledby="improvement-heading" className="report-area">
          <h2 id="improvement-heading">{t('report.view.improvementAreas')}</h2>
          <ImprovementList areas={content.improvementAreas} heading="h3" />
        </section>
      )}
      <Quotes quotes={view.quoteTexts} />
      <GeneralComment draft={draft} writable={writable} />
    </article>
  );
}

/**
 * A hospital-level review's draft: no survey and no grades, a finding and recommendations per
 * duty of the care provider; the hospital comments on the whole.
 */
function DutyDraft({ view, draft, writable }: { view: CommentView; draft: CommentDraft; writable: boolean }) {
  const { t } = useTranslation();
  const { content } = view;
  return (
    <article className="report comment-page">
      <CommentIntro view={view} />
      {content.summary.trim() && (
        <section aria-labelledby="summary-heading" className="report-intro">
          <h2 id="summary-heading">{t('report.view.summary')}</h2>
          <Paragraphs text={content.summary} />
        </section>
      )}
      {providerDuties.map((duty) => {
        const written = content.duties?.[duty.id];
        return (
          <section key={duty.id} className="report-area" aria-labelledby={`duty-${duty.id}-heading`}>
            <h2 id={`duty-${duty.id}-heading`}>
              {duty.id}. {localText(duty.text)}
            </h2>
            {written?.finding.trim() && <Paragraphs text={written.finding} />}
            {written && written.recommendations.length > 0 && (
              <>
                <h3>{t('report.comment.recommendations')}</h3>
                <ol>
                  {written.recommendations.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ol>
              </>
            )}
          </section>
        );
      })}
      {content.improvementAreas.length > 0 && (
        <section aria-labelledby="improvement-heading" className="report-area">
          <h2 id="improvement-heading">{t('report.view.improvementAreas')}</h2>
          <ImprovementList areas={content.improvementAreas} heading="h3" />
        </section>
      )}
      <GeneralComment draft={draft} writable={writable} />
    </article>
  );
}

/** What the page is, whose draft it is, and until when the clinic may comment. */
function CommentIntro({ view }: { view: CommentView }) {
  const { t } = useTranslation();
  const title = `${t('report.comment.title')}: ${view.review.title}`;
  return (
    <>
      <StepHeading title={title}>{title}</StepHeading>
      <p className="report-meta">{view.review.hospitalName}</p>
      <p className="draft-notice" role="note">
        <strong>{t('report.common.draft')}</strong> – {t('report.comment.draftNotice', { revision: view.revision })}
      </p>
      <p>{t('report.comment.intro', { role: t(`report.round.roles.${view.role}`).toLowerCase() })}</p>
      <p className={`status-box ${view.status === 'open' ? 'status-ok' : 'status-pending'}`} id="comment-status">
        {view.status === 'open' && t('report.comment.open', { deadline: formatDate(view.deadline) })}
        {view.status === 'closed' && t('report.comment.closed', { deadline: formatDate(view.deadline) })}
        {view.status === 'submitted' && t('report.comment.submitted', { date: formatDateTime(view.comments.submittedAt) })}
      </p>
    </>
  );
}

/** The comment on the report as a whole, and saving or submitting all comments. */
function GeneralComment({ draft, writable }: { draft: CommentDraft; writable: boolean }) {
  const { t } = useTranslation();
  const { pending } = draft;
  return (
    <section aria-labelledby="general-heading" className="report-area comment-general">
      <h2 id="general-heading">{t('report.comment.general')}</h2>
      <TextArea label={t('report.comment.general')} value={draft.comments.general} rows={6} readOnly={!writable} onChange={draft.setGeneral} />
      {writable && (
        <div className="save-bar">
          <button
            type="button"
            className={`button button-secondary${pending ? ' button-pending' : ''}`}
            aria-disabled={pending || undefined}
            onClick={() => !pending && void draft.save(false)}
          >
            {pending ? t('report.comment.saving') : t('report.comment.saveDraft')}
          </button>
          <ConfirmButton
            title={t('report.comment.submitConfirmTitle')}
            message={<p>{t('report.comment.submitText')}</p>}
            confirmLabel={t('report.comment.submitConfirm')}
            onConfirm={() => void draft.save(true)}
            isPending={pending}
          >
            {t('report.comment.submit')}
          </ConfirmButton>
          <StatusMessage>{draft.savedAt ? t('report.comment.saved', { time: formatTime(new Date(draft.savedAt)) }) : null}</StatusMessage>
        </div>
      )}
      {writable && <p className="field-hint">{t('report.comment.submitText')}</p>}
      {draft.error !== null && <ErrorMessage error={draft.error} lead={t('report.comment.failed')} />}
    </section>
  );
}
