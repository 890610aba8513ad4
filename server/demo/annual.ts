/**
 * The demo's yearly study-director report (docs/domain.md §4): an organisation of three hospitals
 * with 52 clinics, its goals as they changed (2016, 2023, 2025), nine years of published shares
 * imported, and this platform's own report for 2025: 50 of 52 directors answered, 678 trainees.
 * The answers are built, not drawn at random, so the report prints the brief's figures.
 */
import type { AnnualGoal } from '../../contract/director-annual.js';
import type { RootDb } from '../db/database.js';
import type { Actor } from '../permissions.js';
import { insertHospital, insertUnit } from '../features/hospitals/repository.js';
import { saveOrganisation } from '../features/organisations/service.js';
import { addDirectors, closeAnnual, createAnnual, importHistory, openAnnual, publishAnnual, saveGoalSet } from '../features/director-annual/service.js';
import { submit } from '../features/respond/service.js';
import { suggestedAnnualGoals } from '../../surveys/director-annual-goals.js';

const CLINICS = 52;
const ANSWERING = 50;
export const DEMO_ANNUAL_YEAR = 2025;

const SPECIALTIES: [name: string, group: 'surgical' | 'medical' | 'diagnostic' | 'other'][] = [
  ['Akutkliniken', 'surgical'],
  ['Anestesikliniken', 'surgical'],
  ['Barnkliniken', 'other'],
  ['Bild- och funktionsmedicin', 'diagnostic'],
  ['Endokrinkliniken', 'medical'],
  ['Geriatriken', 'medical'],
  ['Handkirurgiska kliniken', 'surgical'],
  ['Hematologiska kliniken', 'medical'],
  ['Infektionskliniken', 'medical'],
  ['Kirurgiska kliniken', 'surgical'],
  ['Klinisk kemi', 'diagnostic'],
  ['Kvinnokliniken', 'surgical'],
  ['Lungkliniken', 'medical'],
  ['Neurologiska kliniken', 'medical'],
  ['Onkologiska kliniken', 'medical'],
  ['Ortopediska kliniken', 'surgical'],
  ['Patologen', 'diagnostic'],
  ['Psykiatriska kliniken', 'other'],
];

/** Exactly `count` of the 50 answering clinics, spread differently per measure (7 and 50 share no factor). */
const among = (i: number, count: number, offset: number) => (i * 7 + offset) % ANSWERING < count;
/** The clinic's place in a measure's own order, 0–49. */
const rank = (i: number, offset: number) => (i * 7 + offset) % ANSWERING;

const QUOTES = [
  'Schemalagd handledning varannan vecka har gjort stor skillnad för våra ST-läkare.',
  'Bemanningsläget gör att handledarsamtal ofta ställs in.',
  'ST-läkarkollegiet har blivit en viktig mötesplats.',
  'Svårt att få tid för vetenskapligt arbete inom ramen för schemat.',
  'Jag bjuds sällan in till ledningsgruppen, trots att ST-frågorna är strategiska.',
];

/** One clinic's answers, i in 0–49, so that the organisation's totals and shares are the brief's. */
export function demoAnnualAnswers(i: number): Record<string, unknown> {
  const temporary = among(i, 20, 3);
  const assessmentRank = rank(i, 11);
  const scienceRank = rank(i, 17);
  const qualityRank = rank(i, 23);
  const managementRank = rank(i, 29);
  const recruitment = rank(i, 31);
  const talkRank = rank(i, 37);
  return {
    'annual.trainees': i < 28 ? 14 : 13, // 678 in all
    'annual.specialists': 29, // 1,450
    'annual.supervisors': i < 36 ? 17 : 16, // 836
    'annual.supervisors-untrained': i % 4 === 0 ? 3 : 1,
    'annual.temporary-st-like': temporary ? 1 + (i % 3) : 0,
    'annual.temporary-offered-st': temporary ? (among(i, 15, 5) ? 'yes' : 'no') : 'notApplicable',
    'annual.new-trainees': i < 5 ? 4 : 3, // 155
    'annual.iup-within-7-months': (i < 5 ? 4 : 3) - (among(i, 20, 41) ? 1 : 0), // 135: 87 % of those who started
    'annual.service-months': 12,
    // 14 clinics reach 9 a year (28 %), 44 reach the earlier 6 (88 %)
    'annual.supervision-talks': talkRank < 14 ? 10 : talkRank < 44 ? 7 : 4,
    // two clinics do not count them: of 48, 40 reach 4 (83 %), 30 reach 6, 12 reach 9
    ...(assessmentRank < 48 ? { 'annual.assessments': assessmentRank < 12 ? 9 : assessmentRank < 30 ? 6 : assessmentRank < 40 ? 4 : 2 } : {}),
    'annual.supervision-scheduled': among(i, 27, 43) ? 'yes' : 'no',
    'annual.development-talks': i < 6 ? 11 : 10, // 506 of 678
    'annual.specialist-panels': among(i, 35, 13) ? 3 : 2,
    'annual.trainee-panel': among(i, 36, 19) ? 'yes' : 'no', // 72 %
    'annual.self-study-hours': among(i, 28, 7) ? 4 : 2, // 56 %
    'annual.internal-teaching-hours': 30 + (i % 5) * 5,
    'annual.course-days': 5 + (i % 4),
    'annual.science-weeks': scienceRank < 10 ? 3.5 : scienceRank < 40 ? 8 : 10, // mean 7.5, median 8
    'annual.quality-weeks': qualityRank < 5 ? 1.5 : qualityRank < 30 ? 2 : 5, // mean 3.15
    'annual.meetings-supervisors': among(i, 30, 47) ? 4 : 2,
    'annual.meetings-trainees': 4,
    // one director leaves it out: of 49, 27 were never invited (55 %)
    ...(managementRank < 49 ? { 'annual.management-group': managementRank < 27 ? 0 : managementRank < 37 ? 2 : 4 } : {}),
    'annual.director-paid': among(i, 38, 2) ? 'yes' : 'no',
    'annual.director-status': [3, 4, 5, 4, 6, 2, 4, 5, 3, 5][i % 10],
    'annual.recruitment-role': recruitment < 14 ? 'always' : recruitment < 32 ? 'sometimes' : 'never', // 28, 36, 36 %
    ...(i % 9 === 0 ? { 'annual.comment-supervision': QUOTES[(i / 9) % 2] } : {}),
    ...(i % 11 === 0 ? { 'annual.comment-learning': QUOTES[2 + ((i / 11) % 2)] } : {}),
    ...(i % 13 === 5 ? { 'annual.comment-assignment': QUOTES[4] } : {}),
  };
}

/** The goals as they changed: 2016 (six talks, four assessments), 2023 (six assessments, a trainees' panel), 2025 (nine of each). */
function demoGoalSets(): [number, AnnualGoal[]][] {
  const suggested = suggestedAnnualGoals;
  const withThreshold = (goals: readonly AnnualGoal[], key: string, threshold: number, sv: string, en: string) =>
    goals.map((g) => (g.key === key ? { ...g, threshold, label: { sv, en } } : g));
  let y2023 = withThreshold(suggested, 'supervision-talks', 6, 'Handledarsamtal 6 gånger per år', 'Supervision talks 6 times a year');
  y2023 = withThreshold(y2023, 'assessments', 6, 'Strukturerade bedömningar 6 per år', 'Structured assessments 6 a year');
  const y2016 = withThreshold(
    y2023.filter((g) => g.key !== 'trainee-panel'),
    'assessments',
    4,
    'Strukturerade bedömningar 4 per år',
    'Structured assessments 4 a year',
  );
  return [
    [2016, y2016],
    [2023, y2023],
    [2025, [...suggested]],
  ];
}

/** Published shares of 2016–2024 (docs/domain.md §4), with the threshold each was counted against. */
export function demoAnnualHistory(): string {
  const rows: string[][] = [['goal', 'year', 'share', 'n', 'threshold']];
  const series = (goal: string, from: number, shares: number[], threshold: (year: number) => string) =>
    shares.forEach((share, k) => rows.push([goal, String(from + k), String(share), String(46 + ((from + k) % 5)), threshold(from + k)]));
  series('supervision-talks', 2016, [66, 70, 74, 70, 72, 72, 71, 75, 88], () => '6');
  series('assessments', 2016, [29, 58, 67, 70, 67, 71, 66, 46, 65], (year) => (year < 2023 ? '4' : '6'));
  series('trainee-panel', 2023, [45, 57], () => '');
  series('supervision-scheduled', 2016, [42, 38, 33, 28, 33, 37, 33, 47, 46], () => '');
  return rows.map((r) => r.join(',')).join('\n');
}

export interface DemoAnnual {
  organisationId: string;
  annualId: string;
  /** The clinic whose head has an account. */
  headUnitId: string;
}

/** The organisation of the demo hospital and two more, its goals and history, and its closed, published report for 2025. */
export async function loadDemoAnnual(db: RootDb, admin: Actor, inspector: Actor, demoHospitalId: string, publicUrl: string): Promise<DemoAnnual> {
  const unitIds = (await db.selectFrom('units').select('id').where('hospital_id', '=', demoHospitalId).orderBy('name').execute()).map((u) => u.id);
  const hospitalIds = [demoHospitalId];
  for (const [code, name] of [
    ['DEMO-N', 'Norrstads sjukhus'],
    ['DEMO-S', 'Söderstads sjukhus'],
  ] as const) {
    const id = await insertHospital(db, { code, name, region: 'Region Demo' });
    hospitalIds.push(id);
    for (const [k, [specialty, group]] of SPECIALTIES.entries()) {
      if (unitIds.length === CLINICS) break;
      unitIds.push(await insertUnit(db, id, { code: `${code}-${k + 1}`, name: specialty, specialty: specialty.toLowerCase(), specialtyGroup: group }));
    }
  }
  const organisation = await saveOrganisation(db, admin, null, { name: 'Region Demos sjukhus', hospitalIds });
  for (const [year, goals] of demoGoalSets()) await saveGoalSet(db, admin, organisation.id, year, goals);
  await importHistory(db, admin, organisation.id, Buffer.from(demoAnnualHistory(), 'utf8'));

  const annualId = await createAnnual(db, inspector, { organisationId: organisation.id, year: DEMO_ANNUAL_YEAR, closesAt: null });
  const clinics = await db
    .selectFrom('campaign_units as cu')
    .innerJoin('units as u', 'u.id', 'cu.unit_id')
    .innerJoin('hospitals as h', 'h.id', 'u.hospital_id')
    .select(['u.id', 'u.name'])
    .where('cu.campaign_id', '=', annualId)
    .orderBy('h.name')
    .orderBy('u.name')
    .execute();
  await addDirectors(
    db,
    inspector,
    annualId,
    clinics.map((c, i) => ({ unitId: c.id, name: `Studierektor ${c.name}`, email: `studierektor${i + 1}@demo.example` })),
  );
  await openAnnual(db, inspector, annualId, publicUrl);
  const mails = await db.selectFrom('mails').select(['recipient', 'body']).where('campaign_id', '=', annualId).execute();
  for (let i = 0; i < ANSWERING; i++) {
    const mail = mails.find((m) => m.recipient === `studierektor${i + 1}@demo.example`)!;
    await submit(db, mail.body.match(/\/s\/([A-Za-z0-9_-]{43})/)![1]!, demoAnnualAnswers(i), 'sv');
  }
  await closeAnnual(db, inspector, annualId);
  await publishAnnual(db, inspector, annualId);
  return { organisationId: organisation.id, annualId, headUnitId: clinics[0]!.id };
}
