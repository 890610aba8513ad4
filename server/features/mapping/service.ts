import type { CreateMappingBody, DecisionBody, MappingReport, MappingRound, NewSource, Reconciliation } from '../../../contract/mapping.js';
import type { Db, RootDb } from '../../db/database.js';
import { Conflict, fieldProblem, Invalid, NotFound } from '../../http/errors.js';
import { kindSpec } from '../../kinds/index.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import { sendInvitations } from '../invitations/service.js';
import { storeVersion } from '../surveys/repository.js';
import { currentSurvey } from '../surveys/service.js';
import { mappingFigures, type MappingFigures } from './figures.js';
import * as repo from './repository.js';
import { agreedCategories, categoriesOfSource, categoryProblem, compareRounds, sourcesConflict, type RawAnswers } from './rules.js';

const SURVEY = kindSpec('mapping').surveys[0]!;
/** A branch answers as a junior doctor, a region's overarching study director as a director (server/kinds). */
const ROLE_OF = { branch: 'st', director: 'director' } as const;

const roundOf = (row: repo.RoundRow): MappingRound => ({
  id: row.id,
  title: row.title,
  year: row.year,
  status: row.status,
  closesAt: row.closesAt,
  publishedAt: row.publishedAt?.toISOString() ?? null,
  sources: row.sources,
  answered: row.answered,
});

async function existingRound(db: Db, id: string, forUpdate = false): Promise<repo.RoundRow> {
  const row = await repo.findRound(db, id, forUpdate);
  if (!row) throw new NotFound({ code: 'mapping.notFound' });
  return row;
}

export const loadRound = async (db: Db, id: string) => roundOf(await existingRound(db, id));
export const isPublished = async (db: Db, id: string) => (await existingRound(db, id)).publishedAt !== null;

export async function listRounds(db: Db, actor: Actor): Promise<MappingRound[]> {
  return (await repo.listRounds(db, actor.role !== 'admin')).map(roundOf);
}

export async function regionList(db: Db) {
  return (await repo.regions(db)).map((r) => ({ code: r.code, name: { sv: r.sv, en: r.en } }));
}

export async function createBranch(db: RootDb, actor: Actor, name: string, regionCode: string) {
  return db.transaction().execute(async (trx) => {
    if (!(await repo.regions(trx)).some((r) => r.code === regionCode)) throw new Invalid({ code: 'mapping.region.unknown', params: { region: regionCode } });
    if (await repo.branchByName(trx, name)) throw new Conflict({ code: 'mapping.branch.nameTaken', params: { name } });
    const id = await repo.insertBranch(trx, name, regionCode);
    await recordAudit(trx, { actorId: actor.id, action: 'mapping_branch_created', details: { id, regionCode } });
    return { id, name, regionCode };
  });
}

export async function createRound(db: RootDb, actor: Actor, body: CreateMappingBody): Promise<string> {
  const survey = currentSurvey(SURVEY.bank);
  return db.transaction().execute(async (trx) => {
    if (await repo.roundOfYear(trx, body.year)) throw new Conflict({ code: 'mapping.yearTaken', params: { year: body.year } });
    const id = await repo.insertRound(trx, {
      year: body.year,
      title: body.title ?? `Kartläggning av ledarskaps-ST ${body.year}`,
      closesAt: body.closesAt ?? null,
      surveyVersionId: (await storeVersion(trx, survey)).id,
      roles: [...SURVEY.roles],
    });
    await recordAudit(trx, { actorId: actor.id, action: 'mapping_created', campaignId: id, details: { year: body.year } });
    return id;
  });
}

export async function sourceList(db: Db, id: string) {
  await existingRound(db, id);
  return (await repo.sourcesOf(db, id)).map((s) => ({
    respondentId: s.respondentId,
    regionCode: s.regionCode,
    type: s.type,
    branch: s.branchId ? { id: s.branchId, name: s.branchName! } : null,
    name: s.name,
    email: s.email,
    invited: s.invitedAt !== null,
    answered: s.answeredAt !== null,
  }));
}

/** Adds sources to a round before it closes: each branch once, one study director a region, a branch in its own region. */
export async function addSources(db: RootDb, actor: Actor, id: string, sources: NewSource[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const round = await existingRound(trx, id, true);
    if (round.status === 'closed') throw new Conflict({ code: 'mapping.status', params: { status: 'closed', action: 'add sources' } });
    const [regions, branches, existing] = await Promise.all([repo.regions(trx), repo.branches(trx), repo.sourcesOf(trx, id)]);
    const problems = sources.flatMap((s, i) => {
      const field = (name: string) => `sources/${i}/${name}`;
      if (!regions.some((r) => r.code === s.regionCode)) return [fieldProblem(field('regionCode'), 'mapping.region.unknown', { region: s.regionCode })];
      if ((s.type === 'branch') !== (s.branchId !== undefined)) return [fieldProblem(field('branchId'), 'mapping.source.branchNeeded')];
      if (s.type === 'branch') {
        const branch = branches.find((b) => b.id === s.branchId);
        if (!branch) return [fieldProblem(field('branchId'), 'mapping.branch.unknown')];
        if (branch.regionCode !== s.regionCode) return [fieldProblem(field('branchId'), 'mapping.branch.region')];
      }
      const all = [...existing.map((e) => ({ ...e, branchId: e.branchId })), ...sources.slice(0, i)];
      const email = s.email.toLowerCase();
      if (all.some((e) => e.email.toLowerCase() === email)) return [fieldProblem(field('email'), 'mapping.source.emailTaken', { email: s.email })];
      const taken = s.type === 'branch' ? all.some((e) => e.branchId === s.branchId) : all.some((e) => e.type === 'director' && e.regionCode === s.regionCode);
      return taken ? [fieldProblem(field(s.type === 'branch' ? 'branchId' : 'regionCode'), 'mapping.source.taken')] : [];
    });
    if (problems.length > 0) throw new Invalid({ code: 'mapping.sources.rejected', params: { count: problems.length } }, problems);
    await repo.insertSources(
      trx,
      id,
      sources.map((s) => ({ regionCode: s.regionCode, type: s.type, branchId: s.branchId ?? null, name: s.name, email: s.email, role: ROLE_OF[s.type] })),
      actor.id,
    );
    await recordAudit(trx, { actorId: actor.id, action: 'respondents_added', campaignId: id, details: { count: sources.length } });
  });
}

export async function openRound(db: RootDb, actor: Actor, id: string, publicUrl: string) {
  await db.transaction().execute(async (trx) => {
    const row = await existingRound(trx, id, true);
    if (row.status !== 'draft') throw new Conflict({ code: 'mapping.status', params: { status: row.status, action: 'open' } });
    await repo.setStatus(trx, id, 'open');
  });
  return sendInvitations(db, actor, id, publicUrl);
}

/** Closing ends answering; the coordinator then decides each region and publishes. */
export async function closeRound(db: RootDb, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await existingRound(trx, id, true);
    if (row.status !== 'open') throw new Conflict({ code: 'mapping.status', params: { status: row.status, action: 'close' } });
    await repo.setStatus(trx, id, 'closed');
    await recordAudit(trx, { actorId: actor.id, action: 'review_closed', campaignId: id, details: { kind: 'mapping' } });
  });
}

// ---------------------------------------------------------------- reconciliation

const answersOf = (raw: unknown): RawAnswers | null => (raw && typeof raw === 'object' ? (raw as RawAnswers) : null);
const shown = (raw: RawAnswers | null) =>
  Object.fromEntries(Object.entries(raw ?? {}).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));

export async function reconciliation(db: Db, id: string): Promise<Reconciliation> {
  const round = await existingRound(db, id);
  const [regions, sources, decisions, programmes] = await Promise.all([
    regionList(db),
    repo.sourcesOf(db, id),
    repo.decisionsOf(db, id),
    repo.programmesOf(db),
  ]);
  const regionRows = regions.map((region) => {
    const own = sources.filter((s) => s.regionCode === region.code);
    const raws = own.map((s) => (s.answeredAt ? answersOf(s.raw) : null));
    const decision = decisions.find((d) => d.regionCode === region.code);
    return {
      region,
      sources: own.map((s, i) => ({
        respondentId: s.respondentId,
        type: s.type,
        branchName: s.branchName,
        name: s.name,
        answered: s.answeredAt !== null,
        answers: shown(raws[i]!),
        categories: raws[i] ? categoriesOfSource(raws[i]!) : null,
      })),
      conflict: sourcesConflict(raws),
      suggested: agreedCategories(raws),
      decision: decision ? { ...decision, decidedAt: decision.decidedAt.toISOString() } : null,
      programmes: programmes.filter((p) => p.regionCode === region.code).map(({ regionCode: _, ...p }) => p),
    };
  });
  return {
    round: roundOf(round),
    regions: regionRows,
    openConflicts: regionRows.filter((r) => r.conflict && !r.decision).map((r) => r.region.code),
    undecided: regionRows.filter((r) => !r.decision).length,
  };
}

/** The coordinator's final word on a region, any time before the round is published; a conflict needs a note. */
export async function decide(db: RootDb, actor: Actor, id: string, regionCode: string, body: DecisionBody): Promise<void> {
  const problem = categoryProblem(body.categories);
  if (problem) throw new Invalid({ code: 'mapping.decision.rejected' }, [fieldProblem('categories', `mapping.categories.${problem}`)]);
  await db.transaction().execute(async (trx) => {
    const round = await existingRound(trx, id, true);
    if (round.publishedAt) throw new Conflict({ code: 'mapping.published' });
    if (!(await repo.regions(trx)).some((r) => r.code === regionCode)) throw new NotFound({ code: 'mapping.region.unknown', params: { region: regionCode } });
    const raws = (await repo.sourcesOf(trx, id)).filter((s) => s.regionCode === regionCode).map((s) => (s.answeredAt ? answersOf(s.raw) : null));
    if (sourcesConflict(raws) && body.note.trim() === '') {
      throw new Invalid({ code: 'mapping.decision.rejected' }, [fieldProblem('note', 'mapping.decision.noteNeeded')]);
    }
    await repo.upsertDecision(trx, id, regionCode, { ...body, note: body.note.trim() }, actor.id);
    await recordAudit(trx, { actorId: actor.id, action: 'mapping_decided', campaignId: id, details: { regionCode, categories: body.categories } });
  });
}

// ---------------------------------------------------------------- report

async function figuresNow(db: Db, id: string): Promise<MappingFigures> {
  const [regions, sources, decisions] = await Promise.all([regionList(db), repo.sourcesOf(db, id), repo.decisionsOf(db, id)]);
  return mappingFigures({
    regions,
    sources: sources.map((s) => ({ regionCode: s.regionCode, type: s.type, raw: s.answeredAt ? answersOf(s.raw) : null })),
    decisions,
  });
}

/** Publishing computes the figures once into the snapshot every reader and export reads; every region must be decided. */
export async function publishRound(db: RootDb, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await existingRound(trx, id, true);
    if (row.status !== 'closed') throw new Conflict({ code: 'mapping.status', params: { status: row.status, action: 'publish' } });
    if (row.publishedAt) return;
    const figures = await figuresNow(trx, id);
    const undecided = figures.regions.filter((r) => r.categories.length === 0).length;
    if (undecided > 0) throw new Conflict({ code: 'mapping.undecided', params: { count: undecided } });
    await repo.storeSnapshot(trx, id, figures);
    await repo.markPublished(trx, id);
    await recordAudit(trx, { actorId: actor.id, action: 'mapping_published', campaignId: id });
  });
}

/** The published report from its snapshot, against the previous published round; before publishing the coordinator's preview. */
export async function mappingReport(db: Db, id: string, preview: boolean): Promise<MappingReport> {
  const round = await existingRound(db, id);
  const snapshot = round.publishedAt ? await repo.snapshotOf(db, id) : undefined;
  if (!snapshot && !preview) throw new Conflict({ code: 'mapping.notPublished' });
  const figures = snapshot ? (snapshot.figures as MappingFigures) : await figuresNow(db, id);
  const previous = await repo.previousPublished(db, round.year);
  const before = previous ? (previous.figures as MappingFigures).regions : null;
  const previousOf = new Map((before ?? []).map((r) => [r.code, r.categories]));
  const goal = { met: 0, notMet: 0, unknown: 0 };
  for (const r of figures.regions) goal[r.goal.status] += 1;
  return {
    round: roundOf(round),
    previous: previous ? { id: previous.id, year: previous.year, title: previous.title } : null,
    computedAt: (snapshot?.computedAt ?? new Date()).toISOString(),
    preview: !snapshot,
    regionsTotal: figures.regionsTotal,
    sourcesAsked: figures.sourcesAsked,
    sourcesAnswered: figures.sourcesAnswered,
    categories: compareRounds(figures.regions, before),
    goal,
    regions: figures.regions.map((r) => ({ ...r, previousCategories: previousOf.get(r.code) ?? null })),
    quotes: figures.quotes,
  };
}
