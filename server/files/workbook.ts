/** Tables written as people open them in Excel: what every export of the platform shares. */

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
