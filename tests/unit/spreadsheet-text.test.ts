import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, textEncoding } from '../../server/files/spreadsheet-text.js';

/**
 * Swedish text as Windows-1252 holds it. (Some Latin-1 strings, such as "Â" and a no-break space,
 * are also valid UTF-8 and cannot be told apart; Swedish names do not run into that.)
 */
const swedishText = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöÅÄÖéÉü ;,-@.0123456789') });

describe('the text of a spreadsheet file', () => {
  it('reads UTF-8 back as written, with or without a BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = Buffer.from(text, 'utf8');
        expect(decodeText(bytes)).toBe(text);
        expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]))).toBe(text);
      }),
    );
  });

  it('reads what Swedish Excel saves as "ANSI" (Windows-1252) back as written', () => {
    fc.assert(
      fc.property(
        swedishText.filter((t) => [...t].some((c) => c.charCodeAt(0) > 0x7f)),
        (text) => {
          expect(decodeText(Buffer.from(text, 'latin1'))).toBe(text);
        },
      ),
    );
    expect(decodeText(Buffer.from('namn;enhet\nÅsa Öberg;Kärlkirurgi', 'latin1'))).toBe('namn;enhet\nÅsa Öberg;Kärlkirurgi');
  });

  it('judges the start of a stream as UTF-8 even when a character is cut at its end', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.nat(), (text, at) => {
        const bytes = Buffer.from(`${text}åäö`, 'utf8');
        const cut = bytes.subarray(0, Math.max(0, bytes.length - 1 - (at % 3)));
        expect(textEncoding(cut, false)).toBe('utf-8');
      }),
    );
  });

  it('splits by the delimiter the header holds most of, comma when it holds none', () => {
    expect(detectDelimiter('namn;e-post;roll;enhet')).toBe(';');
    expect(detectDelimiter('name,email,role,unit')).toBe(',');
    expect(detectDelimiter('name\temail\trole')).toBe('\t');
    expect(detectDelimiter('namn')).toBe(',');
    fc.assert(
      fc.property(fc.constantFrom(';', ',', '\t'), fc.array(fc.stringMatching(/^[a-zåäö -]{1,12}$/), { minLength: 2, maxLength: 8 }), (delimiter, names) => {
        expect(detectDelimiter(names.join(delimiter))).toBe(delimiter);
      }),
    );
  });
});
