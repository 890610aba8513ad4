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

describe('the printed report’s method text', () => {
  const settings = { windowMonths: 21, fromMonth: '2024-01-01', untilMonth: '2025-09-01', period: { from: '2024-01-01', until: '2025-10-13' }, poolMinimum: 10, poolMinimumHospitals: 3, poolMonthMinimum: 3, excludedOwnAnswers: 1234, minDifferencePp: 10, breakMarginPp: 10, leadershipGapPp: 20 };
  const html = (s: object, lang: 'sv' | 'en') =>
    reportHtml({ review: { id: '1', title: 'G', hospitalName: 'S', status: 'closed', anonymityThreshold: 3, reportPublishedAt: null, computedAt: '2025-11-01T10:00:00.000Z' }, settings: s, areas: [], benchmark: [], numeric: [] } as unknown as Report, null, [], lang);

  it('states a fixed period, the whole months it gave, the rules and the hospital’s own answers left out', () => {
    expect(html(settings, 'sv')).toContain('under den valda perioden 1 januari 2024 – 13 oktober 2025, räknat i hela månader: januari 2024 – september 2025 (21 månader).');
    expect(html(settings, 'sv')).toContain('minst 10 svar från minst 3 andra sjukhus, och en månad räknas bara med minst 3 svar.');
    // Swedish groups thousands with a no-break space.
    expect(html(settings, 'sv')).toContain('1\u00a0234 svar från sjukhuset självt under perioden är inte med i riket.');
    expect(html(settings, 'en')).toContain('in the chosen period 1 January 2024 – 13 October 2025, counted in whole months: January 2024 – September 2025 (21 months).');
    expect(html(settings, 'en')).toContain('1,234 answers from the hospital itself in the period are left out');
  });

  it('states the months before closing when no period was chosen, and leaves out what an older report did not record', () => {
    const older = { ...settings, windowMonths: 24, fromMonth: '2023-10-01', untilMonth: '2025-09-01', period: null, poolMonthMinimum: null, excludedOwnAnswers: null };
    expect(html(older, 'en')).toContain('in the 24 whole months before closing: October 2023 – September 2025. A national figure needs at least 10 answers from at least 3 other hospitals.</p>');
  });
});
