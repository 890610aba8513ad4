import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A spreadsheet read into text cells; `line` is the line/row number people see in Excel. */
export interface TableFile {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

export class UnreadableFile extends Error {}

const XLSX_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]); // a zip file

/** Reads CSV (comma, semicolon or tab; UTF-8 with or without BOM, or Latin-1) or XLSX. */
export async function readTableFile(data: Buffer): Promise<TableFile> {
  if (data.length === 0) throw new UnreadableFile('The file is empty.');
  return data.subarray(0, 4).equals(XLSX_SIGNATURE) ? readXlsx(data) : readCsv(decodeText(data));
}

/** Swedish Excel saves CSV as Windows-1252 ("ANSI") or UTF-8 with a BOM; both are common. */
export function decodeText(data: Buffer): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return data.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

export function detectDelimiter(firstLine: string): string {
  const counts = [';', ',', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : ',';
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
    throw new UnreadableFile(`The file could not be read as CSV: ${(error as Error).message}`);
  }
  if (records.length === 0) throw new UnreadableFile('The file has no header row.');
  const [head, ...rest] = records;
  return {
    header: head.record,
    rows: rest
      .filter((r) => r.record.some((cell) => cell !== ''))
      .map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}

async function readXlsx(data: Buffer): Promise<TableFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFile(`The file could not be read as an Excel workbook: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new UnreadableFile('The workbook has no rows in its first sheet.');
  const rows: TableFile['rows'] = [];
  let header: string[] | undefined;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    // Formulas are never evaluated: a formula cell gives its cached result as text, like Excel shows it.
    const cells = Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text.trim());
    if (!header) header = cells;
    else if (cells.some((c) => c !== '')) rows.push({ line: row.number, cells });
  });
  return { header: header ?? [], rows };
}
