import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '../../../i18n/format';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage, StatusMessage } from '../../../ui/feedback';
import { ActionButton } from '../../../ui/fields';
import { programmesApi, useProgrammeChange, type ProgrammeAssessment } from '../api';

const ACCEPT = '.pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/** The programme's documents, always downloaded (never opened in the page); admins upload and remove. */
export function ProgrammeDocuments({
  programmeId,
  documents,
  canManage,
}: {
  programmeId: string;
  documents: ProgrammeAssessment['documents'];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const remove = useProgrammeChange((documentId: string) => programmesApi.removeDocument(programmeId, documentId));
  return (
    <section aria-labelledby="programme-documents">
      <h2 id="programme-documents">{t('programmes.programme.documentsTitle')}</h2>
      {remove.isError && <ErrorMessage error={remove.error} lead={t('common.saveFailed')} />}
      {documents.length === 0 ? (
        <p className="empty-state">{t('programmes.programme.documentsEmpty')}</p>
      ) : (
        <ul className="programme-documents">
          {documents.map((d) => (
            <li key={d.id}>
              <a href={programmesApi.documentUrl(programmeId, d.id)} download>
                {d.fileName}
              </a>{' '}
              ({formatBytes(d.sizeBytes)}, {formatDateTime(d.uploadedAt)}){' '}
              {canManage && (
                <ConfirmButton
                  small
                  variant="danger"
                  ariaLabel={`${t('programmes.programme.removeDocument')}: ${d.fileName}`}
                  title={t('programmes.programme.removeDocument')}
                  message={t('programmes.programme.removeDocumentConfirm', { name: d.fileName })}
                  confirmLabel={t('programmes.programme.removeDocument')}
                  isPending={remove.isPending}
                  onConfirm={() => remove.mutate(d.id)}
                >
                  {t('programmes.programme.removeDocument')}
                </ConfirmButton>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && <Upload programmeId={programmeId} />}
    </section>
  );
}

function Upload({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useProgrammeChange((chosen: File) => programmesApi.upload(programmeId, chosen));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem(t('programmes.programme.chooseFile'));
    setProblem(null);
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        if (input.current) input.current.value = '';
      },
    });
  };
  return (
    <form className="document-upload no-print" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={fileId}>{t('programmes.programme.file')}</label>
        <p className="field-hint" id={`${fileId}-hint`}>
          {t('programmes.programme.fileHint')}
        </p>
        <input id={fileId} ref={input} type="file" accept={ACCEPT} aria-describedby={`${fileId}-hint`} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {upload.isError && <ErrorMessage error={upload.error} lead={t('common.saveFailed')} />}
      <ActionButton type="submit" isPending={upload.isPending}>
        {upload.isPending ? t('programmes.programme.uploading') : t('programmes.programme.upload')}
      </ActionButton>
      <StatusMessage>{upload.isSuccess && upload.variables ? t('programmes.programme.uploaded', { name: upload.variables.name }) : null}</StatusMessage>
    </form>
  );
}
