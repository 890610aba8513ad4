import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/tables';
import { isCalendarDate } from '../../../../../contract/dates.js';
import { ErrorMessage, StatusMessage } from '../../../ui/feedback';
import { DateField } from '../../../ui/date/DateField';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { reportApi, useCommentCandidates, useCommentRound, useReportAction, type CommentRound } from '../api';

/** The last day for comments: the app's one date field, with the allowed range as its hint. */
function DayField({ label, hint, value, error, onChange }: { label: string; hint: string; value: string; error?: string; onChange: (value: string) => void }) {
  return <DateField className="edit-field" label={label} description={hint} value={value} errorMessage={error} onChange={onChange} />;
}

/**
 * Sending the draft for comment: who reads it (the clinic's heads and study directors
 * preselected, the hospital's readers to pick) and the last day for comments.
 */
export function SendForComment({
  id,
  beforeAction,
  onProblems,
  onSent,
}: {
  id: string;
  beforeAction: () => Promise<boolean>;
  onProblems: (error: unknown) => void;
  onSent: (message: string) => void;
}) {
  const { t } = useTranslation();
  const candidates = useCommentCandidates(id);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [deadline, setDeadline] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const send = useReportAction(id, (body: { deadline: string; recipients: string[] }) => reportApi.sendForComment(id, body));

  useEffect(() => {
    if (!candidates.data || chosen) return;
    setChosen(new Set(candidates.data.candidates.filter((c) => c.preselected).map((c) => c.email)));
    setDeadline(candidates.data.deadline.suggested);
  }, [candidates.data, chosen]);

  if (candidates.isPending) return null;
  if (candidates.isError) return <ErrorMessage error={candidates.error} lead={t('common.loadFailed')} focus={false} />;
  const { candidates: people, deadline: limits } = candidates.data;
  const picked = chosen ?? new Set<string>();
  const toggle = (email: string) => {
    const next = new Set(picked);
    if (next.has(email)) next.delete(email);
    else next.add(email);
    setChosen(next);
  };
  const deadlineError =
    !isCalendarDate(deadline) || deadline < limits.earliest || deadline > limits.latest ? t('report.round.deadlineHint', { latest: limits.latest }) : undefined;
  const submit = async () => {
    setProblem(null);
    if (people.length > 0 && picked.size === 0) return setProblem(t('report.round.chooseSomeone'));
    if (deadlineError) return setProblem(deadlineError);
    if (!(await beforeAction())) return;
    try {
      const result = await send.mutateAsync({ deadline, recipients: [...picked] });
      onSent(t('report.round.sent', { count: result.asked }));
    } catch (error) {
      onProblems(error);
    }
  };

  return (
    <div className="comment-round-send">
      {people.length === 0 ? (
        <p className="status-box status-pending">{t('report.round.noCandidates')}</p>
      ) : (
        <fieldset className="checkbox-list">
          <legend>{t('report.round.recipients')}</legend>
          <p className="field-hint">{t('report.round.recipientsHint')}</p>
          {people.map((person) => (
            <label key={person.email} className="checkbox-row">
              <input type="checkbox" checked={picked.has(person.email)} onChange={() => toggle(person.email)} /> {person.name} (
              {t(`report.round.roles.${person.role}`)}
              {person.unitName ? `, ${person.unitName}` : ''}) – {person.email}
            </label>
          ))}
        </fieldset>
      )}
      <DayField label={t('report.round.deadline')} hint={t('report.round.deadlineHint', { latest: limits.latest })} value={deadline} onChange={setDeadline} />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {send.isError && <ErrorMessage error={send.error} lead={t('report.edit.failed')} />}
      <button
        type="button"
        className={`button button-primary${send.isPending ? ' button-pending' : ''}`}
        aria-disabled={send.isPending || undefined}
        onClick={() => !send.isPending && void submit()}
      >
        {t('report.edit.sendForComment')}
      </button>
    </div>
  );
}

/** Who was asked, whether their mail went and whether they have commented; the deadline can move while the round runs. */
export function CommentRoundSection({ id, editable }: { id: string; editable: boolean }) {
  const { t } = useTranslation();
  const round = useCommentRound(id);
  if (!round.data?.round) return null;
  const r = round.data.round;
  return (
    <section aria-labelledby="comment-round-heading" className="comment-round">
      <h3 id="comment-round-heading">{t('report.round.heading')}</h3>
      <p>
        {r.open
          ? t('report.round.status', { sent: formatDateTime(r.sentAt), deadline: formatDate(r.deadline) })
          : t('report.round.statusClosed', { deadline: formatDate(r.deadline) })}
      </p>
      <DataTable
        caption={t('report.round.caption')}
        columns={[t('report.round.colName'), t('report.round.colRole'), t('report.round.colMail'), t('report.round.colSubmitted')]}
      >
        {r.recipients.map((person) => (
          <tr key={person.email}>
            <th scope="row">
              {person.name}
              <br />
              <span className="field-hint">{person.email}</span>
            </th>
            <td>{t(`report.round.roles.${person.role}`)}</td>
            <td>{t(`report.round.mail.${person.mailStatus ?? 'none'}`)}</td>
            <td>{person.submittedAt ? t('report.round.submittedOn', { date: formatDateTime(person.submittedAt) }) : t('report.round.notYet')}</td>
          </tr>
        ))}
      </DataTable>
      {editable && <DeadlineForm id={id} round={r} />}
    </section>
  );
}

function DeadlineForm({ id, round }: { id: string; round: CommentRound }) {
  const { t } = useTranslation();
  const [deadline, setDeadline] = useState(round.deadline);
  const [done, setDone] = useState<string | null>(null);
  const change = useReportAction(id, (day: string) => reportApi.changeDeadline(id, day));
  return (
    <form
      className="deadline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        change.mutate(deadline, { onSuccess: () => setDone(t('report.round.deadlineChanged', { deadline: formatDate(deadline) })) });
      }}
    >
      <DayField label={t('report.round.newDeadline')} hint={t('report.round.newDeadlineHint')} value={deadline} onChange={setDeadline} />
      <button type="submit" className={`button button-secondary${change.isPending ? ' button-pending' : ''}`} aria-disabled={change.isPending || undefined}>
        {t('report.round.changeDeadline')}
      </button>
      <StatusMessage>{done}</StatusMessage>
      {change.isError && <ErrorMessage error={change.error} lead={t('report.edit.failed')} />}
    </form>
  );
}

/** The submitted comments on one area (or, with area null, in general), beside the inspectors' text. */
export function ClinicCommentsAside({ round, area }: { round: CommentRound | null | undefined; area: string | null }) {
  const { t } = useTranslation();
  if (!round || round.comments.length === 0) return null;
  const comments = round.comments.map((c) => ({ ...c, text: area === null ? c.general : (c.areas[area] ?? '') })).filter((c) => c.text.trim() !== '');
  const heading = area === null ? t('report.round.general') : t('report.round.onArea', { area });
  return (
    <aside className="clinic-comments" aria-label={heading}>
      <h3>{heading}</h3>
      {comments.length === 0 ? (
        <p className="field-hint">{t('report.round.none')}</p>
      ) : (
        comments.map((c, i) => (
          <figure key={i} className="clinic-comment">
            <blockquote>
              {c.text.split(/\n{2,}/).map((p, j) => (
                <p key={j}>{p}</p>
              ))}
            </blockquote>
            <figcaption>{t('report.round.by', { role: t(`report.round.roles.${c.role}`), name: c.name })}</figcaption>
          </figure>
        ))
      )}
    </aside>
  );
}
