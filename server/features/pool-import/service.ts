import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { todayInSweden } from '../../../contract/dates.js';
import type { PoolHospitalCode } from '../../../contract/pool-import.js';
import type { ImportProblem } from '../../../contract/respondents.js';
import type { RootDb } from '../../db/database.js';
import { Conflict, DomainError, NotFound } from '../../http/errors.js';
import { importProblem } from '../../files/import-problem.js';
import type { Actor } from '../../permissions.js';
import { MAIN_SURVEY } from '../reviews/service.js';
import { currentSurvey } from '../surveys/service.js';
import { CodeTally, readChoices, registerByCode, storedCode, undecidedCodes } from './hospitals.js';
import * as repo from './repository.js';
import { readHeader, readRow, type PoolItem, type PoolRow } from './rows.js';
import { streamTable } from './stream.js';

/** At most this many problems are listed; the count says how many there were in all. */
const LISTED_PROBLEMS = 500;
const CHUNK_ROWS = 2000;
const LISTED_CODES = 1000;

export interface ImportOutcome {
  batchId: string | null;
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
  answersImported: number;
  problemCount: number;
  problems: ImportProblem[];
  hospitals: PoolHospitalCode[];
  unknownCodes: string[];
}

export class PoolImportRejected extends DomainError {
  constructor(outcome: ImportOutcome) {
    super(
      422,
      'Unprocessable Content',
      // A bad header stops the reading before any row: "problems on 0 of 0 rows" would say nothing.
      outcome.rowsRead === 0
        ? { code: 'import.columnsRejected', params: { count: outcome.problemCount } }
        : { code: 'import.rowsRejected', params: { rows: outcome.rowsSkipped, total: outcome.rowsRead, count: outcome.problemCount } },
      undefined,
      { ...outcome },
    );
  }
}

export class UnknownHospitals extends DomainError {
  constructor(outcome: ImportOutcome) {
    const codes = outcome.unknownCodes;
    super(
      422,
      'Unprocessable Content',
      { code: 'import.unknownHospitals', params: { count: codes.length, codes: `${codes.slice(0, 10).join(', ')}${codes.length > 10 ? ', …' : ''}` } },
      undefined,
      { ...outcome },
    );
  }
}

/** The items a pool file may answer: the review survey's statements and numeric items, with their bounds. */
export function poolItems(): Map<string, PoolItem> {
  const items = currentSurvey(MAIN_SURVEY).items.flatMap((i): PoolItem[] =>
    i.kind === 'statement'
      ? [{ id: i.id, kind: 'statement' }]
      : i.kind === 'numeric'
        ? [{ id: i.id, kind: 'numeric', min: i.min!, max: i.max!, step: i.step ?? 1 }]
        : [],
  );
  return new Map(items.map((i) => [i.id, i]));
}

/**
 * Reads a file of historic answers as a stream and, unless `checkOnly`, stores its valid rows
 * in chunks (short transactions) as a batch; the pool's counts take the whole batch in one
 * transaction at the end. A file with problems stores nothing unless `skipInvalid` is chosen.
 */
export async function importPoolFile(
  db: RootDb,
  actor: Actor,
  input: Readable,
  options: { filename: string; checkOnly: boolean; skipInvalid: boolean; today?: string; map?: string[]; keep?: string[]; keepUnknown?: boolean },
): Promise<ImportOutcome> {
  const known = poolItems();
  const register = registerByCode(await repo.registeredHospitals(db));
  let choices: ReturnType<typeof readChoices>;
  try {
    choices = readChoices(register, options.map, options.keep, options.keepUnknown);
  } catch (error) {
    input.resume(); // the upload is not read: let it run out
    throw error;
  }
  // Rows are dated in Swedish time; UTC's date would call today's rows future until 01:00 or 02:00.
  const today = options.today ?? todayInSweden(new Date());
  const { records, hash } = await streamTable(input);
  const codes = new CodeTally();
  const outcome: ImportOutcome = {
    batchId: null,
    rowsRead: 0,
    rowsImported: 0,
    rowsSkipped: 0,
    answersImported: 0,
    problemCount: 0,
    problems: [],
    hospitals: [],
    unknownCodes: [],
  };
  const note = (problems: ImportProblem[]) => {
    outcome.problemCount += problems.length;
    outcome.problems.push(...problems.slice(0, Math.max(0, LISTED_PROBLEMS - outcome.problems.length)));
  };

  const first = await records.next();
  const header = first.done ? { layout: null, problems: [importProblem(1, '', { code: 'file.empty' })] } : readHeader(first.value.cells, known);
  if (!header.layout) {
    note(header.problems);
    for await (const _ of records); // finish reading the upload
    throw new PoolImportRejected(outcome);
  }

  const store = !options.checkOnly;
  const batchId = store ? await repo.createBatch(db, options.filename, actor.id, randomBytes(32).toString('hex')) : null;
  outcome.batchId = batchId;
  let pending: PoolRow[] = [];
  const flush = async () => {
    if (batchId && pending.length > 0) {
      outcome.answersImported += await repo.insertRows(db, batchId, pending);
      await repo.updateProgress(db, batchId, {
        read: outcome.rowsRead,
        imported: outcome.rowsImported,
        skipped: outcome.rowsSkipped,
        answers: outcome.answersImported,
      });
    }
    pending = [];
  };
  try {
    for await (const { line, cells } of records) {
      outcome.rowsRead++;
      const { row, problems } = readRow(header.layout, line, cells, today);
      if (row) {
        outcome.rowsImported++;
        codes.add(row);
        pending.push({ ...row, hospitalCode: storedCode(row, choices) });
      } else {
        outcome.rowsSkipped++;
        note(problems);
      }
      if (pending.length >= CHUNK_ROWS) await flush();
    }
    await flush();
  } catch (error) {
    if (batchId) await discard(db, batchId);
    throw error;
  }

  const hospitals = codes.outcome(register, choices);
  outcome.hospitals = hospitals.slice(0, LISTED_CODES);
  outcome.unknownCodes = undecidedCodes(hospitals);
  if (!batchId) return outcome;
  if (outcome.problemCount > 0 && !options.skipInvalid) {
    await discard(db, batchId);
    throw new PoolImportRejected({ ...outcome, batchId: null, rowsImported: 0, answersImported: 0 });
  }
  if (outcome.unknownCodes.length > 0) {
    await discard(db, batchId);
    throw new UnknownHospitals({ ...outcome, batchId: null, rowsImported: 0, answersImported: 0 });
  }
  const contentHash = hash.digest('hex');
  await db
    .transaction()
    .execute(async (trx) => {
      // Held to the end: recovery skips a batch whose final transaction is still running.
      await repo.lockBatch(trx, batchId);
      const twin = await repo.batchWithContent(trx, contentHash);
      if (twin) throw new Conflict({ code: 'pool.alreadyImported', params: { batch: twin } });
      // The same file sent twice at once passes the look-up in both; the unique index decides.
      if (!(await repo.claimContent(trx, batchId, contentHash))) throw new Conflict({ code: 'pool.importInProgress' });
      await repo.recordCodeChoices(trx, batchId, hospitals);
      await repo.addBatchToPool(trx, batchId);
      await repo.finishBatch(trx, batchId);
    })
    .catch(async (error) => {
      await discard(db, batchId);
      throw error;
    });
  return outcome;
}

async function discard(db: RootDb, batchId: string): Promise<void> {
  await repo.failBatch(db, batchId, null);
}

/** An import reports progress every 2,000 rows (well under a second); silent this long, it is dead. */
export const STALLED_AFTER_SECONDS = 120;

export const STALLED_IMPORT =
  'The import stopped before it finished (the server was stopped or restarted). Nothing of it is in the pool; import the file again.';

/**
 * Rolls back imports whose process died: their rows are removed and the batch is marked failed
 * with the reason. An import reports progress every few thousand rows, so one silent for
 * `staleSeconds` is dead; with the embedded database only one server runs, so at its start every
 * unfinished import is. Returns the batches rolled back.
 */
export async function recoverStalledImports(db: RootDb, staleSeconds: number): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const stalled = await repo.lockStalledBatches(trx, staleSeconds);
    for (const batchId of stalled) await repo.failBatch(trx, batchId, STALLED_IMPORT);
    return stalled;
  });
}

/** Takes a batch out of the pool again; its rows are deleted, the batch stays listed as withdrawn. */
export async function withdrawBatch(db: RootDb, batchId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const status = await repo.lockBatch(trx, batchId);
    if (!status) throw new NotFound({ code: 'pool.importNotFound' });
    if (status !== 'done') throw new Conflict(status === 'withdrawn' ? { code: 'pool.alreadyWithdrawn' } : { code: 'pool.notDone' });
    await repo.subtractBatchFromPool(trx, batchId);
    await repo.withdrawBatch(trx, batchId);
  });
}
