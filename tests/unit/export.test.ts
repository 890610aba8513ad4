import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '../../server/features/report/export.js';
import type { Report } from '../../contract/report.js';
import { reportHtml } from '../../server/features/report/pdf.js';

describe('exports people open in Excel', () => {
  it('never lets a cell start like a formula', () => {
    for (const text of ['=SUM(A1)', '+1', '-2', '@cmd', '\tx']) expect(safeCell(text).startsWith("'")).toBe(true);
    expect(safeCell('Instämmer')).toBe('Instämmer');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(/^[=+\-@\t\r]/.test(safeCell(text))).toBe(false);
      }),
    );
  });

  it('quotes separators and quotes so every row keeps its columns', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const csv = toCsv({ key: 'agreement', name: 'x', columns: cells.map((_, i) => `c${i}`), rows: [cells] });
        const body = csv.slice(1).split('\r\n')[1];
        // Parse back: split on semicolons outside quotes.
        const parsed: string[] = [];
        let cell = '';
        let quoted = false;
        for (let i = 0; i < body.length; i++) {
          const ch = body[i];
          if (quoted && ch === '"' && body[i + 1] === '"') { cell += '"'; i++; }
          else if (ch === '"') quoted = !quoted;
          else if (ch === ';' && !quoted) { parsed.push(cell); cell = ''; }
          else cell += ch;
        }
        parsed.push(cell);
        if (!cells.some((c) => /[\r\n]/.test(c))) expect(parsed).toEqual(cells.map(safeCell));
      }),
    );
  });
});

describe('the printed report', () => {
  it('states the threshold that applied and when the figures were fixed', () => {
    const report = {
      review: { id: '1', title: 'Granskning', hospitalName: 'Sjukhuset', status: 'closed', anonymityThreshold: 4, reportPublishedAt: null, computedAt: '2027-01-31T10:00:00.000Z' },
      scope: { unitId: null, specialtyGroup: null, label: 'Sjukhuset' },
      settings: { windowMonths: 24, fromMonth: '2025-01-01', untilMonth: '2026-12-01', poolMinimum: 10, poolMinimumHospitals: 3, minDifferencePp: 10, breakMarginPp: 10, leadershipGapPp: 20 },
      responseRates: { units: [], groups: [], total: { byRole: {}, total: { invited: 0, answered: 0, share: null } } },
      areas: [],
      benchmark: [],
      numeric: [],
      lateAdditions: [],
    } as unknown as Report;
    expect(reportHtml(report, null, [], 'sv')).toContain('grupper där minst 4 personer har svarat. De beräknades 2027-01-31');
    expect(reportHtml(report, null, [], 'en')).toContain('at least 4 people answered. They were computed on 2027-01-31');
  });
});
