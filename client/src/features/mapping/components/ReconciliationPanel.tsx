import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { Expandable } from '../../../ui/Expandable';
import { ErrorMessage } from '../../../ui/feedback';
import { CheckboxList, NumberInput, TextInput } from '../../../ui/fields';
import { SaveForm } from '../../../ui/SaveForm';
import { DataTable } from '../../../ui/tables';
import { CATEGORIES, useDecide, useReconciliation, type MappingCategory, type MappingRound, type RegionReconciliation } from '../api';
import { useCategoryNames } from './MappingReportView';

const QUESTIONS = [
  'mapping.leadership-st',
  'mapping.equivalent',
  'mapping.professions',
  'mapping.aimed-at-junior',
  'mapping.places',
  'mapping.st-doctors',
] as const;

/** The sources' answers side by side: one column per source, one row per question (with its comment). */
function AnswersTable({ region }: { region: RegionReconciliation }) {
  const { t } = useTranslation();
  const names = useCategoryNames();
  const shown = (value: string | number | undefined) =>
    value === undefined ? t('mapping.report.none') : typeof value === 'number' ? String(value) : t(`mapping.answer.${value as 'yes'}`, { defaultValue: value });
  return (
    <DataTable
      caption={t('mapping.reconcile.answersCaption', { region: region.region.name[currentLanguage()] })}
      captionHidden
      columns={[t('mapping.reconcile.colQuestion'), ...region.sources.map((s) => `${s.branchName ?? t('mapping.source.director')} (${s.name})`)]}
    >
      {QUESTIONS.map((q) => (
        <tr key={q}>
          <th scope="row">{t(`mapping.question.${q}`)}</th>
          {region.sources.map((s) => (
            <td key={s.respondentId}>
              {s.answered ? shown(s.answers[q]) : t('mapping.reconcile.notAnswered')}
              {typeof s.answers[`${q}-comment`] === 'string' && <q className="mapping-comment">{s.answers[`${q}-comment`]}</q>}
            </td>
          ))}
        </tr>
      ))}
      <tr>
        <th scope="row">{t('mapping.reconcile.categories')}</th>
        {region.sources.map((s) => (
          <td key={s.respondentId}>{s.categories ? t('mapping.reconcile.says', { categories: names(s.categories) }) : t('mapping.reconcile.saysNothing')}</td>
        ))}
      </tr>
    </DataTable>
  );
}

function DecisionForm({ round, region }: { round: MappingRound; region: RegionReconciliation }) {
  const { t } = useTranslation();
  const decide = useDecide(round.id, region.region.code);
  const director = region.sources.find((s) => s.type === 'director')?.answers;
  const [categories, setCategories] = useState<string[]>(region.decision?.categories ?? region.suggested ?? []);
  const [note, setNote] = useState(region.decision?.note ?? '');
  const start = (value: number | null | undefined, answer: unknown) => value ?? (typeof answer === 'number' ? answer : NaN);
  const [places, setPlaces] = useState(start(region.decision?.placesPerYear, director?.['mapping.places']));
  const [stDoctors, setStDoctors] = useState(start(region.decision?.stDoctors, director?.['mapping.st-doctors']));
  const known = (n: number) => (Number.isNaN(n) ? null : n);
  return (
    <SaveForm
      saving={decide}
      saved={() => t('mapping.reconcile.saved', { region: region.region.name[currentLanguage()] })}
      submitLabel={t('mapping.reconcile.save')}
      pendingLabel={t('mapping.reconcile.saving')}
      onSubmit={() => decide.mutate({ categories: categories as MappingCategory[], note, placesPerYear: known(places), stDoctors: known(stDoctors) })}
    >
      <CheckboxList
        label={t('mapping.reconcile.categories')}
        isRequired
        options={CATEGORIES.map((c) => ({ id: c, label: t(`mapping.category.${c}`) }))}
        value={categories}
        onChange={setCategories}
      />
      <TextInput
        label={t('mapping.reconcile.note')}
        description={region.conflict ? t('mapping.reconcile.noteHint') : undefined}
        isRequired={region.conflict}
        value={note}
        onChange={setNote}
      />
      <NumberInput
        label={t('mapping.reconcile.places')}
        description={t('mapping.reconcile.unknownHint')}
        minValue={0}
        maxValue={100000}
        value={places}
        onChange={setPlaces}
      />
      <NumberInput
        label={t('mapping.reconcile.stDoctors')}
        description={t('mapping.reconcile.unknownHint')}
        minValue={1}
        maxValue={100000}
        value={stDoctors}
        onChange={setStDoctors}
      />
    </SaveForm>
  );
}

/** Per region the sources side by side and the coordinator's decision; the undecided conflicts first. */
export function ReconciliationPanel({ round }: { round: MappingRound }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const names = useCategoryNames();
  const state = useReconciliation(round.id);
  if (state.isError) return <ErrorMessage error={state.error} lead={t('common.loadFailed')} focus={false} />;
  if (!state.data) return null;
  const { regions, openConflicts, undecided } = state.data;
  const ordered = [...regions].sort((a, b) => Number(openConflicts.includes(b.region.code)) - Number(openConflicts.includes(a.region.code)));
  return (
    <section aria-labelledby="mapping-reconcile" className="mapping-reconcile no-print">
      <h2 id="mapping-reconcile">{t('mapping.reconcile.title')}</h2>
      <h3>{t('mapping.reconcile.conflicts', { count: openConflicts.length })}</h3>
      {openConflicts.length === 0 ? (
        <p>{t('mapping.reconcile.noConflicts')}</p>
      ) : (
        <ul className="mapping-conflicts">
          {openConflicts.map((code) => (
            <li key={code}>{regions.find((r) => r.region.code === code)?.region.name[lang]}</li>
          ))}
        </ul>
      )}
      {undecided > 0 && <p>{t('mapping.reconcile.undecided', { count: undecided })}</p>}
      {ordered.map((region) => (
        <Expandable
          key={region.region.code}
          level={3}
          heading={`${region.region.name[lang]}: ${
            region.decision
              ? t('mapping.reconcile.decided', { categories: names(region.decision.categories) })
              : region.conflict
                ? t('mapping.reconcile.conflict')
                : region.suggested
                  ? t('mapping.reconcile.agreed', { categories: names(region.suggested) })
                  : t('mapping.report.none')
          }`}
        >
          {region.sources.length > 0 && <AnswersTable region={region} />}
          {region.programmes.length > 0 && (
            <p>{t('mapping.reconcile.programmes', { list: region.programmes.map((p) => `${p.name} (${p.status})`).join(', ') })}</p>
          )}
          {!round.publishedAt && <DecisionForm round={round} region={region} />}
        </Expandable>
      ))}
    </section>
  );
}
