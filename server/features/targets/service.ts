import type { Target, TargetSet } from '../../../contract/targets.js';
import type { Db, RootDb } from '../../db/database.js';
import { Invalid, NotFound } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import { hospitalExists } from '../hospitals/repository.js';
import { MAIN_SURVEY } from '../reviews/service.js';
import { currentSurvey } from '../surveys/service.js';
import { NATIONAL_TARGETS } from './national.js';
import * as repo from './repository.js';
import { measurableItems, targetProblems } from './validate.js';

/** The targets that apply to a hospital in a year, and where they come from. */
export type AppliedTargets = Omit<TargetSet, 'hospitalId' | 'measurable'>;

/**
 * The hospital's set for the year, else its set of the latest year before (targets hold until
 * changed), else the national defaults.
 */
export async function appliedTargets(db: Db, hospitalId: string, year: number): Promise<AppliedTargets> {
  const own = await repo.latestSetUpTo(db, hospitalId, year);
  if (!own) return { year, source: 'national', fromYear: null, targets: [...NATIONAL_TARGETS], updatedAt: null, updatedBy: null };
  return { year, source: 'hospital', fromYear: own.year, targets: own.targets, updatedAt: own.updatedAt.toISOString(), updatedBy: own.updatedBy };
}

export async function targetSet(db: Db, hospitalId: string, year: number): Promise<TargetSet> {
  if (!(await hospitalExists(db, hospitalId))) throw new NotFound({ code: 'hospital.notFound' });
  return { hospitalId, ...(await appliedTargets(db, hospitalId, year)), measurable: measurableItems(currentSurvey(MAIN_SURVEY).items) };
}

/**
 * Sets the hospital's targets for one year. Other years keep theirs, and a closed review's report
 * keeps the targets its snapshot copied, so an edit never rewrites what a year was held against.
 */
export async function saveTargetSet(db: RootDb, actor: Actor, hospitalId: string, year: number, targets: Target[]): Promise<TargetSet> {
  const problems = targetProblems(targets, measurableItems(currentSurvey(MAIN_SURVEY).items));
  if (problems.length > 0) throw new Invalid({ code: 'targets.rejected', params: { count: problems.length } }, problems);
  await db.transaction().execute(async (trx) => {
    if (!(await hospitalExists(trx, hospitalId))) throw new NotFound({ code: 'hospital.notFound' });
    const before = await repo.latestSetUpTo(trx, hospitalId, year);
    await repo.replaceSet(trx, hospitalId, year, targets, actor.id);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'targets_changed',
      details: { hospitalId, year, before: before?.year === year ? before.targets : null, after: targets },
    });
  });
  return targetSet(db, hospitalId, year);
}
