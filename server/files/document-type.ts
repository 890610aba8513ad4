/**
 * What a file really is, read from its bytes: the name and the browser's content type are the
 * uploader's claim, and a file named .pdf may hold HTML. Only the kinds a clinic's governing
 * documents come in are recognised; anything else is `null`.
 *
 * Office files are ZIP archives told apart by what they hold: Word and Excel by their main part
 * (`word/document.xml`, `xl/workbook.xml`), OpenDocument text by its `mimetype` entry, which the
 * format puts first and uncompressed so that exactly this check is possible.
 */
export type DocumentType = 'pdf' | 'docx' | 'xlsx' | 'odt' | 'png' | 'jpeg';

export const DOCUMENT_MEDIA_TYPES: Record<DocumentType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ODT_MIMETYPE = ascii('mimetypeapplication/vnd.oasis.opendocument.text');

export function documentType(bytes: Uint8Array): DocumentType | null {
  // A PDF may have a few bytes of junk before its header; readers accept up to 1024.
  if (indexOf(bytes.subarray(0, 1024 + PDF.length), PDF) >= 0) return 'pdf';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (!startsWith(bytes, ZIP_LOCAL)) return null;
  // The local header's name starts at 30; an ODF file's first entry is "mimetype", stored, then its value.
  if (startsWith(bytes, ODT_MIMETYPE, 30)) return 'odt';
  const names = zipEntryNames(bytes);
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  return null;
}

function indexOf(bytes: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The names in a ZIP's central directory (the archive's own table of contents at its end). A
 * damaged or truncated archive gives an empty set, which makes it "not a document".
 */
function zipEntryNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is at least 22 bytes and may be followed by a comment of up to 65,535.
  const from = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return names;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return new Set();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return new Set();
    names.add(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
