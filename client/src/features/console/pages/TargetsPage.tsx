import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useHospitals, useSaveTargetSet, useTargetSet } from '../api/hooks';
import { setUpHospitals } from '../components/hospital-lists';
import { Target as TargetSchema } from '../../../../../contract/targets.js';
import type { MeasurableItem, Role, Target, TargetComparison, TargetSet } from '../api/requests';
import { ApiError } from '../../../api/client';
import { ErrorMessage, PageHeading, QueryState, StatusMessage } from '../../../ui/feedback';
import { ActionButton, NumberInput, SearchSelectInput, SelectInput, TextInput } from '../../../ui/fields';
import { currentLanguage } from '../../../i18n';
import { formatDateTime } from '../../../i18n/format';
import { todayInSweden } from '../../../../../contract/dates.js';

const COMPARISONS: TargetComparison[] = ['atLeast', 'atMost', 'equal', 'yes'];
const NONE = '__none__';

/** A stable key for a new target from its Swedish name: "Handledningssamtal" → "handledningssamtal". */
export function keyFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'mal';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** The comparisons an item allows: a statement is agreed with (yes), a number is compared. */
const comparisonsFor = (item: MeasurableItem | undefined): TargetComparison[] =>
  !item ? COMPARISONS : item.kind === 'statement' ? ['yes'] : ['atLeast', 'atMost', 'equal'];

/** A target after its measuring item changed: a comparison, threshold and role that suit the item. */
function withMeasure(target: Target, item: MeasurableItem | undefined): Target {
  if (!item) return { ...target, measure: null };
  const role = target.measure && item.roles.includes(target.measure.role) ? target.measure.role : item.roles[0];
  if (item.kind === 'statement') return { ...target, measure: { itemId: item.itemId, role }, comparison: 'yes', threshold: null };
  const comparison = target.comparison === 'yes' ? 'atLeast' : target.comparison;
  return { ...target, measure: { itemId: item.itemId, role }, comparison, threshold: target.threshold ?? item.min ?? 0 };
}

function TargetFields({
  index,
  target,
  measurable,
  problems,
  onChange,
  onRemove,
}: {
  index: number;
  target: Target;
  measurable: MeasurableItem[];
  problems: string[];
  onChange: (next: Target) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const item = measurable.find((m) => m.itemId === target.measure?.itemId);
  const name = target.label[language] || t('console.targets.newTarget');
  return (
    <fieldset className="panel target-fields">
      <legend>{t('console.targets.targetLegend', { n: index + 1, label: name })}</legend>
      {problems.length > 0 && (
        <ul className="field-error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <TextInput
          label={t('console.targets.labelSv')}
          value={target.label.sv}
          onChange={(sv) => onChange({ ...target, label: { ...target.label, sv } })}
          isRequired
          maxLength={TargetSchema.properties.label.properties.sv.maxLength}
        />
        <TextInput
          label={t('console.targets.labelEn')}
          value={target.label.en}
          onChange={(en) => onChange({ ...target, label: { ...target.label, en } })}
          isRequired
          maxLength={TargetSchema.properties.label.properties.en.maxLength}
        />
      </div>
      <div className="field-row">
        <SelectInput
          label={t('console.targets.measure')}
          description={t('console.targets.measureHint')}
          options={[
            { id: NONE, label: t('console.targets.notMeasured') },
            ...measurable.map((m) => ({ id: m.itemId, label: `${m.itemId} – ${m.label[language]}` })),
          ]}
          value={target.measure?.itemId ?? NONE}
          onChange={(id) =>
            onChange(
              withMeasure(
                target,
                measurable.find((m) => m.itemId === id),
              ),
            )
          }
        />
        {item && (
          <SelectInput
            label={t('console.targets.role')}
            options={item.roles.map((role) => ({ id: role, label: t(`roles.${role}`) }))}
            value={target.measure!.role}
            onChange={(role) => role && onChange({ ...target, measure: { itemId: item.itemId, role: role as Role } })}
          />
        )}
      </div>
      <div className="field-row">
        <SelectInput
          label={t('console.targets.comparison')}
          options={comparisonsFor(item).map((c) => ({ id: c, label: t(`console.targets.comparisons.${c}`) }))}
          value={target.comparison}
          onChange={(c) =>
            c && onChange({ ...target, comparison: c as TargetComparison, threshold: c === 'yes' ? null : (target.threshold ?? item?.min ?? 0) })
          }
        />
        {target.comparison !== 'yes' && (
          <NumberInput
            label={t('console.targets.threshold')}
            value={target.threshold ?? 0}
            minValue={item?.min ?? 0}
            maxValue={item?.max ?? 1_000_000}
            formatOptions={{ maximumFractionDigits: 2 }}
            onChange={(threshold) => onChange({ ...target, threshold: Number.isNaN(threshold) ? null : threshold })}
          />
        )}
      </div>
      {target.comparison !== 'yes' && (
        <div className="field-row">
          <TextInput
            label={t('console.targets.unitSv')}
            value={target.unit.sv}
            onChange={(sv) => onChange({ ...target, unit: { ...target.unit, sv } })}
            maxLength={TargetSchema.properties.unit.properties.sv.maxLength}
          />
          <TextInput
            label={t('console.targets.unitEn')}
            value={target.unit.en}
            onChange={(en) => onChange({ ...target, unit: { ...target.unit, en } })}
            maxLength={TargetSchema.properties.unit.properties.en.maxLength}
          />
        </div>
      )}
      <ActionButton variant="danger" small aria-label={t('console.targets.removeLabel', { label: name })} onPress={onRemove}>
        {t('console.targets.remove')}
      </ActionButton>
    </fieldset>
  );
}

/** The editor of one hospital's targets for one year; starts from the set that applies. */
function TargetEditor({ set }: { set: TargetSet }) {
  const { t } = useTranslation();
  const save = useSaveTargetSet(set.hospitalId, set.year);
  const [targets, setTargets] = useState<Target[]>(set.targets);
  const [fresh, setFresh] = useState<Set<number>>(new Set());
  const source =
    set.source === 'national'
      ? t('console.targets.sourceNational', { year: set.year })
      : set.fromYear === set.year
        ? t('console.targets.sourceHospital', { year: set.year })
        : t('console.targets.sourceInherited', { year: set.year, from: set.fromYear });
  const problemsOf = (i: number) =>
    save.error instanceof ApiError
      ? (save.error.errors ?? [])
          .filter((e) => e.field.startsWith(`body.targets.${i}.`))
          .map((e) => `${e.field.replace(`body.targets.${i}.`, '')}: ${e.message}`)
      : [];

  const submit = () => {
    // New targets get a key from their name; the keys of saved ones never change.
    const taken = new Set(targets.filter((_, i) => !fresh.has(i)).map((x) => x.key));
    const named = targets.map((x, i) => {
      if (!fresh.has(i)) return x;
      const key = keyFor(x.label.sv, taken);
      taken.add(key);
      return { ...x, key };
    });
    save.mutate(named, { onSuccess: (saved) => (setTargets(saved.targets), setFresh(new Set())) });
  };

  return (
    <section aria-labelledby="targets-set-heading">
      <h2 id="targets-set-heading">
        {t('console.targets.year')} {set.year}
      </h2>
      <p>{source}</p>
      {set.updatedAt && set.updatedBy && <p className="muted">{t('console.targets.updated', { at: formatDateTime(set.updatedAt), by: set.updatedBy })}</p>}
      <StatusMessage>{save.isSuccess && t('console.targets.saved', { year: set.year })}</StatusMessage>
      {save.isError && <ErrorMessage error={save.error} lead={t('common.saveFailed')} />}
      <Form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {targets.length === 0 && <p className="empty-state">{t('console.targets.empty', { year: set.year })}</p>}
        {targets.map((target, i) => (
          <TargetFields
            key={`${target.key}-${i}`}
            index={i}
            target={target}
            measurable={set.measurable}
            problems={problemsOf(i)}
            onChange={(next) => setTargets((list) => list.map((x, j) => (j === i ? next : x)))}
            onRemove={() => {
              setTargets((list) => list.filter((_, j) => j !== i));
              setFresh((keys) => new Set([...keys].filter((j) => j !== i).map((j) => (j > i ? j - 1 : j))));
            }}
          />
        ))}
        <div className="button-row">
          <ActionButton
            variant="secondary"
            onPress={() => {
              setFresh((keys) => new Set([...keys, targets.length]));
              setTargets((list) => [
                ...list,
                { key: `new-${list.length}`, label: { sv: '', en: '' }, measure: null, comparison: 'atLeast', threshold: 1, unit: { sv: '', en: '' } },
              ]);
            }}
          >
            {t('console.targets.add')}
          </ActionButton>
          <ActionButton type="submit" isPending={save.isPending}>
            {save.isPending ? t('console.targets.saving') : t('console.targets.save', { year: set.year })}
          </ActionButton>
        </div>
      </Form>
    </section>
  );
}

/** Admins set each hospital's targets per year (the report holds its answers against them). */
export function TargetsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const hospitals = useHospitals();
  const list = setUpHospitals(hospitals.data?.hospitals ?? []);
  const hospitalId = params.get('hospital') ?? list[0]?.id ?? null;
  // The Swedish year, as a review's report picks its targets by the Swedish day it closes.
  const year = Number(params.get('year')) || Number(todayInSweden(new Date()).slice(0, 4));
  const set = useTargetSet(hospitalId, year);
  const choose = (next: { hospital?: string; year?: number }) =>
    setParams(new URLSearchParams({ hospital: next.hospital ?? hospitalId ?? '', year: String(next.year ?? year) }), { replace: true });

  return (
    <>
      <PageHeading>{t('console.targets.title')}</PageHeading>
      <p>{t('console.targets.intro')}</p>
      <QueryState query={hospitals}>
        {() =>
          list.length === 0 ? (
            <p className="empty-state">{t('console.targets.noHospitals')}</p>
          ) : (
            <>
              <div className="field-row">
                <SearchSelectInput
                  label={t('console.targets.hospital')}
                  options={list.map((h) => ({ id: h.id, label: h.name }))}
                  value={hospitalId}
                  onChange={(id) => id && choose({ hospital: id })}
                />
                <NumberInput
                  label={t('console.targets.year')}
                  value={year}
                  minValue={2000}
                  maxValue={2100}
                  formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
                  onChange={(value) => Number.isInteger(value) && value >= 2000 && value <= 2100 && choose({ year: value })}
                />
              </div>
              <QueryState query={set}>{(data) => <TargetEditor key={`${data.hospitalId}-${data.year}`} set={data} />}</QueryState>
            </>
          )
        }
      </QueryState>
    </>
  );
}
