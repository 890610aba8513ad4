import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { StepHeading } from '../../../ui/RespondLayout';

/** A page with a heading and a few paragraphs: the journey's end points and dead ends. */
function StatusPage({ kind, title, lines, action }: { kind: string; title: string; lines: string[]; action?: React.ReactNode }) {
  return (
    <section className="respond-status" data-respond-status={kind}>
      <StepHeading title={title}>{title}</StepHeading>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {action}
    </section>
  );
}

export function ThanksPage() {
  const { t } = useTranslation();
  return (
    <section className="respond-status respond-thanks" data-respond-status="thanks">
      <StepHeading title={t('respond.thanksTitle')}>{t('respond.thanksTitle')}</StepHeading>
      <p role="status" className="status-box status-ok">
        {t('respond.thanksText')}
      </p>
      <p>{t('respond.thanksAnonymity')}</p>
    </section>
  );
}

export function AnsweredPage({ submittedAt }: { submittedAt: string | null }) {
  const { t } = useTranslation();
  return <StatusPage kind="answered" title={t('respond.answeredTitle')} lines={[t('respond.answeredText', { date: formatDateTime(submittedAt) })]} />;
}

export function ClosedPage({ closesAt }: { closesAt: string | null }) {
  const { t } = useTranslation();
  const lines = [t('respond.closedText')];
  if (closesAt) lines.push(t('respond.closedDate', { date: formatDate(closesAt) }));
  return <StatusPage kind="closed" title={t('respond.closedTitle')} lines={lines} />;
}

export function NotOpenPage() {
  const { t } = useTranslation();
  return <StatusPage kind="not-open" title={t('respond.notOpenTitle')} lines={[t('respond.notOpenText')]} />;
}

export function LinkNotFoundPage() {
  const { t } = useTranslation();
  return <StatusPage kind="not-found" title={t('respond.notFoundTitle')} lines={[t('respond.notFoundText'), t('respond.notFoundHelp')]} />;
}

export function RateLimitedPage() {
  const { t } = useTranslation();
  return <StatusPage kind="rate-limited" title={t('respond.rateLimitedTitle')} lines={[t('respond.rateLimitedText')]} />;
}

export function LoadErrorPage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <StatusPage
      kind="error"
      title={t('respond.errorTitle')}
      lines={[t('respond.errorText')]}
      action={
        <p>
          <button type="button" className="respond-button" onClick={onRetry}>
            {t('respond.retry')}
          </button>
        </p>
      }
    />
  );
}
