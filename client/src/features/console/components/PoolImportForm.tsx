import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileTrigger } from 'react-aria-components';
import { importProblems, useUploadPoolFile } from '../api/hooks';
import { IMPORT_CONTENT_TYPES, type ImportProblem, type PoolCodeChoices, type PoolImportOutcome } from '../api/requests';
import { formatBytes } from '../../../i18n/format';
import { ApiError } from '../../../api/client';
import { ErrorMessage, focusHeading, StatusMessage } from '../../../ui/feedback';
import { ActionButton } from '../../../ui/fields';
import { everyCodeChosen, PoolHospitalCodes } from './PoolHospitalCodes';
import { ImportProblemTable } from '../../../ui/tables';

/** The server names problems by its own column keys; people know the file's header names. */
const HEADER_NAMES: Record<string, string> = { hospital: 'hospital_code', unit: 'unit_code', date: 'answered_on' };

function ProblemTable({ problems, count, fileName }: { problems: ImportProblem[]; count: number; fileName: string }) {
  const { t } = useTranslation();
  const columnName = (p: ImportProblem) =>
    p.column === '' ? p.line === 1 ? t('console.poolImport.wholeFile') : t('console.poolImport.wholeRow') : <code>{HEADER_NAMES[p.column] ?? p.column}</code>;
  return (
    <>
      <ImportProblemTable
        id="pool-import-problems"
        caption={t('console.poolImport.problemsCaption', { count, file: fileName })}
        problems={problems}
        columnName={columnName}
      />
      {count > problems.length && <p className="muted">{t('console.poolImport.problemsCut', { shown: problems.length, count })}</p>}
    </>
  );
}

function ColumnHelp() {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('console.poolImport.columnsIntro')}</p>
      <ul>
        <li>{t('console.poolImport.colsRole')}</li>
        <li>{t('console.poolImport.colsHospital')}</li>
        <li>{t('console.poolImport.colsUnit')}</li>
        <li>{t('console.poolImport.colsDate')}</li>
        <li>{t('console.poolImport.colsOptional')}</li>
        <li>{t('console.poolImport.colsItems')}</li>
        <li>{t('console.poolImport.colsNumeric')}</li>
      </ul>
      <p>{t('console.poolImport.codesFirst')}</p>
      <p>{t('console.poolImport.checkFirst')}</p>
    </>
  );
}

/** A rejected file's count of problems (only the first few hundred are listed). */
function problemCount(error: unknown): number | undefined {
  const count = error instanceof ApiError ? (error.problem as { problemCount?: unknown }).problemCount : undefined;
  return typeof count === 'number' ? count : undefined;
}

const contentTypeOf = (file: File): string | undefined => IMPORT_CONTENT_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''];

/** What the check or the import found, in words (read out by the status region). */
function useOutcomeText() {
  const { t } = useTranslation();
  return (mode: 'check' | 'import', file: string, o: PoolImportOutcome): string => {
    if (mode === 'import') {
      const counts = { file, rows: o.rowsImported, answers: o.answersImported };
      return o.rowsSkipped > 0 ? t('console.poolImport.importedSkipped', { ...counts, count: o.rowsSkipped }) : t('console.poolImport.imported', counts);
    }
    if (o.problemCount === 0) return t('console.poolImport.checkedClean', { file, rows: o.rowsRead });
    return t('console.poolImport.checked', { file, rows: o.rowsRead, valid: o.rowsImported, count: o.rowsSkipped });
  };
}

/**
 * Choose a file → check it (nothing stored, every problem listed) → import it, all rows or, when
 * some have problems and the admin chooses so, only the valid ones. Uploads show their progress.
 */
export function PoolImportForm({ listHeadingId }: { listHeadingId: string }) {
  const { t } = useTranslation();
  const upload = useUploadPoolFile();
  const outcomeText = useOutcomeText();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<PoolImportOutcome | null>(null);
  const [choices, setChoices] = useState<PoolCodeChoices>({});
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const contentType = file ? contentTypeOf(file) : undefined;
  const mode = upload.variables?.mode ?? 'check';
  const fileName = upload.variables?.file.name ?? '';
  const rejected = importProblems(upload.error);

  const send = (sendMode: 'check' | 'import') => {
    if (!file || !contentType) return;
    setProgress({ loaded: 0, total: file.size });
    upload.mutate(
      {
        file,
        contentType,
        mode: sendMode,
        skipInvalid: (checked?.problemCount ?? 0) > 0,
        codeChoices: sendMode === 'import' ? choices : undefined,
        onProgress: (loaded, total) => setProgress({ loaded, total }),
      },
      {
        onSuccess: (outcome) => {
          if (sendMode === 'check') setChecked(outcome);
          else {
            setChecked(null);
            setChoices({});
            setFile(null);
            // The button pressed goes away: continue at the list, where the new batch is.
            focusHeading(listHeadingId);
          }
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  const canImport = checked !== null && checked.rowsImported > 0 && everyCodeChosen(checked.hospitals, choices) && !upload.isPending;
  const errorLead =
    mode === 'check' ? t('console.poolImport.checkFailed') : rejected ? t('console.poolImport.importRejected') : t('console.poolImport.importFailed');

  return (
    <section aria-labelledby="pool-import-heading">
      <h2 id="pool-import-heading">{t('console.poolImport.formHeading')}</h2>
      <ColumnHelp />
      <div className="file-row">
        <FileTrigger
          acceptedFileTypes={['.csv', '.xlsx', ...Object.values(IMPORT_CONTENT_TYPES)]}
          onSelect={(files) => {
            setFile(files?.[0] ?? null);
            setChecked(null);
            setChoices({});
            upload.reset();
          }}
        >
          <ActionButton variant="secondary">{t('console.poolImport.chooseFile')}</ActionButton>
        </FileTrigger>
        <p className="file-name" aria-live="polite">
          {file ? t('console.poolImport.chosenFile', { name: file.name, size: formatBytes(file.size) }) : t('console.poolImport.noFile')}
        </p>
      </div>
      {file && !contentType && <p className="status-box status-error message-box">{t('console.poolImport.wrongType')}</p>}
      <div className="import-actions">
        <ActionButton variant={checked ? 'secondary' : 'primary'} onPress={() => send('check')} isDisabled={!file || !contentType} isPending={upload.isPending}>
          {upload.isPending && mode === 'check' ? t('console.poolImport.checking') : t('console.poolImport.check')}
        </ActionButton>
        {(canImport || (upload.isPending && mode === 'import')) && (
          <ActionButton onPress={() => send('import')} isPending={upload.isPending}>
            {upload.isPending
              ? t('console.poolImport.importing')
              : checked && checked.problemCount > 0
                ? t('console.poolImport.importValid')
                : t('console.poolImport.import')}
          </ActionButton>
        )}
        {progress && (
          <div className="progress-row">
            <label htmlFor="pool-import-progress">{t('console.poolImport.progress')}</label>
            <progress id="pool-import-progress" value={progress.loaded} max={progress.total || 1} />
          </div>
        )}
      </div>
      {checked && checked.rowsImported > 0 && !everyCodeChosen(checked.hospitals, choices) && (
        <p className="muted">{t('console.poolImport.chooseCodesFirst')}</p>
      )}
      <StatusMessage>{upload.isSuccess && outcomeText(mode, fileName, upload.data)}</StatusMessage>
      {checked && checked.rowsImported === 0 && <p className="status-box status-error message-box">{t('console.poolImport.nothingValid')}</p>}
      {checked && checked.problems.length > 0 && <ProblemTable problems={checked.problems} count={checked.problemCount} fileName={fileName} />}
      {checked && checked.hospitals.length > 0 && <PoolHospitalCodes codes={checked.hospitals} choices={choices} onChange={setChoices} />}
      {upload.isError && (
        <>
          <ErrorMessage error={upload.error} lead={errorLead} />
          {rejected && rejected.length > 0 && <ProblemTable problems={rejected} count={problemCount(upload.error) ?? rejected.length} fileName={fileName} />}
        </>
      )}
    </section>
  );
}
