import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addCalendarDays, todayInSweden } from '../../../../../contract/dates';
import { documentCategories, documentCategory } from '../../../../../surveys/document-categories';
import { formatBytes, formatDate, formatDateTime, localText } from '../../../i18n/format';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DateField } from '../../../ui/date/DateField';
import { ErrorMessage, Loading, StatusMessage } from '../../../ui/feedback';
import { ActionButton, CheckboxList, TextInput, useValidators } from '../../../ui/fields';
import { DataTable } from '../../../ui/tables';
import { documentsApi, useDocumentChange, useReviewDocuments, type ReviewDocument, type ReviewDocuments } from '../documents-api';
import { DocumentUpload } from '../components/DocumentUpload';
import { VisitHeader } from '../components/VisitHeader';
import '../visit.css';

const categoryName = (key: string) => localText(documentCategory(key)?.name ?? { sv: key, en: key });

/**
 * The documents before the visit: ask the clinic for them (a mail with an upload link), see what
 * has come and what is missing, read them, send some yourself, and say which checklist points each
 * is evidence for. Only the review's inspectors and admins get here (the server decides).
 */
export function DocumentsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const documents = useReviewDocuments(id);
  return (
    <div className="documents-page">
      <VisitHeader reviewId={id} page="documents" />
      {documents.isPending ? (
        <Loading />
      ) : documents.isError ? (
        <ErrorMessage error={documents.error} lead={t('common.loadFailed')} focus={false} />
      ) : (
        <>
          <p>{t('visit.documents.intro')}</p>
          <RequestSection reviewId={id} data={documents.data} />
          <ReceivedSection reviewId={id} data={documents.data} />
          <section aria-labelledby="upload-heading">
            <h2 id="upload-heading">{t('visit.documents.uploadHeading')}</h2>
            <DocumentUpload
              categories={documentCategories.map((c) => c.key)}
              upload={(category, file, onProgress) => documentsApi.upload(id, category, file, { onProgress }).finally(() => void documents.refetch())}
            />
          </section>
        </>
      )}
    </div>
  );
}

function RequestSection({ reviewId, data }: { reviewId: string; data: ReviewDocuments }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(data.request === null);
  const request = data.request;
  return (
    <section aria-labelledby="request-heading">
      <h2 id="request-heading">{t('visit.documents.requestHeading')}</h2>
      {request && (
        <dl className="summary-list">
          <dt>{t('visit.documents.contact')}</dt>
          <dd>
            {request.contactName} ({request.contactEmail}) ·{' '}
            {t('visit.documents.mail', { status: t(`visit.documents.mailStatus.${request.mailStatus ?? 'none'}`, { defaultValue: request.mailStatus ?? '' }) })}
          </dd>
          <dt>{t('visit.documents.deadline')}</dt>
          <dd>{formatDate(request.deadline)}</dd>
          <dt>{t('visit.documents.asked')}</dt>
          <dd>{request.categories.map(categoryName).join(', ')}</dd>
        </dl>
      )}
      {editing ? (
        <RequestForm reviewId={reviewId} current={request} onDone={() => setEditing(false)} />
      ) : (
        <ActionButton variant="secondary" onPress={() => setEditing(true)}>
          {t('visit.documents.changeRequest')}
        </ActionButton>
      )}
    </section>
  );
}

function RequestForm({ reviewId, current, onDone }: { reviewId: string; current: ReviewDocuments['request']; onDone: () => void }) {
  const { t } = useTranslation();
  const validators = useValidators();
  const [categories, setCategories] = useState<string[]>(
    current?.categories ?? documentCategories.filter((c) => c.level === 'clinic' && c.key !== 'other').map((c) => c.key),
  );
  const [deadline, setDeadline] = useState(current?.deadline ?? addCalendarDays(todayInSweden(new Date()), 21));
  const [contactName, setContactName] = useState(current?.contactName ?? '');
  const [contactEmail, setContactEmail] = useState(current?.contactEmail ?? '');
  const ask = useDocumentChange(reviewId, () =>
    documentsApi.ask(reviewId, { categories, deadline, contactName: contactName.trim(), contactEmail: contactEmail.trim() }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (categories.length === 0 || !deadline || !contactName.trim() || validators.email(contactEmail) || !contactEmail.trim()) return;
    ask.mutate(undefined, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate className="stack">
      <CheckboxList
        label={t('visit.documents.categories')}
        options={documentCategories.map((c) => ({
          id: c.key,
          label: `${localText(c.name)}${c.level === 'hospital' ? ` (${t('visit.documents.hospitalLevel')})` : ''}`,
        }))}
        value={categories}
        onChange={setCategories}
        isRequired
      />
      <DateField label={t('visit.documents.deadline')} value={deadline} onChange={setDeadline} isRequired />
      <TextInput label={t('visit.documents.contactName')} value={contactName} onChange={setContactName} isRequired />
      <TextInput
        label={t('visit.documents.contactEmail')}
        type="email"
        value={contactEmail}
        onChange={setContactEmail}
        validate={validators.email}
        isRequired
      />
      <p className="field-note">{t('visit.documents.requestNote')}</p>
      <ActionButton type="submit" isPending={ask.isPending}>
        {current ? t('visit.documents.askAgain') : t('visit.documents.ask')}
      </ActionButton>
      {ask.isSuccess && <StatusMessage>{t('visit.documents.askedSent', { email: contactEmail })}</StatusMessage>}
      {ask.isError && <ErrorMessage error={ask.error} lead={t('visit.documents.askFailed')} />}
    </form>
  );
}

function ReceivedSection({ reviewId, data }: { reviewId: string; data: ReviewDocuments }) {
  const { t } = useTranslation();
  const missing = (data.request?.categories ?? []).filter((key) => !data.documents.some((d) => d.category === key));
  return (
    <section aria-labelledby="received-heading">
      <h2 id="received-heading">{t('visit.documents.receivedHeading')}</h2>
      {missing.length > 0 && <p className="status-box status-pending">{t('visit.documents.missing', { list: missing.map(categoryName).join(', ') })}</p>}
      {data.documents.length === 0 ? (
        <p className="empty-state">{t('visit.documents.none')}</p>
      ) : (
        <DataTable
          caption={t('visit.documents.receivedCaption', { count: data.documents.length })}
          columns={[
            t('visit.documents.name'),
            t('visit.documents.category'),
            { label: t('visit.documents.size'), className: 'num' },
            t('visit.documents.from'),
            t('visit.documents.points'),
            <span className="visually-hidden">{t('visit.documents.actions')}</span>,
          ]}
        >
          {data.documents.map((document) => (
            <DocumentRow key={document.id} reviewId={reviewId} document={document} />
          ))}
        </DataTable>
      )}
    </section>
  );
}

function DocumentRow({ reviewId, document }: { reviewId: string; document: ReviewDocument }) {
  const { t } = useTranslation();
  const [points, setPoints] = useState(document.points.join(', '));
  const parsed = points
    .split(/[\s,;]+/)
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);
  const savePoints = useDocumentChange(reviewId, () => documentsApi.setPoints(reviewId, document.id, [...new Set(parsed)]));
  const remove = useDocumentChange(reviewId, () => documentsApi.remove(reviewId, document.id));
  return (
    <tr>
      <th scope="row">
        <a href={documentsApi.downloadUrl(reviewId, document.id)} download={document.fileName}>
          {document.fileName}
        </a>
      </th>
      <td>{categoryName(document.category)}</td>
      <td className="num">{formatBytes(document.sizeBytes)}</td>
      <td>
        {document.uploadedBy}
        {document.throughLink ? ` (${t('visit.documents.throughLink')})` : ''}, {formatDateTime(document.uploadedAt)}
        {document.late && <strong className="late-mark"> · {t('visit.documents.late')}</strong>}
      </td>
      <td>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            savePoints.mutate(undefined);
          }}
        >
          <TextInput
            label={t('visit.documents.pointsFor', { name: document.fileName })}
            value={points}
            onChange={setPoints}
            description={t('visit.documents.pointsHint')}
          />
          <ActionButton type="submit" variant="secondary" small isPending={savePoints.isPending}>
            {t('visit.documents.savePoints')}
          </ActionButton>
          {savePoints.isError && <ErrorMessage error={savePoints.error} lead={t('visit.common.saveFailed')} focus={false} />}
        </form>
      </td>
      <td>
        <ConfirmButton
          variant="danger"
          small
          ariaLabel={t('visit.documents.removeNamed', { name: document.fileName })}
          title={t('visit.documents.removeTitle')}
          message={t('visit.documents.removeMessage', { name: document.fileName })}
          confirmLabel={t('visit.documents.remove')}
          onConfirm={() => remove.mutate(undefined)}
          isPending={remove.isPending}
        >
          {t('visit.documents.remove')}
        </ConfirmButton>
      </td>
    </tr>
  );
}
