import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../../server/http/errors.js';
import { POOL_FILE_LIMITS, streamTable } from '../../server/features/pool-import/stream.js';
import { sheetBeforeWorkbook } from '../support/zip.js';

async function readAll(text: string, limits = POOL_FILE_LIMITS) {
  const { records } = await streamTable(Readable.from([Buffer.from(text)]), limits);
  const lines: number[] = [];
  for await (const { line } of records) lines.push(line);
  return lines;
}

describe('a pool file read as a stream has bounds', () => {
  it('reads up to the row limit and refuses the file past it, saying how to split it', async () => {
    const file = (rows: number) => ['hospital;role', ...Array.from({ length: rows }, () => 'KS;st')].join('\n');
    // The header is a row too: 5 rows in all fit a limit of 5.
    expect(await readAll(file(4), { ...POOL_FILE_LIMITS, rows: 5 })).toHaveLength(5);
    await expect(readAll(file(5), { ...POOL_FILE_LIMITS, rows: 5 })).rejects.toThrow(/more than 5 rows.*Split it/);
  });

  it('refuses a cell longer than the limit, naming its line and column', async () => {
    const cell = 'x'.repeat(POOL_FILE_LIMITS.cellChars + 1);
    const error = await readAll(`hospital;role\nKS;st\nKS;${cell}\n`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect(error).toMatchObject({ code: 'pool.cellTooLong', params: { line: 3, column: 2, length: POOL_FILE_LIMITS.cellChars + 1 } });
    expect(await readAll(`hospital;role\nKS;${'x'.repeat(POOL_FILE_LIMITS.cellChars)}\n`)).toHaveLength(2);
  });

  it('stops buffering an unterminated quote instead of reading the whole file into one field', async () => {
    const endless = `hospital;role\nKS;"${'y'.repeat(40 * POOL_FILE_LIMITS.cellChars)}\n`;
    const error = await readAll(endless).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect(error).toMatchObject({ code: 'file.unreadableCsv' });
  });
});

describe('a pool workbook', () => {
  it('is read whatever the order of its parts: a sheet stored before xl/workbook.xml too', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Svar');
    sheet.addRow(['hospital', 'role']);
    sheet.addRow(['KS', 'st']);
    const { records } = await streamTable(Readable.from([sheetBeforeWorkbook(Buffer.from(await book.xlsx.writeBuffer()))]));
    const rows: string[][] = [];
    for await (const { cells } of records) rows.push(cells);
    expect(rows).toEqual([
      ['hospital', 'role'],
      ['KS', 'st'],
    ]);
  });
});
