import { daysBefore } from '../../contract/dates.js';
import type { CatalogItem } from '../features/surveys/compiler.js';
import { ROLES, type Role, type SpecialtyGroup } from '../../contract/domain.js';
import { BASE_SHARES, HOSPITAL_SHARES, NO_SELF_STUDY, POOL_SHARES, SELF_STUDY_UNANSWERED, SUPPLEMENT_ANSWERS } from './profile.js';
import { Random } from './random.js';
import { SUGGESTION_ENDINGS, SUGGESTIONS } from './texts.js';

/**
 * Generates, deterministically from a seed, a hospital like the one in docs/domain.md §3 and a
 * national pool of other hospitals' answers. Plain data: the loader writes it, tests and
 * benchmarks use it as their factory.
 */
export interface DemoUnit {
  code: string;
  name: string;
  specialty: string;
  group: SpecialtyGroup;
}

export interface DemoRespondent {
  name: string;
  email: string;
  role: Role;
  unitCode: string;
  /** null: invited but did not answer. */
  answers: Record<string, unknown> | null;
  /** A study director's answers to the supplementary survey; null for everyone else and directors who did not answer it. */
  supplement: Record<string, unknown> | null;
}

export interface PoolResponse {
  hospitalCode: string;
  unitCode: string;
  role: Role;
  /** ISO timestamp within the last 24 months. */
  submittedAt: string;
  answers: { itemId: string; value: number }[];
}

const UNITS: DemoUnit[] = [
  { code: 'ANE', name: 'Anestesi och intensivvård', specialty: 'anestesi och intensivvård', group: 'surgical' },
  { code: 'KIR', name: 'Kirurgkliniken', specialty: 'kirurgi', group: 'surgical' },
  { code: 'ORT', name: 'Ortopedkliniken', specialty: 'ortopedi', group: 'surgical' },
  { code: 'URO', name: 'Urologiska kliniken', specialty: 'urologi', group: 'surgical' },
  { code: 'AKM', name: 'Akutkliniken', specialty: 'akutsjukvård', group: 'surgical' },
  { code: 'MED', name: 'Medicinkliniken', specialty: 'internmedicin', group: 'medical' },
  { code: 'END', name: 'Endokrinologiska kliniken', specialty: 'endokrinologi', group: 'medical' },
  { code: 'GAS', name: 'Gastroenterologiska kliniken', specialty: 'gastroenterologi', group: 'medical' },
  { code: 'HEM', name: 'Hematologiska kliniken', specialty: 'hematologi', group: 'medical' },
  { code: 'KAR', name: 'Kardiologiska kliniken', specialty: 'kardiologi', group: 'medical' },
  { code: 'LUN', name: 'Lungkliniken', specialty: 'lungmedicin', group: 'medical' },
  { code: 'NEU', name: 'Neurologiska kliniken', specialty: 'neurologi', group: 'medical' },
  { code: 'ONK', name: 'Onkologiska kliniken', specialty: 'onkologi', group: 'medical' },
  { code: 'KFY', name: 'Klinisk fysiologi', specialty: 'klinisk fysiologi', group: 'diagnostic' },
  { code: 'RAD', name: 'Röntgenkliniken', specialty: 'radiologi', group: 'diagnostic' },
  { code: 'REH', name: 'Rehabiliteringsmedicin', specialty: 'rehabiliteringsmedicin', group: 'other' },
];

/** Invited and answered per specialty group × role: the answered counts are docs/domain.md §3's table. */
const RESPONSE_TABLE: Record<DemoUnit['group'], Record<Role, [invited: number, answered: number]>> = {
  surgical: { st: [68, 48], supervisor: [68, 38], director: [6, 6], head: [6, 6] },
  medical: { st: [64, 45], supervisor: [75, 41], director: [8, 7], head: [7, 6] },
  diagnostic: { st: [12, 7], supervisor: [15, 9], director: [1, 1], head: [3, 3] },
  other: { st: [0, 0], supervisor: [2, 0], director: [1, 1], head: [0, 0] },
};

const ROLE_WORD: Record<Role, string> = { st: 'st', supervisor: 'handledare', director: 'studierektor', head: 'verksamhetschef' };

export function demoUnits(): DemoUnit[] {
  return UNITS.map((u) => ({ ...u }));
}

/**
 * The demo hospital's respondents, 336 invited and 218 with answers; with the supplementary
 * survey's items, 13 of the answering study directors answer it too.
 */
export function generateHospital(seed: number, items: CatalogItem[], supplementItems: CatalogItem[] = []): DemoRespondent[] {
  const random = new Random(seed);
  const respondents: DemoRespondent[] = [];
  let counter = 0;
  for (const [group, byRole] of Object.entries(RESPONSE_TABLE) as [DemoUnit['group'], Record<Role, [number, number]>][]) {
    const units = UNITS.filter((u) => u.group === group);
    for (const role of ROLES) {
      const [invited, answered] = byRole[role];
      for (let i = 0; i < invited; i++) {
        counter++;
        respondents.push({
          name: `${ROLE_WORD[role][0].toUpperCase()}${ROLE_WORD[role].slice(1)} ${counter}`,
          email: `${ROLE_WORD[role]}.${counter}@demosjukhuset.example`,
          role,
          unitCode: units[i % units.length].code,
          answers: i < answered ? {} : null,
          supplement: null,
        });
      }
    }
  }
  fillAnswers(
    random,
    respondents.filter((r) => r.answers !== null),
    items,
  );
  // Its own stream, so the main survey's answers stay what they were before the supplement joined.
  if (supplementItems.length > 0) fillSupplement(new Random(seed + 2), respondents, supplementItems);
  return respondents;
}

/** The supplement's answers: directors' views of their own assignment, for the response line and its own figures. */
function fillSupplement(random: Random, respondents: DemoRespondent[], items: CatalogItem[]): void {
  const directors = respondents.filter((r) => r.role === 'director' && r.answers !== null).slice(0, SUPPLEMENT_ANSWERS);
  for (const person of directors) {
    const answers: Record<string, unknown> = {};
    for (const item of items) {
      if (item.kind === 'statement') answers[item.id] = agreeValue(random, random.chance(0.6));
      else if (item.kind === 'numeric') answers[item.id] = random.int(5, 30);
      else if (item.kind === 'rating') answers[item.id] = random.int(item.min!, item.max!);
      else if (item.kind === 'choice') answers[item.id] = random.pick(item.choices!);
    }
    person.supplement = answers;
  }
  // A few comments, outside the random stream so that the answers above stay what they were.
  for (const [i, comment] of SUPPLEMENT_COMMENTS.entries()) if (directors[i]) directors[i].supplement!.comment = comment;
}

/** The directors' free-text comments in the demo (the supplement's last question). */
const SUPPLEMENT_COMMENTS = [
  'Tiden för uppdraget räcker inte när kliniken har många nya ST-läkare samtidigt.',
  'Bra stöd från verksamhetschefen, men jag bjuds sällan in till ledningsgruppen.',
  'Nätverket med de andra studierektorerna är det viktigaste stödet jag har.',
];

/**
 * Chooses who agrees so that each statement's share per role lands on its target exactly (up to
 * rounding), with clinics differing: each unit gets its own lean, so middle statements are good
 * in some clinics and weak in others.
 */
function fillAnswers(random: Random, answering: DemoRespondent[], items: CatalogItem[]): void {
  const unitLean = new Map(UNITS.map((u) => [u.code, (random.next() - 0.5) * 0.6]));
  for (const item of items) {
    for (const role of ROLES.filter((r) => item.roles.includes(r))) {
      const people = answering.filter((r) => r.role === role);
      if (item.kind === 'statement') {
        const target = hospitalTarget(item.id, role);
        const named = item.id in HOSPITAL_SHARES;
        const onScale = people.filter(() => named || !random.chance(0.04));
        for (const person of people) if (!onScale.includes(person)) person.answers![item.id] = 0;
        const ranked = onScale.map((p) => ({ p, score: random.next() - unitLean.get(p.unitCode)! })).sort((a, b) => a.score - b.score);
        const agreeing = Math.round(target * ranked.length);
        ranked.forEach(({ p }, i) => (p.answers![item.id] = agreeValue(random, i < agreeing)));
      } else if (item.id === 'F.self-study-hours') {
        assignSelfStudy(random, people);
      } else if (item.kind === 'numeric') {
        for (const person of people) person.answers![item.id] = random.int(2, 9);
      } else if (item.kind === 'choice') {
        for (const person of people) person.answers![item.id] = random.pick(item.choices!);
      }
    }
  }
  for (const person of answering) {
    const wanted = random.chance(0.75) ? random.int(1, 3) : 0;
    for (let n = 1; n <= wanted; n++) person.answers![`suggestion-${n}`] = suggestion(random);
  }
}

/**
 * The demo hospital's target share: the domain's figure where it has one, otherwise the usual
 * level of the role with a small lean of the statement's own (fixed by its id, so the national
 * pool can sit close to it and only the domain's statements stand out in the comparison).
 */
export function hospitalTarget(itemId: string, role: Role): number {
  const known = HOSPITAL_SHARES[itemId]?.[role];
  if (known !== undefined) return known;
  let hash = 0;
  for (const ch of `${itemId}|${role}`) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) >>> 0;
  return Math.min(0.98, BASE_SHARES[role] + ((hash % 1000) / 1000 - 0.5) * 0.12);
}

const agreeValue = (random: Random, agrees: boolean) => (agrees ? (random.chance(0.55) ? 4 : 3) : random.chance(0.6) ? 2 : 1);

/**
 * Exactly the domain's shares: 99 of 100 answer, none by group (60/40/0 %), 46 % of all with
 * none and 16 % with ≥ 1 hour. Those who leave it unanswered are the group's last, after the
 * same draws as before, so everything else the demo generates stays the same.
 */
function assignSelfStudy(random: Random, people: DemoRespondent[]): void {
  for (const group of Object.keys(NO_SELF_STUDY)) {
    const shuffled = random.shuffle(people.filter((p) => UNITS.find((u) => u.code === p.unitCode)!.group === group));
    const inGroup = shuffled.slice(0, shuffled.length - (SELF_STUDY_UNANSWERED[group] ?? 0));
    const none = Math.round(NO_SELF_STUDY[group] * inGroup.length);
    const some = inGroup.length - none;
    const hourOrMore = Math.round(some * 0.3);
    inGroup.forEach((p, i) => (p.answers!['F.self-study-hours'] = i < none ? 0 : i < none + hourOrMore ? random.pick([1, 1, 2, 4]) : 0.5));
  }
}

function suggestion(random: Random): string {
  const theme = random.pick(Object.keys(SUGGESTIONS));
  return random.pick(SUGGESTIONS[theme]) + random.pick(SUGGESTION_ENDINGS);
}

export interface PoolHospital {
  code: string;
  name: string;
  units: DemoUnit[];
}

/** Other hospitals, each with a few clinics of the three main groups. */
export function poolHospitals(count: number): PoolHospital[] {
  return Array.from({ length: count }, (_, h) => {
    const code = `NAT${String(h + 1).padStart(2, '0')}`;
    return {
      code,
      name: `Sjukhus ${h + 1} (nationell jämförelse)`,
      units: UNITS.filter((u) => u.group !== 'other')
        .filter((_, i) => (i + h) % 2 === 0)
        .map((u) => ({ ...u, code: `${code}-${u.code}` })),
    };
  });
}

/**
 * The national pool: `trainees` ST doctors' answers (plus supervisors, directors and heads in
 * proportion) spread over the last 24 months, with unit-to-unit variation so units can be
 * placed in quartiles.
 */
export function generatePool(seed: number, items: CatalogItem[], trainees: number, hospitals: PoolHospital[], now = new Date()): PoolResponse[] {
  const random = new Random(seed);
  const statements = items.filter((i) => i.kind === 'statement');
  const units = hospitals.flatMap((h) => h.units.map((u) => ({ hospitalCode: h.code, unit: u, lean: (random.next() - 0.5) * 0.16 })));
  const counts: Record<Role, number> = {
    st: trainees,
    supervisor: Math.round(trainees * 0.6),
    director: Math.round(trainees * 0.06),
    head: Math.round(trainees * 0.06),
  };
  const responses: PoolResponse[] = [];
  // Its own stream, so the pool's statement answers stay what they were before self-study joined.
  const selfStudy = new Random(seed + 1);
  for (const role of ROLES) {
    for (let i = 0; i < counts[role]; i++) {
      const place = units[i % units.length];
      const daysAgo = random.int(0, 715);
      const answers: { itemId: string; value: number }[] = [];
      for (const item of statements) {
        if (!item.roles.includes(role)) continue;
        if (random.chance(0.03)) continue; // skipped or "don't know"
        const base = POOL_SHARES[item.id]?.[role] ?? Math.min(0.97, hospitalTarget(item.id, role) + 0.03);
        answers.push({ itemId: item.id, value: agreeValue(random, random.chance(Math.min(1, Math.max(0, base + place.lean)))) });
      }
      // The rest of the country: 52 % of trainees have at least an hour of self-study (docs/domain.md §3).
      if (role === 'st')
        answers.push({ itemId: 'F.self-study-hours', value: selfStudy.chance(0.52) ? selfStudy.pick([1, 1, 2, 2, 3, 4]) : selfStudy.pick([0, 0, 0.5]) });
      responses.push({
        hospitalCode: place.hospitalCode,
        unitCode: place.unit.code,
        role,
        submittedAt: daysBefore(now, daysAgo).toISOString(),
        answers,
      });
    }
  }
  return responses;
}
