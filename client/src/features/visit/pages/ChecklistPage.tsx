import { useId, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ErrorMessage, Loading, useErrorText } from '../../../ui/feedback';
import { DataTable } from '../../../ui/tables';
import { PointStatusRadios } from '../../../ui/PointStatusRadios';
import { formatPp, formatShare, localText } from '../../../i18n/format';
import { formatDateTime } from '../../../i18n/format';
import { useAssessPoint, useChecklist, useVisitNotes, type AreaChecklist, type ChecklistPoint, type PointStatus, type VisitNote } from '../api';
import { VisitHeader } from '../components/VisitHeader';
import { documentsApi, useReviewDocuments, type ReviewDocument } from '../documents-api';
import { ROLES } from '../../../../../contract/domain.js';
import '../../../ui/report.css';
import '../visit.css';

export function ChecklistPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const checklist = useChecklist(id);
  const notes = useVisitNotes(id);
  const documents = useReviewDocuments(id);

  return (
    <div className="checklist-page">
      <VisitHeader reviewId={id} page="checklist" />
      {checklist.isPending ? (
        <Loading />
      ) : checklist.isError ? (
        checklist.error instanceof ApiError && checklist.error.status === 403 ? (
          <p className="status-box status-pending">{t('visit.checklist.forbidden')}</p>
        ) : (
          <ErrorMessage error={checklist.error} lead={t('common.loadFailed')} focus={false} />
        )
      ) : checklist.data.areas.every((a) => a.points.length === 0) ? (
        <p className="empty-state">{t('visit.checklist.empty')}</p>
      ) : (
        <>
          <p>{t('visit.checklist.intro')}</p>
          <p className="field-note">{t('visit.checklist.suppressedLegend')}</p>
          {checklist.data.supplement && (
            <p className="field-note" id="supplement-evidence-note">
              {checklist.data.supplement.shown
                ? t('visit.checklist.supplementShown', { answered: checklist.data.supplement.answered })
                : t('visit.checklist.supplementHidden', { counted: checklist.data.supplement.counted, threshold: checklist.data.supplement.threshold })}
            </p>
          )}
          <nav aria-label={t('visit.checklist.title')} className="area-jump">
            <ul>
              {checklist.data.areas.map((a) => (
                <li key={a.area}>
                  <a href={`#area-${a.area}`}>
                    {a.area}. {localText(a.title)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {checklist.data.areas.map((area) => (
            <AreaSection
              key={area.area}
              reviewId={id}
              area={area}
              notes={notes.data?.notes}
              notesFailed={notes.isError}
              documents={documents.data?.documents ?? []}
            />
          ))}
        </>
      )}
    </div>
  );
}

function AreaSection({
  reviewId,
  area,
  notes,
  notesFailed,
  documents,
}: {
  reviewId: string;
  area: AreaChecklist;
  notes: VisitNote[] | undefined;
  notesFailed: boolean;
  documents: ReviewDocument[];
}) {
  const { t } = useTranslation();
  // Every point of an area lists the same notes (those tagged with the area): shown once, at the top.
  const noteIds = useMemo(() => new Set(area.points.flatMap((p) => p.noteIds)), [area]);
  const areaNotes = (notes ?? []).filter((n) => noteIds.has(n.id) || n.areas.includes(area.area));
  const grade = area.suggestedGrade;
  return (
    <section id={`area-${area.area}`} className="checklist-area" aria-labelledby={`area-${area.area}-heading`}>
      <h2 id={`area-${area.area}-heading`} className="area-heading">
        <span>
          {area.area}. {localText(area.title)}
        </span>
      </h2>
      <p role="status" className={`suggested-grade grade-card grade-${grade ?? 'none'}`}>
        <strong>{grade ? t('visit.checklist.suggested', { grade }) : t('visit.checklist.suggestedNone')}</strong>
        <span className="muted">{t('visit.checklist.suggestionPoints', { points: area.suggestionPoints })}</span>
      </p>
      <details className="area-notes" open={areaNotes.length > 0}>
        <summary>
          {t('visit.checklist.notes', { area: area.area })} ({areaNotes.length})
        </summary>
        {notesFailed ? (
          <p className="field-note">{t('visit.checklist.notesUnavailable')}</p>
        ) : areaNotes.length === 0 ? (
          <p className="field-note">{t('visit.checklist.notesNone')}</p>
        ) : (
          <ul className="note-quotes">
            {areaNotes.map((n) => (
              <li key={n.id}>
                <strong>{t(`visit.groups.${n.group}`)}:</strong> <span className="note-text">{n.body}</span>
              </li>
            ))}
          </ul>
        )}
      </details>
      {area.points.map((point) => (
        <PointCard key={point.id} reviewId={reviewId} point={point} documents={documents.filter((d) => d.points.includes(point.id))} />
      ))}
    </section>
  );
}

function BasisBadge({ basis }: { basis: ChecklistPoint['basis'] }) {
  const { t } = useTranslation();
  const text =
    basis.kind === 'rule'
      ? basis.reference
        ? t('visit.basis.ruleWithReference', { reference: basis.reference })
        : t('visit.basis.rule')
      : t(`visit.basis.${basis.kind}`);
  return <span className={`basis-badge basis-${basis.kind}`}>{text}</span>;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string | null } | { kind: 'failed'; error: unknown };

function PointCard({ reviewId, point, documents }: { reviewId: string; point: ChecklistPoint; documents: ReviewDocument[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const fieldId = useId();
  const assess = useAssessPoint(reviewId, point.id);
  // The page's own copy: what the inspector chose stays while the checklist is fetched afresh.
  const [status, setStatus] = useState<PointStatus>(point.status);
  const [note, setNote] = useState(point.note);
  const [savedNote, setSavedNote] = useState(point.note);
  const [state, setState] = useState<SaveState>(point.updatedAt ? { kind: 'saved', at: point.updatedAt } : { kind: 'idle' });

  const save = (next: { status: PointStatus; note: string }) => {
    setState({ kind: 'saving' });
    assess.mutate(next, {
      onSuccess: (stored) => {
        setSavedNote(next.note);
        setState({ kind: 'saved', at: stored?.updatedAt ?? new Date().toISOString() });
      },
      onError: (error) => setState({ kind: 'failed', error }),
    });
  };

  const stateText =
    state.kind === 'saving'
      ? t('visit.common.saving')
      : state.kind === 'saved'
        ? state.at
          ? t('visit.checklist.savedAt', { date: formatDateTime(state.at) })
          : t('visit.common.saved')
        : state.kind === 'failed'
          ? `${t('visit.common.saveFailed')} ${errorText(state.error).detail}`
          : t('visit.checklist.notSavedYet');

  return (
    <article className="checklist-point" aria-labelledby={`${fieldId}-title`}>
      <div className="point-judgement">
        <h3 id={`${fieldId}-title`} className="point-title">
          <span className="point-id">{point.id}</span> <span>{localText(point.text)}</span>
        </h3>
        <p>
          <BasisBadge basis={point.basis} />
        </p>
        <PointStatusRadios
          name={`${fieldId}-status`}
          legend={t('visit.checklist.judgement', { point: point.id })}
          value={status}
          label={(value) => t(`visit.status.${value}`)}
          onChange={(value) => {
            setStatus(value);
            save({ status: value, note });
          }}
        />
        <div className="edit-field">
          <label htmlFor={`${fieldId}-note`}>{t('visit.checklist.note', { point: point.id })}</label>
          <p className="field-hint" id={`${fieldId}-hint`}>
            {t('visit.checklist.noteHint')}
          </p>
          <textarea
            id={`${fieldId}-note`}
            rows={3}
            value={note}
            maxLength={5000}
            aria-describedby={`${fieldId}-hint ${fieldId}-state`}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => {
              if (note !== savedNote) save({ status, note });
            }}
          />
        </div>
        <p id={`${fieldId}-state`} role="status" className={`save-state save-state-${state.kind}`}>
          {stateText}
        </p>
      </div>
      <Evidence reviewId={reviewId} point={point} documents={documents} />
    </article>
  );
}

function Evidence({ reviewId, point, documents }: { reviewId: string; point: ChecklistPoint; documents: ReviewDocument[] }) {
  const { t } = useTranslation();
  return (
    <aside className="point-evidence" aria-label={t('visit.checklist.evidence', { point: point.id })}>
      {point.evidence.length === 0 ? <p className="evidence-note">{t('visit.checklist.noEvidence')}</p> : <ShareEvidence point={point} />}
      {point.supplementEvidence.length > 0 && <SupplementEvidence point={point} />}
      {point.visitEvidence && <p className="evidence-note">{t('visit.checklist.visitEvidence', { text: localText(point.visitEvidence) })}</p>}
      {documents.length > 0 && (
        <>
          <p className="evidence-note">{t('visit.checklist.documents', { point: point.id })}</p>
          <ul className="evidence-documents">
            {documents.map((d) => (
              <li key={d.id}>
                <a href={documentsApi.downloadUrl(reviewId, d.id)} download={d.fileName}>
                  {d.fileName}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

/** The survey's shares behind a point, by role, with the national pool beside them. */
function ShareEvidence({ point }: { point: ChecklistPoint }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('visit.checklist.shareCaption')}
      scrollLabel={t('visit.checklist.evidence', { point: point.id })}
      className="table report-table evidence-table"
      columns={[
        t('visit.checklist.statement'),
        ...ROLES.map((role) => ({ label: t(`roles.${role}`), className: 'num' })),
        { label: t('visit.checklist.benchmarkColumn'), className: 'num' },
      ]}
    >
      {point.evidence.map((e) => (
        <tr key={e.itemId}>
          <th scope="row">{localText(e.label)}</th>
          {ROLES.map((role) => {
            const cell = e.byRole[role];
            return (
              <td key={role} className="num">
                {!cell || cell.suppressed || cell.share === null ? (
                  <span className="suppressed">
                    <span aria-hidden="true">{t('visit.checklist.suppressed')}</span>
                    <span className="visually-hidden">{t('visit.checklist.suppressedText')}</span>
                  </span>
                ) : (
                  <>
                    {formatShare(cell.agreeing!, cell.n!)} <span className="n">(n = {cell.n})</span>
                  </>
                )}
              </td>
            );
          })}
          <td className="num">
            {e.benchmark ? (
              <>
                {t('visit.checklist.benchmarkCell', {
                  difference: formatPp(e.benchmark.differencePp),
                  pool: formatShare(e.benchmark.poolAgreeing, e.benchmark.poolN),
                })}
                {e.benchmark.flagged && (
                  <>
                    {' '}
                    <span className="flag-mark" aria-hidden="true">
                      ⚑
                    </span>
                    <span className="visually-hidden">{t('visit.checklist.benchmarkFlagged')}</span>
                  </>
                )}
              </>
            ) : (
              <span className="muted">{t('visit.checklist.benchmarkNoneCell')}</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The study directors' supplementary survey behind a point. */
function SupplementEvidence({ point }: { point: ChecklistPoint }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('visit.checklist.supplementCaption', { point: point.id })}
      className="table report-table evidence-table supplement-evidence"
      columns={[t('visit.checklist.statement'), { label: t('roles.director'), className: 'num' }]}
    >
      {point.supplementEvidence.map((e) => (
        <tr key={e.itemId}>
          <th scope="row">{localText(e.label)}</th>
          <td className="num">
            {e.cell.suppressed || e.cell.n === null || e.cell.agreeing === null || e.cell.n === 0 ? (
              t('visit.checklist.suppressed')
            ) : (
              <>
                {formatShare(e.cell.agreeing, e.cell.n)} <span className="n">(n = {e.cell.n})</span>
              </>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
