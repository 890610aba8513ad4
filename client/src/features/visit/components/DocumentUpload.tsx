import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { documentCategory } from '../../../../../surveys/document-categories';
import { formatBytes, localText } from '../../../i18n/format';
import { ErrorMessage, StatusMessage } from '../../../ui/feedback';
import { ActionButton, SelectInput } from '../../../ui/fields';

/** The most one file may be; the server checks it too, this only saves a long wait for a refusal. */
const MAX_BYTES = 25 * 1024 * 1024;
const ACCEPT = '.pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

interface Props {
  categories: readonly string[];
  upload: (category: string, file: File, onProgress: (loaded: number, total: number) => void) => Promise<unknown>;
}

/** Choose a kind and a file, and send it, with progress; shared by the inspectors' page and the clinic's link. */
export function DocumentUpload({ categories, upload }: Props) {
  const { t } = useTranslation();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [category, setCategory] = useState<string | null>(categories.length === 1 ? categories[0] : null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSent(null);
    if (!category || !file) return setProblem(t('visit.documents.chooseBoth'));
    if (file.size > MAX_BYTES) return setProblem(t('visit.documents.tooLarge', { size: formatBytes(file.size) }));
    setProblem(null);
    setProgress(0);
    try {
      await upload(category, file, (loaded, total) => setProgress(total > 0 ? Math.round((loaded / total) * 100) : 0));
      setSent(file.name);
      setFile(null);
      if (input.current) input.current.value = '';
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(null);
    }
  };

  return (
    <form className="document-upload" onSubmit={(e) => void submit(e)} noValidate>
      <SelectInput
        label={t('visit.documents.category')}
        options={categories.map((key) => ({ id: key, label: localText(documentCategory(key)?.name ?? { sv: key, en: key }) }))}
        value={category}
        onChange={setCategory}
        isRequired
      />
      <div className="field">
        <label htmlFor={fileId}>{t('visit.documents.file')}</label>
        <p className="field-hint" id={`${fileId}-hint`}>
          {t('visit.documents.fileHint')}
        </p>
        <input id={fileId} ref={input} type="file" accept={ACCEPT} aria-describedby={`${fileId}-hint`} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <ActionButton type="submit" isPending={progress !== null}>
        {t('visit.documents.send')}
      </ActionButton>
      {progress !== null && (
        <p>
          <label>
            {t('visit.documents.sending')} <progress max={100} value={progress} /> {progress} %
          </label>
        </p>
      )}
      {sent && <StatusMessage>{t('visit.documents.sent', { name: sent })}</StatusMessage>}
      {error !== null && <ErrorMessage error={error} lead={t('visit.documents.sendFailed')} />}
    </form>
  );
}
