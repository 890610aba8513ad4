import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { providerDuties } from '../../../../../surveys/provider-duties';
import { formatDate, formatPercent, localText } from '../../../i18n/format';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage, PageHeading, QueryState, StatusMessage } from '../../../ui/feedback';
import { DataTable } from '../../../ui/tables';
import { hospitalApi, useHospitalAuthoring, useHospitalChange, useHospitalReport, useHospitalReview, type HospitalReport, type ReportContent } from '../api';
import { HospitalNav } from '../components/HospitalNav';
import { RegisterTable, SynthesisView } from '../components/Synthesis';
import '../../../ui/report.css';
import '../hospital.css';

/** Writing the report per duty, and its workflow: draft → for comment → published (the same routes as a clinic review's). */
export function HospitalReportEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const authoring = useHospitalAuthoring(id);
  const view = useHospitalReview(id);
  return (
    <>
      <PageHeading title={t('hospital.report.title')}>{t('hospital.report.title')}</PageHeading>
      <HospitalNav id={id} />
      <p>{t('hospital.report.intro')}</p>
      <QueryState query={authoring}>
        {(a) => (
          <ReportEditor
            key={a.current.updatedAt}
            id={id}
            content={a.current.content}
            revision={a.current.revision}
            status={a.current.status}
            closed={view.data?.review.status === 'closed'}
          />
        )}
      </QueryState>
    </>
  );
}

function ReportEditor({
  id,
  content,
  revision,
  status,
  closed,
}: {
  id: string;
  content: ReportContent;
  revision: number;
  status: 'draft' | 'for_comment' | 'published';
  closed: boolean;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(content);
  const save = useHospitalChange(id, (c: ReportContent) => hospitalApi.saveContent(id, c));
  const send = useHospitalChange(id, async () => {
    const { candidates, deadline } = await hospitalApi.candidates(id);
    return hospitalApi.sendForComment(id, { deadline: deadline.suggested, recipients: candidates.map((c) => c.email) });
  });
  const publish = useHospitalChange(id, () => hospitalApi.publish(id));
  const duty = (dutyId: string) => draft.duties?.[dutyId] ?? { judgement: 'not_assessed' as const, finding: '', recommendations: [] };
  const setDuty = (dutyId: string, change: Partial<{ finding: string; recommendations: string[] }>) =>
    setDraft({ ...draft, duties: { ...draft.duties, [dutyId]: { ...duty(dutyId), ...change } } });
  const editable = status !== 'published';
  return (
    <>
      <p className="status-box status-pending">{t('hospital.report.revision', { revision, status: t(`hospital.report.revisionStatus.${status}`) })}</p>
      {!closed && <p className="field-note">{t('hospital.report.closeFirst')}</p>}
      <form
        className="hospital-form report-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(draft);
        }}
      >
        <label htmlFor="report-summary">{t('hospital.report.summary')}</label>
        <textarea id="report-summary" rows={5} readOnly={!editable} value={draft.summary} onChange={(e) => setDraft({ ...draft, summary: e.target.value })} />
        {providerDuties.map((d) => (
          <fieldset key={d.id} className="report-duty">
            <legend>
              {d.id}. {localText(d.text)}
            </legend>
            <label htmlFor={`finding-${d.id}`}>{t('hospital.report.finding', { duty: d.id })}</label>
            <textarea
              id={`finding-${d.id}`}
              rows={4}
              readOnly={!editable}
              value={duty(d.id).finding}
              onChange={(e) => setDuty(d.id, { finding: e.target.value })}
            />
            <label htmlFor={`recommendations-${d.id}`}>{t('hospital.report.recommendations', { duty: d.id })}</label>
            <textarea
              id={`recommendations-${d.id}`}
              rows={3}
              readOnly={!editable}
              value={duty(d.id).recommendations.join('\n')}
              onChange={(e) => setDuty(d.id, { recommendations: e.target.value.split('\n') })}
              onBlur={(e) =>
                setDuty(d.id, {
                  recommendations: e.target.value
                    .split('\n')
                    .map((r) => r.trim())
                    .filter(Boolean),
                })
              }
            />
          </fieldset>
        ))}
        <StatusMessage>{save.isSuccess && t('hospital.report.saved')}</StatusMessage>
        {save.isError && <ErrorMessage error={save.error} lead={t('common.saveFailed')} />}
        {editable && (
          <button type="submit" className="button button-primary">
            {t('hospital.report.save')}
          </button>
        )}
      </form>
      {closed && status === 'draft' && (
        <p className="no-print">
          <StatusMessage>{send.isSuccess && t('hospital.report.sent')}</StatusMessage>
          {send.isError && <ErrorMessage error={send.error} lead={t('common.saveFailed')} />}
          <button type="button" className="button button-secondary" onClick={() => send.mutate(undefined)}>
            {t('hospital.report.send')}
          </button>
        </p>
      )}
      {closed && status === 'for_comment' && (
        <div className="no-print">
          <StatusMessage>{publish.isSuccess && t('hospital.report.publishedDone')}</StatusMessage>
          {publish.isError && <ErrorMessage error={publish.error} lead={t('common.saveFailed')} />}
          <ConfirmButton
            title={t('hospital.report.publish')}
            message={<p>{t('hospital.report.publishConfirm')}</p>}
            confirmLabel={t('hospital.report.publish')}
            onConfirm={() => publish.mutate(undefined)}
          >
            {t('hospital.report.publish')}
          </ConfirmButton>
        </div>
      )}
    </>
  );
}

/** What the hospital reads: the published report per duty, its profile and the clinic reviews beside it; printable. */
export function HospitalReportPage() {
  const { id = '' } = useParams();
  const report = useHospitalReport(id);
  return <QueryState query={report}>{(r) => <PublishedReport report={r} />}</QueryState>;
}

function PublishedReport({ report }: { report: HospitalReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const { revision, profile } = report;
  const content = revision.content;
  const title = t('hospital.reader.title', { title: report.review.title });
  return (
    // data-ready: the whole report came in one answer; the server's PDF waits for it before printing.
    <article className="report hospital-report" data-ready="true">
      <PageHeading title={title}>{title}</PageHeading>
      <p className="report-meta">
        {report.review.hospital.name} · {t('hospital.published', { date: formatDate(revision.publishedAt?.slice(0, 10) ?? null) })}
      </p>
      <p className="no-print button-row">
        <button type="button" className="button button-secondary button-small" onClick={() => window.print()}>
          {t('hospital.reader.print')}
        </button>
        <a
          className="button button-secondary button-small"
          href={`/api/hospital-reviews/${encodeURIComponent(report.review.id)}/report.pdf?lang=${lang}`}
          download
        >
          {t('hospital.reader.pdf')}
        </a>
        <Link className="button button-secondary button-small" to={`/reviews/${report.review.id}/action-plan`}>
          {t('hospital.reader.actionPlan')}
        </Link>
      </p>
      {content.summary.trim() && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t('hospital.reader.summary')}</h2>
          {content.summary.split(/\n{2,}/).map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      )}
      <section aria-labelledby="duties-heading">
        <h2 id="duties-heading">{t('hospital.reader.duties')}</h2>
        {report.duties.map((d) => {
          const written = content.duties?.[d.id];
          return (
            <section key={d.id} className="report-duty" aria-labelledby={`duty-${d.id}`}>
              <h3 id={`duty-${d.id}`}>
                {d.id}. {d.text[lang]}
              </h3>
              <p className="duty-judgement">{t(`hospital.judgement.${written?.judgement ?? 'not_assessed'}`)}</p>
              {written?.finding.split(/\n{2,}/).map((p) => (
                <p key={p}>{p}</p>
              ))}
              {written && written.recommendations.length > 0 && (
                <>
                  <h4>{t('hospital.reader.recommendations')}</h4>
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
      </section>
      {profile && (
        <section aria-labelledby="profile-heading">
          <h2 id="profile-heading">{t('hospital.reader.profile')}</h2>
          <DataTable caption={t('hospital.reader.profile')} captionHidden columns={[t('hospital.colTitle'), '']}>
            <tr>
              <th scope="row">{t('hospital.profile.beds')}</th>
              <td className="numeric">{profile.beds}</td>
            </tr>
            <tr>
              <th scope="row">{t('hospital.profile.doctors')}</th>
              <td className="numeric">{profile.doctors}</td>
            </tr>
            <tr>
              <th scope="row">{t('hospital.profile.stDoctors')}</th>
              <td className="numeric">
                {profile.stDoctors} ({profile.stShare.percent === null ? '–' : formatPercent(profile.stShare.percent)})
              </td>
            </tr>
            <tr>
              <th scope="row">{t('hospital.profile.directorPercent')}</th>
              <td className="numeric">{new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-SE').format(profile.directorPercentPerTrainee)}</td>
            </tr>
            <tr>
              <th scope="row">{t('hospital.profile.funding')}</th>
              <td className="numeric">
                {profile.stFundingPerPost === null
                  ? t('hospital.profile.fundingNone')
                  : t('hospital.profile.kronor', { amount: new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-SE').format(profile.stFundingPerPost) })}
              </td>
            </tr>
          </DataTable>
        </section>
      )}
      <SynthesisView synthesis={report.synthesis} stored />
      <section aria-labelledby="interviewed-heading">
        <h2 id="interviewed-heading">{t('hospital.reader.interviewed')}</h2>
        <ul>
          {report.interviewed.map((f) => (
            <li key={f.sv}>{f[lang]}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('hospital.reader.documents')}</h2>
        <RegisterTable register={report.register} />
      </section>
    </article>
  );
}
