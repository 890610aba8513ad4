import { createHash } from 'node:crypto';
import type { NumericFigure, SupplementSection } from '../../../contract/report.js';
import type { Static } from '@sinclair/typebox';
import type { Text } from '../../../surveys/types.js';
import type { Db } from '../../db/database.js';
import type { CatalogItem, CompiledSurvey } from '../surveys/compiler.js';
import { numericSummary } from '../../statistics.js';
import { shownCell } from './agreement.js';
import * as repo from './repository.js';

/**
 * The study directors' supplementary survey in the review's report. Directors are few, often one
 * a clinic, so its figures exist for the whole review only: a unit's or specialty group's figure
 * would be one or two people's answers, and any group figure beside the total would let the rest
 * be worked out by subtraction. The whole review's figures are shown when at least the threshold's
 * number of directors submitted the supplement, late additions not counted (as everywhere in the
 * report); below it only how many answered. Computed once, into the closing snapshot.
 */

/** What the section is made from, read in the closing transaction. */
export interface SupplementInputs {
  items: CatalogItem[];
  choiceLabels: Map<string, { value: string; label: Text }[]>;
  answered: number;
  counted: number;
  counts: { itemId: string; answered: number; agreeing: number; dontKnow: number }[];
  values: { itemId: string; value: number }[];
  choices: { itemId: string; choice: string; count: number }[];
  comments: { key: string; text: string }[];
}

const COMMENT_ITEM = 'comment';

export async function loadSupplementInputs(db: Db, reviewId: string, survey: CompiledSurvey): Promise<SupplementInputs> {
  const byKind = (...kinds: CatalogItem['kind'][]) => survey.items.filter((i) => kinds.includes(i.kind)).map((i) => i.id);
  const people = await repo.peopleCounts(db, reviewId, survey.key);
  const counts = await repo.agreementCounts(db, reviewId, byKind('statement'));
  const comments = survey.items.some((i) => i.id === COMMENT_ITEM) ? await repo.textAnswers(db, reviewId, survey.key, COMMENT_ITEM) : [];
  return {
    items: survey.items,
    choiceLabels: choiceLabels(survey),
    answered: people.reduce((sum, p) => sum + p.submitted, 0),
    counted: people.reduce((sum, p) => sum + p.counted, 0),
    // The supplement has one role: every unit's directors are summed into the review's figure.
    counts: sumByItem(counts),
    values: await repo.numericValues(db, reviewId, byKind('numeric', 'rating')),
    choices: await repo.choiceCounts(db, reviewId, byKind('choice')),
    comments: comments.map((c) => ({
      // The suggestions' opaque order (see suggestions.ts): it says nothing about when or who.
      key: createHash('sha256').update(`${c.salt}:${c.responseId}:${COMMENT_ITEM}`).digest('base64url').slice(0, 16),
      text: c.text!,
    })),
  };
}

/** The supplement has one role: every unit's directors are summed into the review's figure. */
function sumByItem(rows: repo.UnitRoleCounts[]): SupplementInputs['counts'] {
  const sums = new Map<string, SupplementInputs['counts'][number]>();
  for (const row of rows) {
    const sum = sums.get(row.itemId) ?? { itemId: row.itemId, answered: 0, agreeing: 0, dontKnow: 0 };
    sums.set(row.itemId, { ...sum, answered: sum.answered + row.answered, agreeing: sum.agreeing + row.agreeing, dontKnow: sum.dontKnow + row.dontKnow });
  }
  return [...sums.values()];
}

/** The options of each choice item with their texts, from the survey's director form. */
function choiceLabels(survey: CompiledSurvey): Map<string, { value: string; label: Text }[]> {
  const found = new Map<string, { value: string; label: Text }[]>();
  const visit = (elements: unknown[]) => {
    for (const element of elements as { name?: string; type?: string; choices?: { value: string; text: Text }[]; elements?: unknown[] }[]) {
      if (element.type === 'radiogroup' && element.name && element.choices) {
        found.set(
          element.name,
          element.choices.map((c) => ({ value: String(c.value), label: c.text })),
        );
      }
      if (element.elements) visit(element.elements);
    }
  };
  for (const form of Object.values(survey.forms)) for (const page of form?.pages ?? []) visit((page as { elements?: unknown[] }).elements ?? []);
  return found;
}

type Figure = Static<typeof NumericFigure>;

function numericFigure(values: number[], submitted: number): Figure {
  const summary = numericSummary(values);
  return {
    suppressed: false,
    n: summary.n,
    submitted,
    atLeastOne: summary.atLeastOne,
    atLeastOneShare: summary.atLeastOneShare,
    zero: summary.zero,
    zeroShare: summary.zeroShare,
    median: summary.median,
    atTarget: null,
    targetShare: null,
  };
}

/** The section: every figure when enough directors answered, else only the counts. */
export function supplementSection(inputs: SupplementInputs, threshold: number): SupplementSection {
  const shown = inputs.counted >= threshold && inputs.counted > 0;
  const base = { threshold, answered: inputs.answered, counted: inputs.counted, shown };
  if (!shown) return { ...base, statements: [], numeric: [], choices: [], comments: [] };
  const { items } = inputs;
  return {
    ...base,
    statements: items
      .filter((i) => i.kind === 'statement')
      .map((item) => ({
        itemId: item.id,
        area: item.area,
        checkpoint: item.checkpoint,
        basis: item.basis?.kind ?? null,
        label: item.label,
        cell: shownCell(inputs.counts.find((c) => c.itemId === item.id) ?? { answered: 0, agreeing: 0, dontKnow: 0 }),
      })),
    numeric: items
      .filter((i) => i.kind === 'numeric' || i.kind === 'rating')
      .map((item) => ({
        itemId: item.id,
        kind: item.kind as 'numeric' | 'rating',
        label: item.label,
        min: item.min ?? null,
        max: item.max ?? null,
        figure: numericFigure(
          inputs.values.filter((v) => v.itemId === item.id).map((v) => v.value),
          inputs.answered,
        ),
      })),
    choices: items
      .filter((i) => i.kind === 'choice')
      .map((item) => {
        const options = (inputs.choiceLabels.get(item.id) ?? (item.choices ?? []).map((value) => ({ value, label: { sv: value, en: value } }))).map((o) => ({
          ...o,
          count: inputs.choices.find((c) => c.itemId === item.id && c.choice === o.value)?.count ?? 0,
        }));
        return { itemId: item.id, checkpoint: item.checkpoint, label: item.label, n: options.reduce((s, o) => s + o.count, 0), options };
      }),
    comments: [...inputs.comments].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((c) => c.text),
  };
}
