/**
 * A one-page PDF with a title and lines of text, for the demo's documents: small, valid (the
 * cross-reference table's offsets are counted), and readable in any PDF viewer. Helvetica with
 * WinAnsiEncoding covers Swedish letters, written as octal escapes of their Latin-1 codes.
 */
/** The WinAnsi codes of the typographic marks the demo's texts use (Latin-1 covers the letters). */
const WIN_ANSI_EXTRA: Record<string, number> = { '–': 0x96, '—': 0x97, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95 };

export function simplePdf(title: string, lines: readonly string[]): Buffer {
  const text = (value: string) =>
    [...value]
      .map((c) => {
        if (c === '(' || c === ')' || c === '\\') return `\\${c}`;
        const code = WIN_ANSI_EXTRA[c] ?? c.charCodeAt(0);
        if (code <= 126) return c;
        return code <= 0xff ? `\\${code.toString(8)}` : '?';
      })
      .join('');
  const stream = ['BT /F1 16 Tf 56 780 Td', `(${text(title)}) Tj`, '/F1 11 Tf 0 -28 Td 15 TL', ...lines.map((line) => `(${text(line)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, object] of objects.entries()) {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
