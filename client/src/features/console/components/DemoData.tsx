import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/tables';
import { useDemoStatus, useStartDemo } from '../api/hooks';
import type { DemoStatus } from '../api/requests';
import { ErrorMessage, focusHeading, StatusMessage } from '../../../ui/feedback';
import { ActionButton } from '../../../ui/fields';
import '../i18n';
import '../../../ui/shell/console.css';

/*
 * "Load demo data", offered to an admin on the start page of an install without reviews. Loaded
 * lazily by the start page, for admins only: with the console's texts, styles and buttons.
 */

/** The loader's steps in order (server/demo/load.ts), keyed to their texts. */
const STEPS: [server: string, key: 'starting' | 'accounts' | 'review' | 'answers' | 'themes' | 'pool' | 'report'][] = [
  ['starting', 'starting'],
  ['accounts', 'accounts'],
  ['review', 'review'],
  ['answers', 'answers'],
  ['themes', 'themes'],
  ['national pool', 'pool'],
  ['report', 'report'],
];

const stepIndex = (status: DemoStatus) =>
  Math.max(
    0,
    STEPS.findIndex(([server]) => server === status.step),
  );

/** What the status region reads out: the step, not the counts (it would talk all the time). */
function useStatusText() {
  const { t } = useTranslation();
  return (status: DemoStatus | undefined): string | null => {
    if (status?.state === 'done') return t('console.demo.done');
    if (status?.state !== 'running') return null;
    const index = stepIndex(status);
    return t('console.demo.step', { number: index + 1, steps: STEPS.length, step: t(`console.demo.steps.${STEPS[index][1]}`) });
  };
}

function Progress({ status }: { status: DemoStatus }) {
  const { t } = useTranslation();
  const index = stepIndex(status);
  const stepDone = status.total > 0 ? status.done / status.total : 0;
  return (
    <>
      <div className="progress-row">
        <label htmlFor="demo-progress">{t('console.demo.progressLabel')}</label>
        <progress id="demo-progress" value={index + stepDone} max={STEPS.length} />
        {status.total > 1 && <span className="muted">{t('console.demo.count', { done: status.done, total: status.total })}</span>}
      </div>
    </>
  );
}

function Accounts({ status }: { status: DemoStatus }) {
  const { t } = useTranslation();
  const role = (r: string) => (r === 'admin' || r === 'inspector' || r === 'reader' ? t(`account.roles.${r}`) : r);
  return (
    <>
      <p>{t('console.demo.accountsIntro')}</p>
      <p>
        <code>{status.password}</code>
      </p>
      <DataTable caption={t('console.demo.accountsCaption')} id="demo-accounts" columns={[t('console.demo.colEmail'), t('console.demo.colRole')]}>
        {status.accounts.map((account) => (
          <tr key={account.email}>
            <th scope="row">{account.email}</th>
            <td>{role(account.role)}</td>
          </tr>
        ))}
      </DataTable>
      <ul className="link-list">
        {status.reviewId && (
          <li>
            <Link to={`/reviews/${encodeURIComponent(status.reviewId)}/report`}>{t('console.demo.reportLink')}</Link>
          </li>
        )}
        <li>
          <Link to="/reviews">{t('console.demo.reviewsLink')}</Link>
        </li>
      </ul>
    </>
  );
}

/** Shows nothing unless demo data can be loaded here, is loading, or has just been loaded. */
export function DemoData() {
  const { t } = useTranslation();
  const status = useDemoStatus();
  const start = useStartDemo();
  const statusText = useStatusText();
  const data = status.data;
  if (!data || (data.state === 'idle' && !data.available)) return null;

  return (
    <section aria-labelledby="demo-heading" className="status-section">
      <h2 id="demo-heading" tabIndex={-1}>
        {t('console.demo.heading')}
      </h2>
      <StatusMessage tone={data.state === 'running' ? 'pending' : 'ok'}>{statusText(data)}</StatusMessage>
      {data.state === 'idle' && (
        <>
          <p>{t('console.demo.intro')}</p>
          <p>{t('console.demo.caution')}</p>
          {/* The button goes away once loading starts: the focus goes to the section's heading. */}
          <ActionButton onPress={() => start.mutate({}, { onSuccess: () => focusHeading('demo-heading') })} isPending={start.isPending}>
            {start.isPending ? t('console.demo.starting') : t('console.demo.load')}
          </ActionButton>
          {start.isError && <ErrorMessage error={start.error} lead={t('console.demo.startFailed')} />}
        </>
      )}
      {data.state === 'running' && <Progress status={data} />}
      {data.state === 'done' && <Accounts status={data} />}
      {data.state === 'failed' && <ErrorMessage error={null} detail={data.error ?? ''} lead={t('console.demo.failed')} focus={false} />}
    </section>
  );
}
