import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileTrigger } from 'react-aria-components';
import { ErrorMessage, StatusMessage } from '../../../ui/feedback';
import { ActionButton } from '../../../ui/fields';
import { ImportProblemTable } from '../../../ui/tables';
import { coverageApi, IMPORT_CONTENT_TYPES, importProblems, useCoverageChange } from '../api';

const contentTypeOf = (file: File) => IMPORT_CONTENT_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''];
const COLUMNS = ['unit', 'specialty', 'date', 'body', 'link'] as const;

/** A file of earlier reviews for one hospital: all rows or none, every problem listed with its line and column. */
export function ReviewImport({ hospitalId }: { hospitalId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const upload = useCoverageChange((chosen: File) => coverageApi.importReviews(hospitalId, chosen, contentTypeOf(chosen)!));
  const problems = importProblems(upload.error);
  const wrongType = file !== null && contentTypeOf(file) === undefined;
  const columnName = (column: string) => {
    if (column === '') return t('coverage.import.wholeFile');
    const known = COLUMNS.find((c) => c === column);
    return known ? t(`coverage.${known === 'unit' ? 'colUnit' : known === 'specialty' ? 'colSpecialty' : known === 'date' ? 'manage.reviewedOn' : known === 'body' ? 'manage.body' : 'manage.link'}`) : column;
  };
  return (
    <section aria-labelledby="import-heading" className="coverage-manage">
      <h2 id="import-heading">{t('coverage.import.title')}</h2>
      <p>{t('coverage.import.help')}</p>
      <div className="button-row">
        <FileTrigger
          acceptedFileTypes={['.csv', '.xlsx', ...Object.values(IMPORT_CONTENT_TYPES)]}
          onSelect={(files) => {
            upload.reset();
            setFile(files?.[0] ?? null);
          }}
        >
          <ActionButton variant="secondary">{t('coverage.import.choose')}</ActionButton>
        </FileTrigger>
        {file && <span>{file.name}</span>}
        <ActionButton isDisabled={!file || wrongType} isPending={upload.isPending} onPress={() => file && upload.mutate(file)}>
          {upload.isPending ? t('coverage.import.sending') : t('coverage.import.send')}
        </ActionButton>
      </div>
      {wrongType && <p className="field-error">{t('coverage.import.wrongType')}</p>}
      <StatusMessage>{upload.isSuccess && t('coverage.import.imported', { count: upload.data.imported })}</StatusMessage>
      {problems && file ? (
        <ImportProblemTable
          id="coverage-import-problems"
          caption={t('coverage.import.problemsCaption', { count: problems.length, file: file.name })}
          problems={problems}
          columnName={(p) => columnName(p.column)}
        />
      ) : (
        upload.isError && <ErrorMessage error={upload.error} lead={t('coverage.import.failed')} />
      )}
    </section>
  );
}
