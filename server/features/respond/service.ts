import { todayInSweden } from '../../../contract/dates.js';
import type { RespondentStatus, RespondentView } from '../../../contract/respond.js';
import type { Language } from '../../../surveys/types.js';
import type { Db, RootDb } from '../../db/database.js';
import { Conflict, fieldProblem, Invalid, NotFound } from '../../http/errors.js';
import { hashToken, looksLikeToken } from '../../security/tokens.js';
import { appendPoolDeltas, poolDeltas, type PoolPlace } from '../benchmark/deltas.js';
import { poolKey, type PoolAnswers, type PoolKey } from '../benchmark/repository.js';
import type { CompiledSurvey } from '../surveys/compiler.js';
import { findSurveyVersion } from '../surveys/service.js';
import { kindSpec } from '../../kinds/index.js';
import * as repo from './repository.js';
import { validateSubmission, type NormalisedAnswer } from './validate.js';

/** The same answer for a malformed token, an unknown one and one that never existed. */
export class UnknownLink extends NotFound {
  constructor() {
    super({ code: 'respond.linkInvalid' });
  }
}

const poolKeyOf = (context: repo.InvitationContext, submittedAt: Date): PoolKey => poolKey(context.hospitalCode, context.unitCode, context.role, submittedAt);

async function contextOf(db: Db, token: string, forUpdate = false): Promise<repo.InvitationContext> {
  if (!looksLikeToken(token)) throw new UnknownLink();
  const context = await repo.findByTokenHash(db, hashToken(token), forUpdate);
  if (!context) throw new UnknownLink();
  return context;
}

function isClosed(context: repo.InvitationContext): boolean {
  return context.campaignStatus === 'closed' || (context.closesAt !== null && context.closesAt < todayInSweden(new Date()));
}

/** Editing after submission is a review setting, and only until the review closes. */
const canEditAnswered = (context: repo.InvitationContext) => context.allowEdits && !isClosed(context);

function statusOf(context: repo.InvitationContext): RespondentStatus {
  if (context.answeredAt && !canEditAnswered(context)) return 'answered';
  if (isClosed(context)) return 'closed';
  if (context.campaignStatus === 'draft') return 'not-open';
  return 'open';
}

export async function openLink(db: Db, token: string): Promise<RespondentView> {
  const context = await contextOf(db, token);
  const survey = await findSurveyVersion(db, context.surveyKey, context.surveyHash.slice(0, 12));
  const questions = survey.items.filter((i) => i.roles.includes(context.role)).length;
  const status = statusOf(context);
  let draft: RespondentView['draft'] = null;
  if (status === 'open' && context.answeredAt) {
    draft = {
      data: (await repo.rawOfResponse(db, context.invitationId)) as Record<string, unknown>,
      currentPage: 0,
      savedAt: context.answeredAt.toISOString(),
    };
  } else if (status === 'open' && context.draft) {
    const saved = context.draft as { data: Record<string, unknown>; currentPage: number };
    draft = { data: saved.data, currentPage: saved.currentPage, savedAt: context.draftSavedAt!.toISOString() };
  }
  return {
    status,
    role: context.role,
    hospitalName: context.hospitalName,
    unitName: context.unitName,
    closesAt: context.closesAt,
    anonymityThreshold: context.anonymityThreshold,
    named: !kindSpec(context.kind).anonymous,
    mappingSource: context.mappingSource && {
      region: { sv: context.mappingSource.regionSv, en: context.mappingSource.regionEn },
      type: context.mappingSource.type,
      branchName: context.mappingSource.branchName,
    },
    // About 12 statements a minute, from how long such surveys take people.
    estimatedMinutes: Math.max(5, Math.round(questions / 5)),
    allowEdits: context.allowEdits,
    survey: { key: survey.key, versionId: survey.id, title: survey.title },
    draft,
    submittedAt: context.answeredAt?.toISOString() ?? null,
  };
}

function refuseUnlessOpen(context: repo.InvitationContext): void {
  const status = statusOf(context);
  if (status === 'answered') throw new Conflict({ code: 'respond.alreadyAnswered' });
  if (status === 'closed') throw new Conflict({ code: 'respond.closed' });
  if (status === 'not-open') throw new Conflict({ code: 'respond.notOpen' });
}

export async function saveDraft(db: RootDb, token: string, data: Record<string, unknown>, currentPage: number): Promise<Date> {
  return db.transaction().execute(async (trx) => {
    const context = await contextOf(trx, token, true);
    refuseUnlessOpen(context);
    if (context.answeredAt) throw new Conflict({ code: 'respond.alreadySubmitted' });
    const survey = await findSurveyVersion(trx, context.surveyKey, context.surveyHash.slice(0, 12));
    const known = new Set(survey.items.filter((i) => i.roles.includes(context.role)).map((i) => i.id));
    const unknown = Object.keys(data).filter((key) => !known.has(key));
    if (unknown.length > 0) {
      throw new Invalid(
        { code: 'respond.unknownQuestions' },
        unknown.map((field) => fieldProblem(field, 'answer.unknownQuestion')),
      );
    }
    return repo.saveDraft(trx, context.invitationId, { data, currentPage });
  });
}

/**
 * What the pool counts of a response: statements on the scale, and numeric items (self-study
 * hours) by value; nothing of a campaign kind outside the pool.
 */
function poolAnswersOf(
  context: repo.InvitationContext,
  survey: CompiledSurvey,
  list: { itemId: string; valueNum?: number | string | null; value?: number }[],
): PoolAnswers {
  if (!kindSpec(context.kind).feedsPool) return { statements: [], numbers: [] };
  const kinds = new Map(survey.items.map((i) => [i.id, i.kind]));
  const of = (kind: string) =>
    list
      .filter((a) => kinds.get(a.itemId) === kind && (a.value ?? a.valueNum) != null)
      .map((a) => ({ itemId: a.itemId, value: Number(a.value ?? a.valueNum) }));
  return { statements: of('statement'), numbers: of('numeric') };
}

const placeOf = (context: repo.InvitationContext): PoolPlace => {
  const { hospitalCode, unitKey, role } = poolKey(context.hospitalCode, context.unitCode, context.role, new Date(0));
  return { hospitalCode, unitKey, role };
};

/**
 * Stores a submission and answers only once it is stored. A first answer to an open survey, the
 * usual case, is checked against an unlocked reading of the link and written by one statement:
 * the response, its answers, its pool changes and the invitation marked answered, atomically and
 * without a transaction's round trips (on the embedded database a transaction holds everyone
 * else's queries for as long as it lasts). A second submission of the same link fails on the
 * one-response-per-invitation index and gets the first one's success, and stores nothing more;
 * with edits allowed it replaces the answers instead (replaceAnswers).
 */
export async function submit(db: RootDb, token: string, data: Record<string, unknown>, language: Language): Promise<Date> {
  const context = await contextOf(db, token);
  if (context.answeredAt && !canEditAnswered(context)) return context.answeredAt;
  refuseUnlessOpen(context);
  const survey = await findSurveyVersion(db, context.surveyKey, context.surveyHash.slice(0, 12));
  const { problems, answers } = validateSubmission(survey.forms[context.role]!, survey.items, context.role, data, language, `${survey.hash}|${context.role}`);
  if (problems.length > 0) {
    throw new Invalid({ code: 'respond.needsAttention', params: { count: problems.length } }, problems);
  }
  if (!context.answeredAt) {
    try {
      const deltas = poolDeltas(poolAnswersOf(context, survey, answers), 1);
      return (await repo.storeResponse(db, context, data, answers, deltas, placeOf(context))).submittedAt;
    } catch (error) {
      // Another request stored this link's response first (a double click, a retry).
      if ((error as { code?: string }).code !== '23505') throw error;
    }
  }
  return replaceAnswers(db, token, survey, data, answers);
}

/**
 * A submission to a link already answered: with edits allowed its answers replace the stored
 * ones, under the invitation's lock so that two edits at once apply one after the other;
 * otherwise the first submission stands and this one gets its success.
 */
async function replaceAnswers(db: RootDb, token: string, survey: CompiledSurvey, data: Record<string, unknown>, answers: NormalisedAnswer[]): Promise<Date> {
  return db.transaction().execute(async (trx) => {
    const context = await contextOf(trx, token, true);
    const existing = await repo.responseOf(trx, context.invitationId);
    if (!existing) throw new Error(`invitation ${context.invitationId} is answered but has no response`);
    if (!canEditAnswered(context)) return existing.submittedAt;
    const key = poolKeyOf(context, existing.submittedAt);
    const before = poolDeltas(poolAnswersOf(context, survey, await repo.answersOf(trx, existing.id)), -1);
    await repo.replaceResponse(trx, existing.id, context.role, data, answers);
    await appendPoolDeltas(trx, key, [...before, ...poolDeltas(poolAnswersOf(context, survey, answers), 1)]);
    return existing.submittedAt;
  });
}
