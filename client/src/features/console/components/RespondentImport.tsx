import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileTrigger } from 'react-aria-components';
import { importProblems, useImportRespondents } from '../api/hooks';
import { IMPORT_CONTENT_TYPES, type ImportProblem, type Review } from '../api/requests';
import { currentLanguage } from '../../../i18n';
import { formatBytes } from '../../../i18n/format';
import { ErrorMessage, StatusMessage } from '../../../ui/feedback';
import { ActionButton } from '../../../ui/fields';
import { ImportProblemTable } from '../../../ui/tables';
import { ROLES } from '../../../../../contract/domain.js';

const TEMPLATE_ROLES = {
  sv: ['ST-läkare', 'handledare', 'studierektor', 'verksamhetschef'],
  en: ROLES,
};

/**
 * A CSV to fill in: one row per unit and role with name and e-mail left empty. Semicolons and a
 * byte-order mark, because that is what Swedish Excel reads (and writes) without mangling å, ä, ö.
 * Rows left unfilled are reported by the import, so nothing half-done slips in.
 */
function templateCsv(review: Review): string {
  const language = currentLanguage();
  const header = language === 'sv' ? 'namn;e-post;roll;enhet' : 'name;email;role;unit';
  const rows = review.units.flatMap((unit) => TEMPLATE_ROLES[language].map((role) => `;;${role};${unit.code}`));
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

function TemplateLink({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const url = useMemo(
    () => URL.createObjectURL(new Blob([templateCsv(review)], { type: 'text/csv;charset=utf-8' })),
    // The language decides the header and role names.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [review, i18n.resolvedLanguage],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <a href={url} download={t('console.respondents.templateFile')}>
      {t('console.respondents.template')}
    </a>
  );
}

function ProblemTable({ problems, fileName }: { problems: ImportProblem[]; fileName: string }) {
  const { t } = useTranslation();
  const columnName = (column: string) => {
    if (column === '') return t('console.respondents.wholeFile');
    const known = ['name', 'email', 'role', 'unit'] as const;
    const key = known.find((k) => k === column);
    return key ? t(`console.respondents.columnNames.${key}`) : column;
  };
  return (
    <ImportProblemTable
      id="import-problems"
      caption={t('console.respondents.problemsCaption', { count: problems.length, file: fileName })}
      problems={problems}
      columnName={(p) => columnName(p.column)}
    />
  );
}

function contentTypeOf(file: File): string | undefined {
  return IMPORT_CONTENT_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''];
}

/** Choose a file, send it with a progress bar, and show every problem of a rejected one. */
export function RespondentImport({ review }: { review: Review }) {
  const { t } = useTranslation();
  const upload = useImportRespondents(review.id);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const problems = importProblems(upload.error);
  const wrongType = file !== null && contentTypeOf(file) === undefined;

  const send = () => {
    const contentType = file && contentTypeOf(file);
    if (!file || !contentType) return;
    setProgress({ loaded: 0, total: file.size });
    upload.mutate(
      { file, contentType, onProgress: (loaded, total) => setProgress({ loaded, total }) },
      { onSuccess: () => setFile(null), onSettled: () => setProgress(null) },
    );
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('console.respondents.importHeading')}</h2>
      <p>{t('console.respondents.importIntro')}</p>
      <ul>
        <li>{t('console.respondents.colsName')}</li>
        <li>{t('console.respondents.colsEmail')}</li>
        <li>{t('console.respondents.colsRole')}</li>
        <li>{t('console.respondents.colsUnit', { codes: review.units.map((u) => u.code).join(', ') })}</li>
      </ul>
      <p>{t('console.respondents.importAllOrNothing')}</p>
      <p>
        <TemplateLink review={review} />
      </p>
      <div className="file-row">
        <FileTrigger
          acceptedFileTypes={['.csv', '.xlsx', ...Object.values(IMPORT_CONTENT_TYPES)]}
          onSelect={(files) => {
            setFile(files?.[0] ?? null);
            upload.reset();
          }}
        >
          <ActionButton variant="secondary">{t('console.respondents.chooseFile')}</ActionButton>
        </FileTrigger>
        <p className="file-name" aria-live="polite">
          {file ? t('console.respondents.chosenFile', { name: file.name, size: formatBytes(file.size) }) : t('console.respondents.noFile')}
        </p>
      </div>
      {wrongType && <p className="status-box status-error message-box">{t('console.respondents.wrongType')}</p>}
      <div className="import-actions">
        <ActionButton onPress={send} isDisabled={!file || wrongType} isPending={upload.isPending}>
          {upload.isPending ? t('console.respondents.importing') : t('console.respondents.import')}
        </ActionButton>
        {progress && (
          <div className="progress-row">
            <label htmlFor="import-progress">{t('console.respondents.progress')}</label>
            <progress id="import-progress" value={progress.loaded} max={progress.total || 1} />
          </div>
        )}
      </div>
      <StatusMessage>{upload.isSuccess && t('console.respondents.imported', { count: upload.data.imported })}</StatusMessage>
      {upload.isError && (
        <>
          <ErrorMessage error={upload.error} lead={problems ? t('console.respondents.importRejected') : t('common.saveFailed')} />
          {problems && problems.length > 0 && <ProblemTable problems={problems} fileName={upload.variables?.file.name ?? ''} />}
        </>
      )}
    </section>
  );
}
