import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsMutating } from '@tanstack/react-query';
import { POOL_UPLOAD_KEY, usePoolImports, useWithdrawPoolImport, type PoolUpload } from '../api/hooks';
import type { PoolImportBatch } from '../api/requests';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage, PageHeading, QueryState, StatusMessage } from '../../../ui/feedback';
import { PoolImportForm } from '../components/PoolImportForm';
import { DataTable } from '../../../ui/tables';
import { formatDateTime } from '../../../i18n/format';

const LIST_HEADING = 'pool-batches-heading';

/** The batch states, shown with the badge colours the console already uses for like states. */
const BADGES: Record<string, string> = { importing: 'badge-draft', done: 'badge-open', withdrawn: 'badge-closed', failed: 'badge-mail-failed' };
const STATUSES = ['importing', 'done', 'failed', 'withdrawn'] as const;

function BatchStatus({ batch }: { batch: PoolImportBatch }) {
  const { t } = useTranslation();
  const known = STATUSES.find((s) => s === batch.status);
  return (
    <>
      <span className={`badge ${BADGES[batch.status] ?? ''}`}>{known ? t(`console.poolImport.status.${known}`) : batch.status}</span>
      {batch.status === 'importing' && <div className="muted">{t('console.poolImport.readSoFar', { count: batch.rowsRead })}</div>}
      {batch.withdrawnAt && <div className="muted">{t('console.poolImport.withdrawnAt', { date: formatDateTime(batch.withdrawnAt) })}</div>}
      {batch.failure && <div className="muted">{t('console.poolImport.stalled')}</div>}
    </>
  );
}

/** What the import did with hospital codes the register lacked: mapped to registered hospitals, or kept. */
function CodeChoices({ batch }: { batch: PoolImportBatch }) {
  const { t } = useTranslation();
  const mapped = Object.entries(batch.hospitalMapping);
  if (mapped.length === 0 && batch.keptCodes.length === 0) return null;
  return (
    <div className="muted">
      {mapped.length > 0 && (
        <div>
          {t('console.poolImport.codesMapped', { count: mapped.length })}: {mapped.map(([from, to]) => `${from} → ${to}`).join(', ')}
        </div>
      )}
      {batch.keptCodes.length > 0 && (
        <details>
          <summary>{t('console.poolImport.codesKept', { count: batch.keptCodes.length })}</summary>
          {batch.keptCodes.join(', ')}
        </details>
      )}
    </div>
  );
}

function BatchTable({ batches }: { batches: PoolImportBatch[] }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawPoolImport();
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  const caption = t('console.poolImport.listHeading');
  return (
    <>
      <StatusMessage>{withdrawn && t('console.poolImport.withdrawn', { file: withdrawn })}</StatusMessage>
      {withdraw.isError && <ErrorMessage error={withdraw.error} lead={t('common.actionFailed')} />}
      <DataTable
        caption={caption}
        captionHidden
        id="pool-batches"
        columns={[
          t('console.poolImport.colFile'),
          t('console.poolImport.colCreated'),
          t('console.poolImport.colBy'),
          { label: t('console.poolImport.colRows'), className: 'numeric' },
          { label: t('console.poolImport.colAnswers'), className: 'numeric' },
          t('console.poolImport.colStatus'),
          t('console.poolImport.colActions'),
        ]}
      >
        {batches.map((batch) => (
          <tr key={batch.id}>
            <th scope="row">
              {batch.filename}
              <CodeChoices batch={batch} />
            </th>
            <td className="nowrap">{formatDateTime(batch.createdAt)}</td>
            <td>{batch.importedBy ?? t('common.none')}</td>
            <td className="numeric">
              {t('console.poolImport.rows', { imported: batch.rowsImported, read: batch.rowsRead })}
              {batch.rowsSkipped > 0 && <div className="muted">{t('console.poolImport.rowsSkipped', { count: batch.rowsSkipped })}</div>}
            </td>
            <td className="numeric">{batch.answersImported}</td>
            <td>
              <BatchStatus batch={batch} />
            </td>
            <td>
              {batch.status === 'done' && (
                <ConfirmButton
                  variant="danger"
                  small
                  ariaLabel={t('console.poolImport.withdrawLabel', { file: batch.filename, date: formatDateTime(batch.createdAt) })}
                  title={t('console.poolImport.withdrawTitle', { file: batch.filename })}
                  message={<p>{t('console.poolImport.withdrawText', { file: batch.filename, answers: batch.answersImported })}</p>}
                  confirmLabel={t('console.poolImport.withdraw')}
                  isPending={withdraw.isPending}
                  onConfirm={() => withdraw.mutate(batch.id, { onSuccess: () => setWithdrawn(batch.filename) })}
                >
                  {t('console.poolImport.withdraw')}
                </ConfirmButton>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

/** Admins: historic answers into the national benchmark's pool, and the batches imported so far. */
export function PoolImportPage() {
  const { t } = useTranslation();
  // While a file of ours is on its way, the list polls: the server shows its batch as it imports.
  const uploading = useIsMutating({ mutationKey: POOL_UPLOAD_KEY, predicate: (m) => (m.state.variables as PoolUpload | undefined)?.mode === 'import' }) > 0;
  const batches = usePoolImports(uploading);
  return (
    <>
      <PageHeading>{t('console.poolImport.title')}</PageHeading>
      <p>{t('console.poolImport.intro')}</p>
      <PoolImportForm listHeadingId={LIST_HEADING} />
      <section aria-labelledby={LIST_HEADING}>
        <h2 id={LIST_HEADING} tabIndex={-1}>
          {t('console.poolImport.listHeading')}
        </h2>
        <QueryState query={batches}>
          {({ batches: list }) => (list.length === 0 ? <p className="empty-state">{t('console.poolImport.empty')}</p> : <BatchTable batches={list} />)}
        </QueryState>
      </section>
    </>
  );
}
