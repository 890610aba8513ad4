import { parse } from 'csv-parse/sync';
import { Readable } from 'node:stream';
import { inWorker, WorkerFailed } from '../../work/in-worker.js';
import { OneAtATime } from '../../work/one-at-a-time.js';
import { decodeText, detectDelimiter, isXlsx } from '../../files/spreadsheet-text.js';
import { problemText, type CodedProblem } from '../../../contract/problem-codes.js';
import { importProblem, ImportRejected } from '../../files/import-problem.js';
import { workbookReader } from '../../files/workbook.js';

/** A spreadsheet read into text cells; `line` is the line/row number people see in Excel. */
export interface TableFile {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/** A file that cannot be read as a table, by code: the import's problem list shows it in the reader's language. */
export class UnreadableFile extends Error {
  override name = 'UnreadableFile';

  constructor(readonly problem: CodedProblem) {
    super(problemText(problem.code, problem.params, 'en'));
  }
}

/**
 * Bounds of a respondent file: a hospital-wide review invites a few hundred people, the largest
 * organisations some thousands. What the bounds make impossible is refused before it is parsed,
 * so that a small file that unpacks to millions of rows cannot hold the server for minutes.
 */
export const TABLE_LIMITS = { rows: 50_000, cellChars: 1_000, unpackedBytes: 50 * 1024 * 1024 };

/**
 * Files up to this size (as sent, and as a workbook unpacks) are read on the spot, in a few
 * milliseconds; larger ones in a worker thread, so that reading them never stops the server
 * answering others, and the memory they took is given back when the worker ends.
 */
export const READ_ON_THE_SPOT_BYTES = 256 * 1024;
const WORKER_LIMITS = { heapMb: 256, timeoutMs: 60_000 };
const reading = new OneAtATime(2, { code: 'busy.files' });

/** `readTableFile`, with a large file read in a worker thread, one at a time. */
export async function readTableFileOffThread(data: Buffer): Promise<TableFile> {
  const size = Math.max(data.length, isXlsx(data) ? (unpackedSize(data) ?? 0) : 0);
  if (size <= READ_ON_THE_SPOT_BYTES) return readTableFile(data);
  const reply = await reading.run(async () => {
    try {
      return await inWorker<TableFile>(new URL('./table-worker.ts', import.meta.url), data, WORKER_LIMITS);
    } catch (error) {
      if (!(error instanceof WorkerFailed)) throw error;
      throw new UnreadableFile(error.reason === 'crash' ? { code: 'file.unreadable' } : { code: 'file.tooComplex' });
    }
  });
  if (reply.ok) return reply.value;
  throw reply.name === 'UnreadableFile' && reply.problem ? new UnreadableFile(reply.problem as CodedProblem) : new Error(reply.message);
}

/** Reads CSV (comma, semicolon or tab; UTF-8 with or without BOM, or Latin-1) or XLSX. */
export async function readTableFile(data: Buffer): Promise<TableFile> {
  if (data.length === 0) throw new UnreadableFile({ code: 'file.empty' });
  const table = isXlsx(data) ? await readXlsx(data) : readCsv(checkedText(data));
  if (table.rows.length > TABLE_LIMITS.rows) throw tooManyRows();
  const long = table.rows.find((r) => r.cells.some((c) => c.length > TABLE_LIMITS.cellChars));
  if (long) throw new UnreadableFile({ code: 'file.cellTooLong', params: { line: long.line, limit: TABLE_LIMITS.cellChars } });
  return table;
}

const tooManyRows = () => new UnreadableFile({ code: 'file.tooManyRows', params: { limit: TABLE_LIMITS.rows } });

/** CSV: more line breaks than rows allowed (and a header) means too many rows, whatever the parse. */
function checkedText(data: Buffer): string {
  let lines = 0;
  for (let at = data.indexOf(0x0a); at !== -1 && lines <= TABLE_LIMITS.rows + 1; at = data.indexOf(0x0a, at + 1)) lines++;
  if (lines > TABLE_LIMITS.rows + 1) throw tooManyRows();
  return decodeText(data);
}

/**
 * The bytes an XLSX (a zip) says it unpacks to, from its central directory, read without
 * unpacking anything; null when the directory cannot be found (then the parser says what is wrong).
 */
export function unpackedSize(zip: Buffer): number | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) return null;
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return null;
    const size = zip.readUInt32LE(at + 24);
    // 0xFFFFFFFF: the real size is in a zip64 field; treat it as too big, no sheet of respondents needs 4 GB.
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size;
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}

export function readCsv(text: string): TableFile {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(firstLine),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new UnreadableFile({ code: 'file.unreadableCsv' });
  }
  if (records.length === 0) throw new UnreadableFile({ code: 'file.noHeader' });
  const [head, ...rest] = records;
  return {
    header: head.record,
    rows: rest.filter((r) => r.record.some((cell) => cell !== '')).map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}

async function readXlsx(data: Buffer): Promise<TableFile> {
  const unpacked = unpackedSize(data);
  if (unpacked !== null && unpacked > TABLE_LIMITS.unpackedBytes) {
    throw new UnreadableFile({
      code: 'file.unpacksTooLarge',
      params: { megabytes: Math.round(unpacked / 1024 / 1024), limit: TABLE_LIMITS.unpackedBytes / 1024 / 1024 },
    });
  }
  // The streaming reader holds one row at a time, and stops at the row limit instead of reading on.
  const reader = await workbookReader(Readable.from([data]));
  const rows: TableFile['rows'] = [];
  let header: string[] | undefined;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (row.number > TABLE_LIMITS.rows + 1) throw tooManyRows();
        // Formulas are never evaluated: a formula cell gives its cached result as text, like Excel shows it.
        const cells = Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text.trim());
        if (!header) header = cells;
        else if (cells.some((c) => c !== '')) rows.push({ line: row.number, cells });
      }
      break; // the first sheet only
    }
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile({ code: 'file.unreadableXlsx' });
  }
  if (!header) throw new UnreadableFile({ code: 'file.noRows' });
  return { header, rows };
}

/** An import's table, read off the request path; a file that cannot be read is refused as the import refuses bad rows, its problem at line 1. */
export async function readImportTable(file: Buffer, code: 'import.rejected' | 'history.rejected' = 'import.rejected'): Promise<TableFile> {
  try {
    return await readTableFileOffThread(file);
  } catch (error) {
    if (error instanceof UnreadableFile) throw new ImportRejected([importProblem(1, '', error.problem)], code);
    throw error;
  }
}
