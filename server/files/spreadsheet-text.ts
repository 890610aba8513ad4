/**
 * What people's spreadsheet files look like from their first bytes: an Excel workbook or a CSV,
 * in which encoding, split by which delimiter. Shared by every import (respondents, the pool).
 */

/** An XLSX file is a zip archive; its first local file header starts with these bytes. */
const XLSX_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export const isXlsx = (start: Buffer): boolean => start.subarray(0, 4).equals(XLSX_SIGNATURE);

/**
 * Swedish Excel saves CSV as Windows-1252 ("ANSI") or as UTF-8, often with a BOM; both are common.
 * UTF-8 unless the bytes are not valid UTF-8. Given only the start of a file (`whole` false), a
 * multi-byte character cut at its end is no fault: the decoder is told more may follow.
 */
export function textEncoding(bytes: Buffer, whole: boolean): 'utf-8' | 'windows-1252' {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !whole });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** A whole CSV file's text, without its BOM. */
export function decodeText(data: Buffer): string {
  // TextDecoder drops a UTF-8 BOM by itself.
  return new TextDecoder(textEncoding(data, true)).decode(data);
}

/** Semicolon (Swedish Excel), comma or tab: whichever the header line holds most of. */
export function detectDelimiter(firstLine: string): string {
  const counts = [';', ',', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : ',';
}
