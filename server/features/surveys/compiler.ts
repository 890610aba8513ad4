import { createHash } from 'node:crypto';
import { agreementScale } from '../../../surveys/scales.js';
import { type Basis, type Item, type Page, type SurveyBank, type Text } from '../../../surveys/types.js';
import { ROLES, type Area, type Role } from '../../../contract/domain.js';

/** What reports need to know about an item, kept beside the forms in a compiled version. */
export interface CatalogItem {
  id: string;
  kind: Item['kind'] | 'suggestion';
  area: Area | null;
  checkpoint: string | null;
  basis: Basis | null;
  roles: Role[];
  /** Short Swedish/English label: the supervisor's wording, else the first role's. */
  label: Text;
  min?: number;
  max?: number;
  step?: number;
  maxLength?: number;
  choices?: string[];
  /** The survey's overall statement (see Statement.overall). */
  overall?: true;
  /** Whether a numeric item must be answered. */
  required?: boolean;
}

/** SurveyJS survey JSON (the input of survey-core's `Model`). */
export type SurveyJson = Record<string, unknown> & { pages: SurveyPageJson[] };
interface SurveyPageJson {
  name: string;
  title: Text;
  description?: Text;
  elements: Record<string, unknown>[];
}

export interface CompiledSurvey {
  key: string;
  /** SHA-256 of the canonical JSON of everything below: same content, same hash. */
  hash: string;
  /** The first 12 hex digits of the hash, used in URLs. */
  id: string;
  title: Text;
  roles: Role[];
  items: CatalogItem[];
  forms: Partial<Record<Role, SurveyJson>>;
}

/** The part of a compiled survey stored as a version's `definition`. */
export type SurveyDefinitionContent = Omit<CompiledSurvey, 'hash' | 'id' | 'key'>;

/** Compiles a bank into one SurveyJS form per role, plus the item catalog. Deterministic. */
export function compileBank(bank: SurveyBank): CompiledSurvey {
  const roles = ROLES.filter((role) => bank.roles.includes(role));
  const content: SurveyDefinitionContent = {
    title: bank.title,
    roles,
    items: catalogOf(bank),
    forms: Object.fromEntries(roles.map((role) => [role, compileForm(bank, role)])),
  };
  const hash = contentHash(content);
  return { key: bank.key, hash, id: hash.slice(0, 12), ...content };
}

export function contentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** JSON with object keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function compileForm(bank: SurveyBank, role: Role): SurveyJson {
  const pages: SurveyPageJson[] = bank.pages.map((page) => compilePage(page, role)).filter((page) => page.elements.length > 0);
  if (bank.suggestions) {
    const s = bank.suggestions;
    pages.push({
      name: 'suggestions',
      title: s.title,
      description: s.description,
      elements: suggestionIds(bank).map((name, i) => ({
        type: 'comment',
        name,
        title: { sv: `${s.itemTitle.sv} ${i + 1}`, en: `${s.itemTitle.en} ${i + 1}` },
        maxLength: s.maxLength,
        autoGrow: true,
      })),
    });
  }
  return {
    title: bank.title,
    description: bank.description,
    showProgressBar: true,
    progressBarLocation: 'top',
    progressBarType: 'pages',
    showQuestionNumbers: 'off',
    checkErrorsMode: 'onNextPage',
    // The respondent looks over every answer once more, and can go back to a page, before sending.
    showPreviewBeforeComplete: true,
    previewMode: 'allQuestions',
    widthMode: 'responsive',
    pages,
  };
}

function compilePage(page: Page, role: Role): SurveyPageJson {
  return {
    name: page.id,
    title: page.title,
    ...(page.description ? { description: page.description } : {}),
    elements: page.items.flatMap((item) => {
      const title = item.wording[role];
      return title ? [compileItem(item, title)] : [];
    }),
  };
}

function compileItem(item: Item, title: Text): Record<string, unknown> {
  const common = { name: item.id, title, ...(item.description ? { description: item.description } : {}) };
  switch (item.kind) {
    case 'statement':
      return {
        type: 'radiogroup',
        ...common,
        isRequired: true,
        choices: [...agreementScale.choices, agreementScale.notApplicable].map((c) => ({ value: c.value, text: c.text })),
      };
    case 'numeric':
      return {
        type: 'text',
        ...common,
        inputType: 'number',
        isRequired: item.required,
        min: item.min,
        max: item.max,
        step: item.step ?? 1,
        validators: [
          {
            type: 'numeric',
            minValue: item.min,
            maxValue: item.max,
            text: {
              sv: `Ange ${item.step ? 'ett tal' : 'ett heltal'} mellan ${item.min} och ${item.max} (${item.unit.sv}).`,
              en: `Enter ${item.step ? 'a number' : 'a whole number'} from ${item.min} to ${item.max} (${item.unit.en}).`,
            },
          },
        ],
      };
    case 'choice':
      return { type: 'radiogroup', ...common, isRequired: true, choices: item.choices };
    case 'rating':
      return {
        type: 'rating',
        ...common,
        isRequired: true,
        // survey-core turns a scale that seems too wide into a dropdown, even 1–10 on a desktop;
        // buttons show the whole scale at once and wrap on a phone.
        displayMode: 'buttons',
        rateMin: item.min,
        rateMax: item.max,
        minRateDescription: item.minLabel,
        maxRateDescription: item.maxLabel,
      };
    case 'text':
      return { type: 'comment', ...common, maxLength: item.maxLength, autoGrow: true };
  }
}

function suggestionIds(bank: SurveyBank): string[] {
  const s = bank.suggestions;
  return s ? Array.from({ length: s.count }, (_, i) => `${s.idPrefix}-${i + 1}`) : [];
}

function catalogOf(bank: SurveyBank): CatalogItem[] {
  const items: CatalogItem[] = bank.pages.flatMap((page) =>
    page.items.map((item) => {
      const roles = ROLES.filter((role) => item.wording[role]);
      const entry: CatalogItem = {
        id: item.id,
        kind: item.kind,
        area: ('area' in item && item.area) || page.area || null,
        checkpoint: ('checkpoint' in item && item.checkpoint) || null,
        basis: ('basis' in item && item.basis) || null,
        roles,
        label: item.wording.supervisor ?? item.wording[roles[0]]!,
      };
      if (item.kind === 'numeric' || item.kind === 'rating') Object.assign(entry, { min: item.min, max: item.max });
      if (item.kind === 'numeric' && item.step) entry.step = item.step;
      if (item.kind === 'numeric') entry.required = item.required;
      if (item.kind === 'statement' && item.overall) entry.overall = true;
      if (item.kind === 'text') entry.maxLength = item.maxLength;
      if (item.kind === 'choice') entry.choices = item.choices.map((c) => c.value);
      return entry;
    }),
  );
  for (const [i, id] of suggestionIds(bank).entries()) {
    const s = bank.suggestions!;
    items.push({
      id,
      kind: 'suggestion',
      area: null,
      checkpoint: null,
      basis: null,
      roles: [...bank.roles],
      label: { sv: `${s.itemTitle.sv} ${i + 1}`, en: `${s.itemTitle.en} ${i + 1}` },
      maxLength: s.maxLength,
    });
  }
  return items;
}

/** A form with the requested language set, as the API serves it. */
export function localisedForm(form: SurveyJson, language: 'sv' | 'en'): SurveyJson {
  return { locale: language, ...form };
}
