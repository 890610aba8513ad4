import type { AnnualCampaign, AnnualGoal, AnnualReport, CreateAnnualBody, GoalSet } from '../../../contract/director-annual.js';
import { directorAnnual } from '../../../surveys/director-annual.js';
import { annualMeasures } from '../../../surveys/director-annual-measures.js';
import type { Db, RootDb } from '../../db/database.js';
import { Conflict, Invalid, NotFound } from '../../http/errors.js';
import { ImportRejected } from '../../files/import-problem.js';
import { kindSpec } from '../../kinds/index.js';
import { annualLinesFor, type Actor, type AnnualAccess } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import { sendInvitations, type SentCounts } from '../invitations/service.js';
import { findOrganisation, organisationUnits } from '../organisations/repository.js';
import { insertRespondents } from '../respondents/repository.js';
import { readImportTable } from '../respondents/table-file.js';
import { storeVersion } from '../surveys/repository.js';
import { currentSurvey } from '../surveys/service.js';
import { annualFigures, clinicValues, setFor, trendOf, type AnnualFigures, type TrendSource } from './figures.js';
import { goalProblems, historyRows } from './goals.js';
import * as repo from './repository.js';

const SURVEY = kindSpec('director_annual').surveys[0]!;

const campaignOf = (row: repo.AnnualRow): AnnualCampaign => ({
  id: row.id,
  title: row.title,
  year: row.year,
  status: row.status,
  organisation: { id: row.organisationId, name: row.organisationName },
  clinics: row.clinics,
  closesAt: row.closesAt,
  publishedAt: row.publishedAt?.toISOString() ?? null,
});

async function existingAnnual(db: Db, id: string, forUpdate = false): Promise<repo.AnnualRow> {
  const row = await repo.findAnnual(db, id, forUpdate);
  if (!row) throw new NotFound({ code: 'annual.notFound' });
  return row;
}

export async function annualAccess(db: Db, id: string): Promise<AnnualAccess & { row: repo.AnnualRow }> {
  const row = await existingAnnual(db, id);
  const [inspectorIds, hospitalIds, clinics] = await Promise.all([
    repo.inspectorIds(db, id),
    repo.organisationHospitalIds(db, row.organisationId),
    repo.clinicsOf(db, id),
  ]);
  return {
    row,
    hospitalId: null,
    inspectorIds,
    reportPublished: row.publishedAt !== null,
    hospitalIds,
    unitIds: clinics.map((c) => c.unitId),
    gridPublished: row.gridPublished,
  };
}

export async function listAnnualsFor(db: Db, actor: Actor): Promise<AnnualCampaign[]> {
  const filter =
    actor.role === 'admin' ? {} : actor.role === 'inspector' ? { inspectorId: actor.id } : { hospitalId: actor.hospitalId ?? '0', publishedOnly: true };
  return (await repo.listAnnuals(db, filter)).map(campaignOf);
}

export async function loadAnnual(db: Db, id: string): Promise<AnnualCampaign> {
  return campaignOf(await existingAnnual(db, id));
}

// ---------------------------------------------------------------- goals

export async function goalSet(db: Db, organisationId: string, year: number): Promise<GoalSet> {
  if (!(await findOrganisation(db, organisationId))) throw new NotFound({ code: 'organisation.notFound' });
  const sets = await repo.goalSets(db, organisationId);
  const applying = setFor(sets, year);
  return {
    organisationId,
    year,
    fromYear: applying?.fromYear ?? null,
    goals: applying?.goals ?? [],
    versions: sets.map((s) => s.fromYear),
    lockedThrough: await repo.lastClosedYear(db, organisationId),
    measures: annualMeasures.map((m) => ({ key: m.key, label: m.label, unit: m.unit, yesNo: m.rule.kind === 'yes' })),
  };
}

/**
 * Saves the organisation's goals from a year on. A year an annual report has been closed for keeps
 * the goals it was judged by: a changed threshold is saved from the next year.
 */
export async function saveGoalSet(db: RootDb, actor: Actor, organisationId: string, year: number, goals: AnnualGoal[]): Promise<GoalSet> {
  const problems = goalProblems(goals);
  if (problems.length > 0) throw new Invalid({ code: 'goals.rejected', params: { count: problems.length } }, problems);
  await db.transaction().execute(async (trx) => {
    if (!(await findOrganisation(trx, organisationId))) throw new NotFound({ code: 'organisation.notFound' });
    const locked = await repo.lastClosedYear(trx, organisationId);
    if (locked !== null && year <= locked) throw new Conflict({ code: 'goals.yearLocked', params: { year: locked, next: locked + 1 } });
    await repo.replaceGoalSet(trx, organisationId, year, goals, actor.id);
    await recordAudit(trx, { actorId: actor.id, action: 'goals_changed', details: { organisationId, year, goals: goals.length } });
  });
  return goalSet(db, organisationId, year);
}

/** Earlier years' published shares from CSV or XLSX: all rows or, with any problem, none. */
export async function importHistory(db: RootDb, actor: Actor, organisationId: string, file: Buffer): Promise<number> {
  const table = await readImportTable(file, 'history.rejected');
  return db.transaction().execute(async (trx) => {
    if (!(await findOrganisation(trx, organisationId))) throw new NotFound({ code: 'organisation.notFound' });
    const keys = new Set((await repo.goalSets(trx, organisationId)).flatMap((s) => s.goals.map((g) => g.key)));
    const { rows, problems } = historyRows(table.header, table.rows, keys);
    if (problems.length > 0) throw new ImportRejected(problems, 'history.rejected');
    await repo.upsertHistory(trx, organisationId, rows, actor.id);
    await recordAudit(trx, { actorId: actor.id, action: 'history_imported', details: { organisationId, rows: rows.length } });
    return rows.length;
  });
}

// ---------------------------------------------------------------- the campaign

/** An annual report asks every clinic of the organisation's hospitals; the goals for its year must exist. */
export async function createAnnual(db: RootDb, actor: Actor, body: CreateAnnualBody): Promise<string> {
  const survey = currentSurvey(SURVEY.bank);
  return db.transaction().execute(async (trx) => {
    const organisation = await findOrganisation(trx, body.organisationId);
    if (!organisation) throw new NotFound({ code: 'organisation.notFound' });
    if (await repo.annualOfYear(trx, organisation.id, body.year)) throw new Conflict({ code: 'annual.yearTaken', params: { year: body.year } });
    if (!setFor(await repo.goalSets(trx, organisation.id), body.year)) throw new Invalid({ code: 'annual.noGoals', params: { year: body.year } });
    const units = await organisationUnits(trx, organisation.id);
    if (units.length === 0) throw new Invalid({ code: 'annual.noClinics' });
    const title = body.title ?? `Studierektorernas årsrapport ${body.year}, ${organisation.name}`;
    const id = await repo.insertAnnual(trx, { organisationId: organisation.id, year: body.year, title, closesAt: body.closesAt ?? null });
    await repo.pinCampaign(trx, id, {
      unitIds: units.map((u) => u.id),
      surveyVersionId: (await storeVersion(trx, survey)).id,
      roles: [...SURVEY.roles],
      inspectorId: actor.role === 'inspector' ? actor.id : null,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'annual_created',
      campaignId: id,
      details: { organisationId: organisation.id, year: body.year, clinics: units.length },
    });
    return id;
  });
}

export async function clinicsWithDirectors(db: Db, id: string) {
  await existingAnnual(db, id);
  return (await repo.clinicsOf(db, id)).map((c) => ({
    unitId: c.unitId,
    unitName: c.unitName,
    hospitalName: c.hospitalName,
    director: c.respondentId ? { name: c.name!, email: c.email! } : null,
    invited: c.invitedAt !== null,
    answered: c.answeredAt !== null,
  }));
}

/** Names each clinic's study director (one per clinic), before or while the report is open. */
export async function addDirectors(db: RootDb, actor: Actor, id: string, directors: { unitId: string; name: string; email: string }[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await existingAnnual(trx, id, true);
    if (row.status === 'closed') throw new Conflict({ code: 'annual.status', params: { status: 'closed', action: 'add directors' } });
    const clinics = await repo.clinicsOf(trx, id);
    for (const d of directors) {
      const clinic = clinics.find((c) => c.unitId === d.unitId);
      if (!clinic) throw new Invalid({ code: 'annual.respondent.unit' });
      if (clinic.respondentId || directors.filter((x) => x.unitId === d.unitId).length > 1) throw new Conflict({ code: 'annual.respondent.taken' });
    }
    await insertRespondents(
      trx,
      id,
      directors.map((d) => ({ ...d, role: 'director' as const })),
      { by: actor.id, late: false },
    );
    await recordAudit(trx, { actorId: actor.id, action: 'respondents_added', campaignId: id, details: { count: directors.length } });
  });
}

/** Opens the report and sends every named director their personal link. */
export async function openAnnual(db: RootDb, actor: Actor, id: string, publicUrl: string): Promise<SentCounts> {
  await db.transaction().execute(async (trx) => {
    const row = await existingAnnual(trx, id, true);
    if (row.status !== 'draft') throw new Conflict({ code: 'annual.status', params: { status: row.status, action: 'open' } });
    await repo.setStatus(trx, id, 'open');
  });
  return sendInvitations(db, actor, id, publicUrl);
}

/**
 * Closes the report: each clinic's raw values are stored, and the figures are computed once, by the
 * goals of the report's year, into the snapshot every reader and export reads.
 */
export async function closeAnnual(db: RootDb, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await existingAnnual(trx, id, true);
    if (row.status !== 'open') throw new Conflict({ code: 'annual.status', params: { status: row.status, action: 'close' } });
    const [clinics, answers, sets] = await Promise.all([repo.clinicsOf(trx, id), repo.answersOf(trx, id), repo.goalSets(trx, row.organisationId)]);
    const byUnit = new Map(answers.map((a) => [a.unitId, a.raw as Record<string, unknown>]));
    const figures = annualFigures({
      clinics: clinics.map((c) => ({ unitId: c.unitId, unitName: c.unitName, hospitalName: c.hospitalName, answers: byUnit.get(c.unitId) ?? null })),
      goals: setFor(sets, row.year)?.goals ?? [],
      previousGoals: setFor(sets, row.year - 1)?.goals ?? null,
      threshold: row.anonymityThreshold,
      items: directorAnnual.pages.flatMap((p) => p.items),
    });
    await repo.storeValues(
      trx,
      id,
      [...byUnit.entries()].flatMap(([unitId, raw]) => Object.entries(clinicValues(raw)).map(([measure, value]) => ({ unitId: unitId!, measure, value }))),
    );
    await repo.storeSnapshot(trx, id, figures);
    await repo.setStatus(trx, id, 'closed');
    await recordAudit(trx, { actorId: actor.id, action: 'review_closed', campaignId: id, details: { kind: 'director_annual' } });
  });
}

export async function publishAnnual(db: RootDb, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await existingAnnual(trx, id, true);
    if (row.status !== 'closed') throw new Conflict({ code: 'annual.notClosed' });
    if (row.publishedAt) return;
    await repo.markPublished(trx, id);
    await recordAudit(trx, { actorId: actor.id, action: 'annual_published', campaignId: id });
  });
}

/** The report as the caller may read it: the organisation's figures and trends, and the clinics' lines they may see. */
export async function annualReport(db: Db, actor: Actor, access: AnnualAccess & { row: repo.AnnualRow }): Promise<AnnualReport> {
  const { row } = access;
  const snapshot = await repo.snapshotOf(db, row.id);
  if (!snapshot) throw new Conflict({ code: 'annual.notClosed' });
  const figures = snapshot.figures as AnnualFigures;
  const [earlier, imported, reviews] = await Promise.all([
    repo.earlierSnapshots(db, row.organisationId, row.year),
    repo.history(db, row.organisationId),
    repo.reviewsOfOrganisation(db, row.organisationId),
  ]);
  const trends = figures.goals.map((goal) => {
    const sources: TrendSource[] = [
      ...imported
        .filter((h) => h.goal === goal.key && h.year <= row.year)
        .map((h) => ({
          year: h.year,
          percent: Number(h.share),
          n: h.n,
          threshold: h.threshold === null ? null : Number(h.threshold),
          source: 'imported' as const,
        })),
      ...earlier.flatMap((s) => {
        const figure = (s.figures as AnnualFigures).goals.find((g) => g.key === goal.key);
        return figure ? [{ year: s.year, percent: figure.share.percent, n: figure.share.n, threshold: figure.threshold, source: 'platform' as const }] : [];
      }),
    ];
    return trendOf(goal.key, sources);
  });
  const lines = annualLinesFor(actor, access);
  return {
    campaign: campaignOf(row),
    computedAt: snapshot.computedAt.toISOString(),
    clinicsAsked: figures.clinicsAsked,
    clinicsAnswered: figures.clinicsAnswered,
    goals: figures.goals,
    totals: figures.totals,
    distributions: figures.distributions,
    trends,
    reviews,
    grid: lines === 'none' ? null : lines === 'all' ? figures.grid : figures.grid.filter((line) => line.unitId === lines.unitId),
  };
}
