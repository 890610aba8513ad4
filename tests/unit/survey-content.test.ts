import { describe, expect, it } from 'vitest';
import { compileBank } from '../../server/features/surveys/compiler.js';
import { needsSurveyCore, validateSubmission } from '../../server/features/respond/validate.js';
import { surveyModel } from '../../server/features/surveys/surveyjs.js';
import { checklist } from '../../surveys/checklist.js';
import { surveyBanks } from '../../surveys/index.js';
import { agreementScale } from '../../surveys/scales.js';
import { spurExternal } from '../../surveys/spur-external.js';
import { type Item, type SurveyBank } from '../../surveys/types.js';
import { AREAS, ROLES } from '../../contract/domain.js';

const itemsOf = (bank: SurveyBank): Item[] => bank.pages.flatMap((page) => page.items);

/** Statements named in docs/domain.md §3, which reports are compared with. */
const STATEMENTS_IN_THE_DOMAIN = [
  'A.varied-clinical-work',
  'B.enough-specialists',
  'C.it-library-support',
  'C.premises',
  'C.equipment',
  'D.written-guidelines',
  'D.introduction-programme',
  'D.iup-based-on-goals',
  'D.iup-revised',
  'D.on-call-balance',
  'D.lives-up-to-expectations',
  'E.personal-supervisor',
  'E.training-climate',
  'E.competences-documented',
  'E.progress-assessed',
  'E.supervision-routines',
  'F.theoretical-training-per-iup',
  'F.self-study-time',
  'G.science-competence-assessed',
  'G.quality-work',
  'G.quality-competence-assessed',
  'G.scientific-supervision',
  'G.phd-opportunity',
  'H.supervise-others',
  'H.supervision-of-supervising',
  'H.leadership-competence-assessed',
  'H.communication-competence-assessed',
  'H.lead-care-teams',
  'H.teaching-competence-assessed',
];

/** Every {sv, en} text anywhere in a value, with where it is. */
function texts(value: unknown, path = ''): { path: string; sv: unknown; en: unknown }[] {
  if (!value || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  const record = value as Record<string, unknown>;
  if ('sv' in record || 'en' in record) return [{ path, sv: record.sv, en: record.en }];
  return Object.entries(record).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

describe.each(surveyBanks.map((bank) => [bank.key, bank] as const))('survey %s', (_key, bank) => {
  const items = itemsOf(bank);

  it('has unique item ids of a safe form', () => {
    const ids = items.map((item) => item.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9.-]*$/);
  });

  it('gives every statement an area matching its id, a checkpoint and a basis', () => {
    for (const item of items.filter((i) => i.kind === 'statement')) {
      expect(AREAS, item.id).toContain(item.area);
      expect(item.id.startsWith(`${item.area}.`), item.id).toBe(true);
      expect(item.checkpoint, item.id).toMatch(/^[A-H]\d+$/);
      expect(['rule', 'advice', 'indicator'], item.id).toContain(item.basis?.kind);
    }
  });

  it('cites the regulation without invented paragraphs', () => {
    for (const item of items) {
      if (!('basis' in item) || item.basis?.kind !== 'rule') continue;
      // Only what is known: the regulation, a chapter, or the provider's duties the brief names.
      expect(item.basis.reference, item.id).toMatch(/^HSLF-FS 2021:8( kap\. (\d+|2 §§ 1–2|5 § 1))?$/);
    }
  });

  it('has Swedish and English for every text', () => {
    for (const text of texts(bank)) {
      expect(typeof text.sv === 'string' && text.sv.trim().length > 0, `sv at ${text.path}`).toBe(true);
      expect(typeof text.en === 'string' && text.en.trim().length > 0, `en at ${text.path}`).toBe(true);
    }
  });

  it('bounds every numeric item', () => {
    for (const item of items.filter((i) => i.kind === 'numeric' || i.kind === 'rating')) {
      expect(Number.isFinite(item.min) && Number.isFinite(item.max) && item.min < item.max, item.id).toBe(true);
    }
  });

  it('marks at most one overall statement, and the trainees answer it', () => {
    const overall = items.filter((i) => i.kind === 'statement' && i.overall);
    expect(overall.length).toBeLessThanOrEqual(1);
    for (const item of overall) expect(Object.keys(item.wording), item.id).toContain('st');
  });

  it('words every item only for roles the survey is sent to', () => {
    for (const item of items) {
      const roles = Object.keys(item.wording);
      expect(roles.length, item.id).toBeGreaterThan(0);
      for (const role of roles) expect(bank.roles, item.id).toContain(role);
    }
  });

  it('compiles for each role into a form survey-core accepts, with question names equal to item ids', () => {
    const compiled = compileBank(bank);
    for (const role of bank.roles) {
      const model = surveyModel(compiled.forms[role]!);
      expect(model.jsonErrors ?? [], `${role}: ${model.jsonErrors?.map((e) => e.message).join('; ')}`).toEqual([]);
      const names = model.getAllQuestions().map((q) => q.name);
      const expected = compiled.items.filter((item) => item.roles.includes(role)).map((item) => item.id);
      expect(names).toEqual(expected);
    }
  });

  it('needs no survey-core to validate a submission: the catalog check finds what survey-core finds', () => {
    const compiled = compileBank(bank);
    for (const role of bank.roles) {
      const form = compiled.forms[role]!;
      // A form with conditions or other validators would be checked by survey-core on the server.
      expect(needsSurveyCore(form), role).toBe(false);
      const mine = compiled.items.filter((item) => item.roles.includes(role));
      const complete = Object.fromEntries(
        mine.flatMap((item): [string, unknown][] => {
          if (item.kind === 'statement') return [[item.id, 3]];
          if (item.kind === 'numeric' || item.kind === 'rating') return [[item.id, item.min]];
          if (item.kind === 'choice') return [[item.id, item.choices![0]]];
          return [];
        }),
      );
      const fields = (data: Record<string, unknown>, surveyCore: 'when-needed' | 'always') =>
        validateSubmission(form, compiled.items, role, data, 'sv', `test|${bank.key}|${role}`, surveyCore)
          .problems.map((p) => p.field)
          .sort();
      expect(fields(complete, 'when-needed'), role).toEqual([]);
      expect(fields(complete, 'always'), role).toEqual([]);
      // Every other answer left out, and all: both find the same questions unanswered (not the optional ones).
      const half = Object.fromEntries(Object.entries(complete).filter((_, i) => i % 2 === 0));
      expect(fields(half, 'when-needed'), role).toEqual(fields(half, 'always'));
      const nothing = fields({}, 'when-needed');
      expect(nothing.length, role).toBeGreaterThan(0);
      expect(nothing, role).toEqual(fields({}, 'always'));
    }
  }, 30_000);

  it('compiles deterministically', () => {
    expect(compileBank(bank)).toEqual(compileBank(bank));
    expect(compileBank(bank).hash).toBe(compileBank(structuredClone(bank)).hash);
  });
});

describe('the external review survey', () => {
  const statements = itemsOf(spurExternal).filter((i) => i.kind === 'statement');

  it('has at least five statements in each area, answered by every role', () => {
    for (const area of AREAS) {
      const inArea = statements.filter((s) => s.area === area);
      expect(inArea.length, `area ${area}`).toBeGreaterThanOrEqual(5);
      for (const role of ROLES) {
        expect(
          inArea.some((s) => s.wording[role]),
          `area ${area}, role ${role}`,
        ).toBe(true);
      }
    }
  });

  it('contains every statement the domain brief reports figures for', () => {
    const ids = new Set(itemsOf(spurExternal).map((i) => i.id));
    expect(STATEMENTS_IN_THE_DOMAIN.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('asks the expectation question of trainees only', () => {
    const item = statements.find((s) => s.id === 'D.lives-up-to-expectations')!;
    expect(Object.keys(item.wording)).toEqual(['st']);
  });

  it('has the numeric items with sensible bounds', () => {
    const numeric = Object.fromEntries(
      itemsOf(spurExternal)
        .filter((i) => i.kind === 'numeric')
        .map((i) => [i.id, [i.min, i.max]]),
    );
    expect(numeric['F.self-study-hours']).toEqual([0, 40]);
    expect(itemsOf(spurExternal).find((i) => i.id === 'D.lives-up-to-expectations')).toMatchObject({ kind: 'statement', overall: true });
    expect(numeric['E.supervision-talks-12m']).toBeDefined();
    expect(numeric['E.assessments-12m']).toBeDefined();
  });

  it('offers up to three optional improvement suggestions with a length limit', () => {
    expect(spurExternal.suggestions).toMatchObject({ count: 3 });
    expect(spurExternal.suggestions!.maxLength).toBeGreaterThan(0);
  });
});

describe('a form the catalog does not cover', () => {
  it('is validated by survey-core: conditions, expressions and validators other than a numeric range', () => {
    const form = (element: Record<string, unknown>) => ({ pages: [{ name: 'p', title: { sv: 'P', en: 'P' }, elements: [element] }] });
    expect(needsSurveyCore(form({ type: 'radiogroup', name: 'q', choices: [1, 2] }))).toBe(false);
    expect(needsSurveyCore(form({ type: 'text', name: 'q', validators: [{ type: 'numeric', minValue: 0 }] }))).toBe(false);
    expect(needsSurveyCore(form({ type: 'radiogroup', name: 'q', visibleIf: '{a} = 1' }))).toBe(true);
    expect(needsSurveyCore(form({ type: 'text', name: 'q', validators: [{ type: 'regex', regex: 'x' }] }))).toBe(true);
    expect(needsSurveyCore(form({ type: 'matrix', name: 'q' }))).toBe(true);
    expect(needsSurveyCore({ ...form({ type: 'text', name: 'q' }), triggers: [] })).toBe(true);
  });
});

describe('the agreement scale', () => {
  it('has four levels of agreement plus a value outside the denominator', () => {
    const values = agreementScale.choices.map((c) => c.value);
    expect(values).toHaveLength(4);
    expect(values).not.toContain(agreementScale.notApplicable.value);
    for (const v of agreementScale.agreeing) expect(values).toContain(v);
  });
});

describe('the checklist', () => {
  const points = new Map(checklist.map((p) => [p.id, p]));

  it('has unique point ids numbered within their area, each with Swedish and English text', () => {
    expect(points.size).toBe(checklist.length);
    for (const p of checklist) {
      expect(p.id).toMatch(new RegExp(`^${p.area}[0-9]{1,2}$`));
      expect(p.text.sv.trim()).not.toBe('');
      expect(p.text.en.trim()).not.toBe('');
      if (p.basis.kind === 'rule') expect(p.basis.reference).toBe('HSLF-FS 2021:8');
    }
    for (const area of AREAS) expect(checklist.some((p) => p.area === area)).toBe(true);
  });

  it('has a point for every statement’s checkpoint, in the statement’s own area, and a binding rule wherever a statement is one', () => {
    for (const item of surveyBanks.flatMap(itemsOf)) {
      if (!('checkpoint' in item) || !item.checkpoint) continue;
      const point = points.get(item.checkpoint);
      expect(point, `${item.id} → ${item.checkpoint}`).toBeDefined();
      if (item.kind === 'statement') {
        expect(point!.area).toBe(item.area);
        if (item.basis.kind === 'rule') expect(point!.basis.kind, item.id).toBe('rule');
      }
    }
  });

  it('says what to look at during the visit for points the survey gives no evidence for', () => {
    const withStatements = new Set(surveyBanks.flatMap(itemsOf).flatMap((i) => ('checkpoint' in i && i.checkpoint ? [i.checkpoint] : [])));
    for (const p of checklist.filter((p) => !withStatements.has(p.id))) expect(p.visitEvidence, p.id).toBeDefined();
  });
});
