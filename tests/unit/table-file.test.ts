import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetBeforeWorkbook } from '../support/zip.js';
import { READ_ON_THE_SPOT_BYTES, readTableFile, readTableFileOffThread, TABLE_LIMITS, unpackedSize } from '../../server/features/respondents/table-file.js';

const csvOf = (rows: number, cell = 'Anna') =>
  Buffer.from(['name;email;role;unit', ...Array.from({ length: rows }, (_, i) => `${cell};a${i}@example.se;st;K1`)].join('\n'));

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Svarande');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('the order of a workbook’s parts', () => {
  // ExcelJS writes a workbook's parts in an order that varies from run to run, and its streaming
  // reader failed on about 1 file in 250: those whose sheet came before xl/workbook.xml.
  it('reads a workbook whose sheet comes before xl/workbook.xml', async () => {
    const table = await readTableFile(
      sheetBeforeWorkbook(
        await workbook([
          ['name', 'email'],
          ['Anna', 'anna@example.se'],
        ]),
      ),
    );
    expect(table).toEqual({ header: ['name', 'email'], rows: [{ line: 2, cells: ['Anna', 'anna@example.se'] }] });
  });
});

// The workbooks here have 50,000 rows or unpack to 50 MB: seconds of work on a busy 2-core machine.
describe('the bounds of a respondent file', () => {
  it('takes up to 50,000 rows and refuses one more, saying the limit', async () => {
    expect((await readTableFile(csvOf(TABLE_LIMITS.rows))).rows).toHaveLength(TABLE_LIMITS.rows);
    await expect(readTableFile(csvOf(TABLE_LIMITS.rows + 1))).rejects.toThrow('more than 50000 rows');
  }, 60_000);

  it('refuses a cell longer than any name or address, naming its row', async () => {
    await expect(readTableFile(csvOf(3, 'x'.repeat(TABLE_LIMITS.cellChars + 1)))).rejects.toThrow(/Row 2 has a cell longer than 1000 characters/);
  });

  it('reads how much a workbook unpacks to from its directory, and refuses a small file that unpacks to too much', async () => {
    const small = await workbook([
      ['name', 'email', 'role', 'unit'],
      ['Anna', 'anna@example.se', 'st', 'K1'],
    ]);
    const size = unpackedSize(small)!;
    expect(size).toBeGreaterThan(small.length);
    expect(size).toBeLessThan(100_000);
    expect((await readTableFile(small)).rows).toEqual([{ line: 2, cells: ['Anna', 'anna@example.se', 'st', 'K1'] }]);

    const bomb = await workbook([['name'], ['x'.repeat(TABLE_LIMITS.unpackedBytes + 1024)]]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readTableFile(bomb)).rejects.toThrow(/unpacks to 5\d MB/);
  }, 60_000);

  it('stops reading a workbook at the row limit', async () => {
    const rows = [['name', 'email'], ...Array.from({ length: TABLE_LIMITS.rows + 1 }, (_, i) => ['A', `a${i}@example.se`])];
    await expect(readTableFile(await workbook(rows))).rejects.toThrow('more than 50000 rows');
  }, 60_000);
});

describe('reading a large file', () => {
  it('reads it in a worker thread, so the server goes on answering meanwhile, with the same result', async () => {
    const csv = csvOf(20_000);
    expect(csv.length).toBeGreaterThan(READ_ON_THE_SPOT_BYTES);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    const table = await readTableFileOffThread(csv).finally(() => clearInterval(ticker));
    expect(table).toEqual(await readTableFile(csv));
    // Read on the spot, the parse would hold the event loop throughout and the ticker could not run.
    expect(ticks).toBeGreaterThan(20);
  }, 60_000);

  it('says what is wrong with a large file, as for a small one', async () => {
    const big = await workbook([['name', 'email'], ...Array.from({ length: 30_000 }, (_, i) => ['x'.repeat(TABLE_LIMITS.cellChars + 1), `a${i}@example.se`])]);
    expect(unpackedSize(big)!).toBeGreaterThan(READ_ON_THE_SPOT_BYTES);
    await expect(readTableFileOffThread(big)).rejects.toThrow(/Row 2 has a cell longer than 1000 characters/);
  }, 60_000);
});
