/**
 * The demo's national mapping of leadership training (docs/domain.md §5): two rounds, 2020 and
 * 2024, each asking the association's 27 local branches and the 21 regions' overarching study
 * directors (all answered). The decisions reproduce the real mapping: leadership-ST in 2 of 21
 * regions now (3 before), 17 with programmes for all professions, 3 with nothing, 5 investing in
 * early-career doctors; in 2024 a branch says nothing exists where the study director reports a
 * tailored programme, decided with a note. Answers are written in a few statements, not 96 submits.
 */
import { sql } from 'kysely';
import type { MappingCategory, SourceType } from '../../contract/mapping.js';
import type { RootDb } from '../db/database.js';
import type { Actor } from '../permissions.js';
import { MAPPING_ITEMS } from '../../surveys/leadership-mapping.js';
import { closeRound, createRound, openRound, publishRound } from '../features/mapping/service.js';
import * as repo from '../features/mapping/repository.js';
import { validateSubmission } from '../features/respond/validate.js';
import { currentSurvey } from '../features/surveys/service.js';

/** Branches beyond one a region: the large regions have several. */
const EXTRA_BRANCHES: Record<string, string[]> = {
  AB: ['Stockholm norr', 'Stockholm söder', 'Stockholm mitt'],
  O: ['Göteborg', 'Skaraborg', 'Södra Älvsborg'],
  M: ['Lund', 'Malmö'],
  E: ['Linköping', 'Norrköping'],
};

/** ST doctors per region (about; the demo's own figures). */
const ST_DOCTORS: Record<string, number> = {
  AB: 2600,
  C: 520,
  D: 260,
  E: 560,
  F: 400,
  G: 200,
  H: 240,
  I: 50,
  K: 160,
  M: 1500,
  N: 330,
  O: 1900,
  S: 290,
  T: 440,
  U: 290,
  W: 300,
  X: 300,
  Y: 260,
  Z: 130,
  AC: 420,
  BD: 250,
};

type Round = { categories: Record<string, MappingCategory[]>; places: Record<string, number | null> };
const ap: MappingCategory[] = ['all_professions'];
const ALL_PROFESSIONS_ONLY = ['D', 'G', 'H', 'K', 'N', 'S', 'T', 'U', 'W', 'X'];

export const DEMO_MAPPING_ROUNDS: Record<2020 | 2024, Round> = {
  2020: {
    categories: {
      ...Object.fromEntries([...ALL_PROFESSIONS_ONLY, 'F', 'AC'].map((c) => [c, ap])),
      AB: ['leadership_st', 'all_professions'],
      E: ['leadership_st'],
      M: ['leadership_st', 'all_professions'],
      C: ['early_career', 'all_professions'],
      O: ['early_career', 'all_professions'],
      I: ['nothing'],
      Z: ['nothing'],
      BD: ['nothing'],
      Y: ['nothing'],
    },
    places: { AB: 16, E: 8, M: 12, C: 20, O: 40 },
  },
  2024: {
    categories: {
      ...Object.fromEntries([...ALL_PROFESSIONS_ONLY, 'Y'].map((c) => [c, ap])),
      AB: ['leadership_st', 'all_professions'],
      E: ['leadership_st'],
      ...Object.fromEntries(['C', 'M', 'O', 'F', 'AC'].map((c) => [c, ['early_career', 'all_professions'] as MappingCategory[]])),
      I: ['nothing'],
      Z: ['nothing'],
      BD: ['nothing'],
    },
    // F's director does not know its places: the goal check says "unknown" there
    places: { AB: 20, E: 10, C: 30, M: 40, O: 60, F: null, AC: 45 },
  },
};

/** The region of the conflict in 2024: its branch knew of nothing, its study director of a tailored programme. */
export const DEMO_CONFLICT_REGION = 'AC';
const CONFLICT_NOTE =
  'Lokalavdelningen kände inte till programmet. Studierektorn beskriver ett skräddarsytt ledarskapsprogram för ST-läkare, startat 2023; bekräftat av regionens ST-kansli.';

/** A source's answers that say exactly the categories (categoriesOfSource reads them back). */
function answersFor(categories: readonly MappingCategory[], figures: { places: number | null; stDoctors: number | null }, comment?: string) {
  const has = (c: MappingCategory) => categories.includes(c);
  const leadership = has('leadership_st') || has('early_career');
  const raw: Record<string, unknown> = {
    [MAPPING_ITEMS.leadershipSt]: has('leadership_st') ? 'yes' : 'no',
    [MAPPING_ITEMS.equivalent]: has('leadership_st') ? 'notApplicable' : has('early_career') ? 'yes' : 'no',
    [MAPPING_ITEMS.professions]: has('all_professions') ? (leadership ? 'both' : 'allProfessions') : leadership ? 'doctorsOnly' : 'noProgramme',
    [MAPPING_ITEMS.aimedAtJunior]: leadership ? 'yes' : has('all_professions') ? 'no' : 'noProgramme',
  };
  if (figures.places !== null) raw[MAPPING_ITEMS.places] = figures.places;
  if (figures.stDoctors !== null) raw[MAPPING_ITEMS.stDoctors] = figures.stDoctors;
  if (comment) raw[`${MAPPING_ITEMS.equivalent}-comment`] = comment;
  return raw;
}

const COMMENTS: Record<string, string> = {
  AB: 'Ledarskaps-ST finns men platserna räcker långt ifrån till alla som söker.',
  E: 'Programmet är uppskattat, men förlängningen av ST gör att få vågar söka.',
  I: 'Regionen är liten; vi hänvisar till regionövergripande kurser som inte riktar sig till läkare.',
  O: 'Programmet för yngre läkare har ersatt den tidigare ledarskaps-ST:n i delar av regionen.',
  BD: 'Inget program i dag. En ledarskaps-ST diskuteras men saknar finansiering.',
};

export interface DemoMapping {
  roundIds: { 2020: string; 2024: string };
}

/** The 27 branches, and both rounds published: 2020 first, so 2024 compares with it. */
export async function loadDemoMapping(db: RootDb, admin: Actor, publicUrl: string): Promise<DemoMapping> {
  const regions = await repo.regions(db);
  await db
    .insertInto('mapping_branches')
    .values(
      regions.flatMap((r) =>
        (EXTRA_BRANCHES[r.code] ?? [r.sv.replace(/^Region /, '')]).map((place) => ({ name: `Lokalavdelning ${place}`, region_code: r.code })),
      ),
    )
    .execute();
  const branches = await repo.branches(db);
  const roundIds = { 2020: '', 2024: '' };
  for (const year of [2020, 2024] as const) roundIds[year] = await loadRound(db, admin, year, regions, branches, publicUrl);
  return { roundIds };
}

async function loadRound(
  db: RootDb,
  admin: Actor,
  year: 2020 | 2024,
  regions: { code: string; sv: string }[],
  branches: { id: string; name: string; regionCode: string }[],
  publicUrl: string,
): Promise<string> {
  const round = DEMO_MAPPING_ROUNDS[year];
  const id = await createRound(db, admin, { year });
  const sources = [
    ...branches.map((b, i) => ({
      regionCode: b.regionCode,
      type: 'branch' as SourceType,
      branchId: b.id,
      name: `Ordförande ${b.name}`,
      email: `lokalavdelning${i + 1}@demo.example`,
    })),
    ...regions.map((r) => ({
      regionCode: r.code,
      type: 'director' as SourceType,
      branchId: null,
      name: `Övergripande studierektor, ${r.sv}`,
      email: `osr-${r.code.toLowerCase()}@demo.example`,
    })),
  ];
  await repo.insertSources(
    db,
    id,
    sources.map((s) => ({ ...s, role: s.type === 'branch' ? 'st' : 'director' })),
    admin.id,
  );
  await openRound(db, admin, id, publicUrl);
  await answerAll(db, id, year);
  await closeRound(db, admin, id);
  await db.transaction().execute(async (trx) => {
    for (const { code } of regions) {
      const conflict = year === 2024 && code === DEMO_CONFLICT_REGION;
      await repo.upsertDecision(
        trx,
        id,
        code,
        { categories: round.categories[code]!, note: conflict ? CONFLICT_NOTE : '', placesPerYear: round.places[code] ?? null, stDoctors: ST_DOCTORS[code]! },
        admin.id,
      );
    }
  });
  await publishRound(db, admin, id);
  return id;
}

/** Every source's answers, checked by the survey's own validation, written in three statements. */
async function answerAll(db: RootDb, id: string, year: 2020 | 2024): Promise<void> {
  const round = DEMO_MAPPING_ROUNDS[year];
  const survey = currentSurvey('leadership-mapping');
  const invited = await db
    .selectFrom('mapping_sources as s')
    .innerJoin('respondents as r', 'r.id', 's.respondent_id')
    .innerJoin('invitations as i', 'i.respondent_id', 'r.id')
    .select(['i.id as invitationId', 'i.survey_version_id as surveyVersionId', 'r.role', 's.region_code as regionCode', 's.source_type as type'])
    .where('s.campaign_id', '=', id)
    .orderBy('r.id')
    .execute();
  const rows = invited.map((source) => {
    const categories = round.categories[source.regionCode]!;
    const director = source.type === 'director';
    const conflict = year === 2024 && source.regionCode === DEMO_CONFLICT_REGION && !director;
    // the branches seldom know the places; the directors give both figures
    const figures = { places: director ? (round.places[source.regionCode] ?? null) : null, stDoctors: director ? ST_DOCTORS[source.regionCode]! : null };
    const raw = conflict
      ? answersFor(['nothing'], figures, 'Vi känner inte till något ledarskapsprogram för ST-läkare i regionen.')
      : answersFor(categories, figures, director && year === 2024 ? COMMENTS[source.regionCode] : undefined);
    const { problems, answers } = validateSubmission(survey.forms[source.role]!, survey.items, source.role, raw, 'sv');
    if (problems.length > 0) throw new Error(`demo mapping answers invalid: ${JSON.stringify(problems)}`);
    return { ...source, raw, answers };
  });
  await db.transaction().execute(async (trx) => {
    const stored = await trx
      .insertInto('responses')
      .values(
        rows.map((r) => ({ campaign_id: id, role: r.role, survey_version_id: r.surveyVersionId, invitation_id: r.invitationId, raw: JSON.stringify(r.raw) })),
      )
      .returning(['id', 'invitation_id as invitationId'])
      .execute();
    const responseOf = new Map(stored.map((s) => [s.invitationId, s.id]));
    await trx
      .insertInto('answers')
      .values(
        rows.flatMap((r) =>
          r.answers.map((a) => ({
            response_id: responseOf.get(r.invitationId)!,
            item_id: a.itemId,
            role: r.role,
            value_num: a.valueNum,
            choice: a.choice,
            text_value: a.textValue,
          })),
        ),
      )
      .execute();
    await trx
      .updateTable('invitations')
      .set({ answered_at: sql`now()` })
      .where(
        'id',
        'in',
        rows.map((r) => r.invitationId),
      )
      .execute();
  });
}
