import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentType } from '../../server/files/document-type.js';
import { docx, odt, zipOf } from '../support/zip.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');

describe('what a file is, by its content', () => {
  it('knows the kinds a clinic sends', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Schema').addRow(['vecka', 'jour']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect([PDF, PNG, JPEG, docx(), xlsx, odt()].map((bytes) => documentType(bytes))).toEqual(['pdf', 'png', 'jpeg', 'docx', 'xlsx', 'odt']);
  });

  it('a file named .pdf that holds HTML, a script or another archive is none of them', () => {
    expect(documentType(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(documentType(Buffer.from('#!/bin/sh\necho hi\n'))).toBeNull();
    expect(documentType(zipOf([{ name: 'evil.html', content: '<script/>' }]))).toBeNull();
  });

  it('a damaged archive is not a document', () => {
    const whole = docx();
    expect(documentType(whole.subarray(0, whole.length - 10))).toBeNull();
    expect(documentType(whole.subarray(0, 40))).toBeNull();
  });

  it('never throws, whatever the bytes, and says null for anything without a known signature', () => {
    const signatures = ['89504e47', 'ffd8ff', '504b0304'];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const type = documentType(bytes);
        const head = Buffer.from(bytes.subarray(0, 8)).toString('hex');
        if (!signatures.some((s) => head.startsWith(s)) && !Buffer.from(bytes).includes('%PDF-')) expect(type).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('truncating a known file anywhere never makes it throw', () => {
    const files = [docx(), odt(), PDF];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.nat(), (which, cut) => {
        const file = files[which];
        documentType(file.subarray(0, cut % (file.length + 1)));
      }),
    );
  });
});
