import { CsvError, parse } from 'csv-parse';
import { createHash, type Hash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { Invalid } from '../../http/errors.js';
import { detectDelimiter, isXlsx, textEncoding } from '../../files/spreadsheet-text.js';
import { workbookReader } from '../../files/workbook.js';

/** Records of a CSV or XLSX file read as a stream, never the whole file at once. */
export interface StreamedTable {
  records: AsyncGenerator<{ line: number; cells: string[] }>;
  /** SHA-256 of the bytes read so far; complete once `records` is exhausted. */
  hash: Hash;
}

/**
 * What one pool file may hold. The national pool grows by tens of thousands of responses a year,
 * so two million rows is years of it; a longer cell than this is no answer but a broken file, and
 * refusing it keeps the reader's memory bounded.
 */
export const POOL_FILE_LIMITS = { rows: 2_000_000, cellChars: 10_000 };

export async function streamTable(input: Readable, limits = POOL_FILE_LIMITS): Promise<StreamedTable> {
  const hash = createHash('sha256');
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await chunks.next();
  const head: Buffer = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  const rest = async function* () {
    hash.update(head);
    yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      hash.update(next.value);
      yield Buffer.from(next.value);
    }
  };
  const records = isXlsx(head) ? xlsxRecords(Readable.from(rest())) : csvRecords(rest(), head);
  return { hash, records: bounded(records, limits) };
}

async function* bounded(
  records: AsyncGenerator<{ line: number; cells: string[] }>,
  limits: typeof POOL_FILE_LIMITS,
): AsyncGenerator<{ line: number; cells: string[] }> {
  let count = 0;
  for await (const record of records) {
    if (++count > limits.rows) {
      throw new Invalid({ code: 'pool.tooManyRows', params: { limit: limits.rows } });
    }
    const long = record.cells.findIndex((cell) => cell.length > limits.cellChars);
    if (long >= 0) {
      throw new Invalid({
        code: 'pool.cellTooLong',
        params: { line: record.line, column: long + 1, length: record.cells[long].length, limit: limits.cellChars },
      });
    }
    yield record;
  }
}

async function* csvRecords(bytes: AsyncGenerator<Buffer>, head: Buffer): AsyncGenerator<{ line: number; cells: string[] }> {
  const decoder = new TextDecoder(textEncoding(head, false));
  const text = async function* () {
    for await (const chunk of bytes) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
  };
  const firstLine = new TextDecoder(textEncoding(head, false)).decode(head.subarray(0, 4096)).split(/\r?\n/)[0];
  const parser = Readable.from(text()).pipe(
    // The record size bounds what csv-parse buffers for one unterminated quote or endless line.
    parse({
      delimiter: detectDelimiter(firstLine),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
      max_record_size: 16 * POOL_FILE_LIMITS.cellChars,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: info.lines, cells: record };
    }
  } catch (error) {
    // csv-parse gives up on e.g. a quote that is never closed: the file's problem, said as the respondent import says it.
    if (error instanceof CsvError) throw new Invalid({ code: 'file.unreadableCsv' });
    throw error;
  }
}

async function* xlsxRecords(input: Readable): AsyncGenerator<{ line: number; cells: string[] }> {
  const reader = await workbookReader(input.pipe(new PassThrough()));
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values as unknown[]).slice(1);
        yield {
          line: row.number,
          cells: values.map((v) =>
            v === null || v === undefined ? '' : typeof v === 'object' && v && 'result' in v ? String((v as { result: unknown }).result ?? '') : String(v),
          ),
        };
      }
      break; // the first sheet only
    }
  } catch (error) {
    // A damaged or truncated workbook (the zip reader's FILE_ENDED and the like) is the uploader's to fix, not a 500.
    throw new Invalid({ code: 'file.unreadableXlsx' });
  }
}
