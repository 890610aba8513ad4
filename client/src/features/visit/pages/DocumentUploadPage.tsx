import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { documentCategory } from '../../../../../surveys/document-categories';
import { ApiError } from '../../../api/client';
import { formatBytes, formatDate, formatDateTime, localText } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { RespondLayout, StepHeading } from '../../../ui/RespondLayout';
import { DataTable } from '../../../ui/tables';
import { documentsApi, type DocumentLinkView } from '../documents-api';
import { DocumentUpload } from '../components/DocumentUpload';
import '../i18n';
import '../visit.css';

const categoryName = (key: string) => localText(documentCategory(key)?.name ?? { sv: key, en: key });

/**
 * The clinic's personal link for its documents before the visit: what the inspectors ask for and
 * by when, an upload, and what has been sent so far. No account: the link is the key.
 */
export function DocumentUploadPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const view = useQuery({
    queryKey: ['document-link', token],
    queryFn: ({ signal }) => documentsApi.openLink(token, signal),
    retry: (count, error) => error instanceof ApiError && (error.status === 0 || error.status >= 500) && count < 2,
  });
  let body;
  if (view.isPending) body = <p className="status-box status-pending">{t('layout.loading')}</p>;
  else if (view.isError)
    body = (
      <>
        <StepHeading title={t('visit.documents.linkTitle')}>{t('visit.documents.linkTitle')}</StepHeading>
        {view.error instanceof ApiError && view.error.status === 404 ? (
          <p className="status-box status-pending">{t('visit.documents.linkInvalid')}</p>
        ) : (
          <ErrorMessage error={view.error} lead={t('common.loadFailed')} focus={false} />
        )}
      </>
    );
  else body = <UploadSteps token={token} view={view.data} onSent={() => void view.refetch()} />;
  return <RespondLayout>{body}</RespondLayout>;
}

function UploadSteps({ token, view, onSent }: { token: string; view: DocumentLinkView; onSent: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <StepHeading title={`${t('visit.documents.linkTitle')}: ${view.reviewTitle}`}>{t('visit.documents.linkTitle')}</StepHeading>
      <p>
        {t('visit.documents.linkIntro', { name: view.contactName, review: view.reviewTitle, hospital: view.hospitalName, date: formatDate(view.deadline) })}
      </p>
      <ul>
        {view.categories.map((key) => (
          <li key={key}>
            {categoryName(key)}
            {view.documents.some((d) => d.category === key) ? ` – ${t('visit.documents.received')}` : ''}
          </li>
        ))}
      </ul>
      {view.open ? (
        <>
          <p className="field-note">{t('visit.documents.linkPrivacy')}</p>
          <DocumentUpload
            categories={view.categories}
            upload={(category, file, onProgress) => documentsApi.uploadThroughLink(token, category, file, { onProgress }).finally(onSent)}
          />
        </>
      ) : (
        <p className="status-box status-pending">{t('visit.documents.linkClosed')}</p>
      )}
      <h2>{t('visit.documents.sentHeading')}</h2>
      {view.documents.length === 0 ? (
        <p className="empty-state">{t('visit.documents.noneSent')}</p>
      ) : (
        <DataTable
          caption={t('visit.documents.sentCaption', { count: view.documents.length })}
          columns={[
            t('visit.documents.name'),
            t('visit.documents.category'),
            { label: t('visit.documents.size'), className: 'num' },
            t('visit.documents.sentAt'),
          ]}
        >
          {view.documents.map((d, i) => (
            <tr key={i}>
              <th scope="row">{d.fileName}</th>
              <td>{categoryName(d.category)}</td>
              <td className="num">{formatBytes(d.sizeBytes)}</td>
              <td>{formatDateTime(d.uploadedAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
