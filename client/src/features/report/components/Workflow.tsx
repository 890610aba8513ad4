import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage, StatusMessage } from '../../../ui/feedback';
import { reportApi, useReportAction, type ReportRevision } from '../api';
import { CommentRoundSection, SendForComment } from './CommentRoundControls';
import { TextArea } from './TextArea';

type Step = 'comments' | 'publish' | 'revise';

/**
 * The report's way out: draft → sent to the clinic for comment → published; a published report
 * is corrected with a new revision. The server enforces the order; this shows the next steps.
 */
export function Workflow({
  id,
  revision,
  beforeAction,
  onProblems,
}: {
  id: string;
  revision: ReportRevision;
  /** Saves unsaved edits first; false when that failed. */
  beforeAction: () => Promise<boolean>;
  onProblems: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [comments, setComments] = useState(revision.clinicComments ?? '');
  const [changeNote, setChangeNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const action = useReportAction(id, async (step: Step) => {
    if (step === 'comments') return reportApi.comments(id, comments);
    if (step === 'publish') return reportApi.publish(id);
    return reportApi.revise(id, changeNote);
  });
  const messages: Record<Step, string> = {
    comments: t('report.edit.commentsSaved'),
    publish: t('report.edit.publishedDone'),
    revise: t('report.edit.revised'),
  };
  const run = async (step: Step) => {
    setDone(null);
    if (step !== 'revise' && !(await beforeAction())) return;
    try {
      await action.mutateAsync(step);
      setDone(messages[step]);
      if (step === 'revise') setChangeNote('');
    } catch (error) {
      onProblems(error);
    }
  };
  const button = (step: Step, label: string, variant = 'primary') => (
    <button
      type="button"
      className={`button button-${variant}${action.isPending ? ' button-pending' : ''}`}
      aria-disabled={action.isPending || undefined}
      onClick={() => !action.isPending && void run(step)}
    >
      {label}
    </button>
  );
  const canPublish = revision.status === 'for_comment' || (revision.status === 'draft' && revision.revision > 1);

  return (
    <section className="workflow edit-area" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t('report.edit.workflow')}</h2>
      <StatusMessage>{done}</StatusMessage>
      {action.isError && (
        <ErrorMessage
          error={action.error}
          lead={
            action.error instanceof Error && 'status' in action.error && action.error.status === 422 ? t('report.edit.incomplete') : t('report.edit.failed')
          }
        />
      )}
      {revision.status === 'draft' && (
        <div>
          <p>{t('report.edit.sendForCommentText')}</p>
          <SendForComment id={id} beforeAction={beforeAction} onProblems={onProblems} onSent={setDone} />
        </div>
      )}
      <CommentRoundSection id={id} editable={revision.status === 'for_comment'} />
      {revision.status === 'for_comment' && (
        <div>
          <TextArea label={t('report.edit.comments')} hint={t('report.edit.commentsHint')} value={comments} rows={5} onChange={setComments} />
          {button('comments', t('report.edit.saveComments'), 'secondary')}
        </div>
      )}
      {canPublish && (
        <div>
          <p>{t('report.edit.publishText')}</p>
          <ConfirmButton
            title={t('report.edit.publishConfirmTitle')}
            message={<p>{t('report.edit.publishConfirmText')}</p>}
            confirmLabel={t('report.edit.publishConfirm')}
            onConfirm={() => void run('publish')}
            isPending={action.isPending}
          >
            {t('report.edit.publish')}
          </ConfirmButton>
        </div>
      )}
      {revision.status === 'published' && (
        <div>
          <p>{t('report.edit.reviseText')}</p>
          <TextArea label={t('report.edit.changeNote')} value={changeNote} rows={3} required onChange={setChangeNote} />
          {button('revise', t('report.edit.revise'))}
        </div>
      )}
    </section>
  );
}
