import type { PoolHospitalCode } from '../../../contract/pool-import.js';
import { fieldProblem, Invalid, type FieldProblem } from '../../http/errors.js';
import { normaliseHospitalCode } from '../hospitals/codes.js';
import type { PoolRow } from './rows.js';

/**
 * Every hospital code of a pool file is checked against the register. A code the register does
 * not know is an unregistered hospital or a mistake for a registered one (a typo, an old code);
 * counted silently as another hospital, a mistaken code of the reviewed hospital would put its
 * own answers into its benchmark. So the admin decides for each: map it to a registered
 * hospital, or keep it as an unregistered other hospital; without a decision nothing is stored.
 */

export interface RegisteredHospital {
  id: string;
  code: string;
  name: string;
}

/** The admin's decisions, by codes in the pool's form. */
export interface CodeChoices {
  /** File code → the registered hospital its rows are counted as. */
  map: Map<string, RegisteredHospital>;
  keep: Set<string>;
  /** Keep every unknown code that is not mapped. */
  keepUnknown: boolean;
}

/** Spellings kept per code: enough to show how a file wrote it. */
const LISTED_SPELLINGS = 5;

/** The register by its codes in the pool's form. */
export function registerByCode(hospitals: RegisteredHospital[]): Map<string, RegisteredHospital> {
  return new Map(hospitals.map((h) => [normaliseHospitalCode(h.code) ?? h.code, h]));
}

/**
 * Reads the `map` (`FILECODE:REGISTERCODE`) and `keep` options; a mapping to a hospital the
 * register does not have is the admin's mistake, named.
 */
export function readChoices(register: Map<string, RegisteredHospital>, map: string[] = [], keep: string[] = [], keepUnknown = false): CodeChoices {
  const problems: FieldProblem[] = [];
  const choices: CodeChoices = { map: new Map(), keep: new Set(), keepUnknown };
  for (const entry of map) {
    const [from, to] = entry.split(':').map((part) => normaliseHospitalCode(part));
    const target = to ? register.get(to) : undefined;
    if (!from || !to) problems.push(fieldProblem('querystring.map', 'pool.map.format', { entry }));
    else if (!target) problems.push(fieldProblem('querystring.map', 'pool.map.unknownTarget', { entry, code: to }));
    else choices.map.set(from, target);
  }
  for (const entry of keep) {
    const code = normaliseHospitalCode(entry);
    if (!code) problems.push(fieldProblem('querystring.keep', 'pool.keep.notCode', { entry }));
    else choices.keep.add(code);
  }
  if (problems.length > 0) throw new Invalid({ code: 'pool.choicesInvalid' }, problems);
  return choices;
}

/** The code a row's answers are stored under: its registered hospital's when mapped. */
export function storedCode(row: PoolRow, choices: CodeChoices): string {
  const target = choices.map.get(row.hospitalCode);
  return target ? normaliseHospitalCode(target.code)! : row.hospitalCode;
}

/** The file's hospital codes as read: rows and the spellings used, per code in the pool's form. */
export class CodeTally {
  private readonly codes = new Map<string, { rows: number; written: Set<string> }>();

  add(row: PoolRow): void {
    let entry = this.codes.get(row.hospitalCode);
    if (!entry) this.codes.set(row.hospitalCode, (entry = { rows: 0, written: new Set() }));
    entry.rows++;
    if (entry.written.size < LISTED_SPELLINGS) entry.written.add(row.hospitalWritten);
  }

  /** Each code with what happens to it; codes the register does not know first. */
  outcome(register: Map<string, RegisteredHospital>, choices: CodeChoices): PoolHospitalCode[] {
    const listed = [...this.codes].map(([code, { rows, written }]): PoolHospitalCode => {
      const registered = register.get(code) ?? null;
      const mappedTo = choices.map.get(code) ?? null;
      return {
        code,
        written: [...written].sort(),
        rows,
        registered,
        mappedTo,
        kept: !registered && !mappedTo && (choices.keepUnknown || choices.keep.has(code)),
      };
    });
    const known = (c: PoolHospitalCode) => (c.registered || c.mappedTo ? 1 : 0);
    return listed.sort((a, b) => known(a) - known(b) || a.code.localeCompare(b.code));
  }
}

/** Codes the register does not know that were neither mapped nor kept. */
export function undecidedCodes(codes: PoolHospitalCode[]): string[] {
  return codes.filter((c) => !c.registered && !c.mappedTo && !c.kept).map((c) => c.code);
}
