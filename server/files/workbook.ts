import type { Readable } from 'node:stream';

/**
 * Excel workbooks: tables written as people open them in Excel (what every export shares), and
 * the streaming reader every upload of a workbook goes through.
 */

export interface Sheet {
  name: string;
  columns: string[];
  rows: (string | number | null)[][];
  /** Column widths in characters; 16 where not given. */
  widths?: number[];
}

/** A cell Excel would read as a formula is prefixed with an apostrophe (CSV injection). */
export function safeCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One sheet per table, the header bold and frozen; numbers stay numbers and text is never a formula. */
export async function toWorkbook(sheets: readonly Sheet[], title: string): Promise<Buffer> {
  // Loaded when first needed: it takes about a second to load, and most starts never use it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.title = title;
  for (const table of sheets) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((v) => (typeof v === 'number' ? v : safeCell(v))));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.columns.forEach((column, i) => (column.width = table.widths?.[i] ?? 16));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * ExcelJS's streaming reader of an uploaded workbook: sheet by sheet and row by row, so a large
 * upload is never in memory whole. The reader looks each sheet's name up in xl/workbook.xml's
 * model, which it has only once that part has passed; a sheet stored before it threw ("cannot
 * read 'sheets' of undefined"), and ExcelJS's own writer stores one so about 1 time in 250. With
 * an empty model such a sheet is read without its name, which no import uses.
 */
export async function workbookReader(input: Readable) {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  (reader as unknown as { model?: object }).model ??= {};
  return reader;
}
