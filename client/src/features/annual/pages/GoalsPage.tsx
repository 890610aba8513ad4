import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { GOAL_UNITS } from '../../../../../contract/director-annual.js';
import { TARGET_COMPARISONS } from '../../../../../contract/targets.js';
import type { ImportProblem } from '../../../../../contract/respondents.js';
import { ApiError } from '../../../api/client';
import { ErrorMessage, PageHeading, QueryState, StatusMessage } from '../../../ui/feedback';
import { ActionButton } from '../../../ui/fields';
import { DataTable, ImportProblemTable } from '../../../ui/tables';
import { currentLanguage } from '../../../i18n';
import { annualApi, useGoalSet, useImportHistory, useSaveGoals, type AnnualGoal, type GoalSet } from '../api';
import '../annual.css';

type Measure = GoalSet['measures'][number];

/** A new goal for a measure: its own unit, "yes" for a yes/no measure, else at least a threshold to fill in. */
const goalFor = (m: Measure, taken: Set<string>): AnnualGoal => {
  let key = m.key;
  for (let i = 2; taken.has(key); i += 1) key = `${m.key}-${i}`;
  return {
    key,
    label: { ...m.label },
    measure: m.key,
    comparison: m.yesNo ? 'yes' : 'atLeast',
    threshold: m.yesNo ? null : 0,
    unit: m.yesNo ? 'none' : m.unit,
  };
};

function GoalEditor({ set, id, year }: { set: GoalSet; id: string; year: number }) {
  const { t } = useTranslation();
  const save = useSaveGoals(id, year);
  const [goals, setGoals] = useState<AnnualGoal[]>(set.goals);
  const [suggestError, setSuggestError] = useState<unknown>(null);
  useEffect(() => setGoals(set.goals), [set]);
  const locked = set.lockedThrough !== null && year <= set.lockedThrough;
  const change = (i: number, patch: Partial<AnnualGoal>) => setGoals((all) => all.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const measureLabel = (m: Measure) => m.label[currentLanguage()];

  return (
    <section aria-labelledby="goals-set">
      <h2 id="goals-set">{t('annual.goals.caption')}</h2>
      <p>{set.fromYear === null ? t('annual.goals.none') : t('annual.goals.fromYear', { year: set.fromYear })}</p>
      {set.lockedThrough !== null && <p className="status-box status-pending">{t('annual.goals.locked', { year: set.lockedThrough })}</p>}
      <StatusMessage>{save.isSuccess && t('annual.goals.saved', { year })}</StatusMessage>
      {save.isError && <ErrorMessage error={save.error} lead={t('common.saveFailed')} />}
      {suggestError !== null && <ErrorMessage error={suggestError} lead={t('common.loadFailed')} />}
      {goals.length > 0 && (
        <DataTable
          caption={t('annual.goals.caption')}
          className="table goal-table"
          columns={[
            t('annual.goals.labelSv'),
            t('annual.goals.labelEn'),
            t('annual.goals.measure'),
            t('annual.goals.comparison'),
            t('annual.goals.threshold'),
            t('annual.goals.unit'),
            t('annual.goals.remove'),
          ]}
        >
          {goals.map((g, i) => {
            const name = g.label[currentLanguage()] || g.key;
            return (
              <tr key={i}>
                <td>
                  <input
                    className="input"
                    aria-label={`${t('annual.goals.labelSv')}, ${name}`}
                    value={g.label.sv}
                    disabled={locked}
                    onChange={(e) => change(i, { label: { ...g.label, sv: e.target.value } })}
                  />
                </td>
                <td>
                  <input
                    className="input"
                    aria-label={`${t('annual.goals.labelEn')}, ${name}`}
                    value={g.label.en}
                    disabled={locked}
                    onChange={(e) => change(i, { label: { ...g.label, en: e.target.value } })}
                  />
                </td>
                <td>
                  <select
                    className="input"
                    aria-label={`${t('annual.goals.measure')}, ${name}`}
                    value={g.measure}
                    disabled={locked}
                    onChange={(e) => change(i, { measure: e.target.value })}
                  >
                    {set.measures.map((m) => (
                      <option key={m.key} value={m.key}>
                        {measureLabel(m)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    className="input"
                    aria-label={`${t('annual.goals.comparison')}, ${name}`}
                    value={g.comparison}
                    disabled={locked}
                    onChange={(e) => {
                      const comparison = e.target.value as AnnualGoal['comparison'];
                      change(i, comparison === 'yes' ? { comparison, threshold: null, unit: 'none' } : { comparison, threshold: g.threshold ?? 0 });
                    }}
                  >
                    {TARGET_COMPARISONS.map((c) => (
                      <option key={c} value={c}>
                        {t(`annual.goals.comparisons.${c}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    className="input"
                    type="number"
                    min={0}
                    step="any"
                    aria-label={`${t('annual.goals.threshold')}, ${name}`}
                    value={g.threshold ?? ''}
                    disabled={locked || g.comparison === 'yes'}
                    onChange={(e) => change(i, { threshold: e.target.value === '' ? null : Number(e.target.value) })}
                  />
                </td>
                <td>
                  <select
                    className="input"
                    aria-label={`${t('annual.goals.unit')}, ${name}`}
                    value={g.unit}
                    disabled={locked}
                    onChange={(e) => change(i, { unit: e.target.value as AnnualGoal['unit'] })}
                  >
                    {GOAL_UNITS.map((u) => (
                      <option key={u} value={u}>
                        {t(`annual.goals.units.${u}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <ActionButton
                    variant="secondary"
                    small
                    isDisabled={locked}
                    aria-label={t('annual.goals.removeGoal', { goal: name })}
                    onPress={() => setGoals((all) => all.filter((_, j) => j !== i))}
                  >
                    {t('annual.goals.remove')}
                  </ActionButton>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      {!locked && (
        <div className="button-row">
          {goals.length === 0 && (
            <ActionButton
              variant="secondary"
              onPress={() => {
                setSuggestError(null);
                annualApi.suggestedGoals().then((r) => setGoals(r.goals), setSuggestError);
              }}
            >
              {t('annual.goals.fromSuggested')}
            </ActionButton>
          )}
          <ActionButton
            variant="secondary"
            onPress={() =>
              setGoals((all) => [
                ...all,
                goalFor(set.measures.find((m) => !all.some((g) => g.measure === m.key)) ?? set.measures[0], new Set(all.map((g) => g.key))),
              ])
            }
          >
            {t('annual.goals.addGoal')}
          </ActionButton>
          <ActionButton isPending={save.isPending} onPress={() => save.mutate(goals)}>
            {save.isPending ? t('annual.goals.saving') : t('annual.goals.save')}
          </ActionButton>
        </div>
      )}
    </section>
  );
}

/** Earlier years' published shares from a file: all rows or none, each bad row named. */
function HistoryImport({ id }: { id: string }) {
  const { t } = useTranslation();
  const upload = useImportHistory(id);
  const [file, setFile] = useState<File | null>(null);
  const problems = upload.error instanceof ApiError ? ((upload.error.problem as { problems?: ImportProblem[] }).problems ?? []) : [];
  return (
    <section aria-labelledby="goals-history" className="panel">
      <h2 id="goals-history">{t('annual.goals.history')}</h2>
      <p>{t('annual.goals.historyIntro')}</p>
      <StatusMessage>{upload.isSuccess && t('annual.goals.imported', { count: upload.data.imported })}</StatusMessage>
      {upload.isError && problems.length === 0 && <ErrorMessage error={upload.error} lead={t('common.saveFailed')} />}
      {problems.length > 0 && (
        <ImportProblemTable id="history-problems" caption={t('annual.goals.problems')} problems={problems} columnName={(p) => p.column} />
      )}
      <div className="field">
        <label htmlFor="history-file">{t('annual.goals.file')}</label>
        <input
          id="history-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <ActionButton isDisabled={!file} isPending={upload.isPending} onPress={() => file && upload.mutate(file)}>
        {upload.isPending ? t('annual.goals.importing') : t('annual.goals.import')}
      </ActionButton>
    </section>
  );
}

/** An organisation's goals for a year (admins), and the import of earlier years. */
export function GoalsPage() {
  const { t } = useTranslation();
  const { id = '', year: yearText = '' } = useParams();
  const year = Number(yearText);
  const set = useGoalSet(id, year);
  return (
    <>
      <PageHeading>{t('annual.goals.title', { year })}</PageHeading>
      <p>{t('annual.goals.intro')}</p>
      <nav aria-label={t('annual.goals.years')} className="button-row">
        <Link to={`/organisations/${id}/goals/${year - 1}`}>← {year - 1}</Link>
        <Link to={`/organisations/${id}/goals/${year + 1}`}>{year + 1} →</Link>
        <Link to="/organisations">{t('annual.organisationsNav')}</Link>
      </nav>
      <QueryState query={set}>{(data) => <GoalEditor set={data} id={id} year={year} />}</QueryState>
      <HistoryImport id={id} />
    </>
  );
}
