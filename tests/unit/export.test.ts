import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportTables, safeCell, toCsv } from '../../server/features/report/export.js';
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

const zero = { invited: 0, answered: 0, share: null, unreachable: 0, adjustedShare: null };
const cell = (agreeing: number, n: number) => ({ suppressed: false, n, agreeing, share: agreeing / n, interval: { low: 0.2, high: 0.4 }, dontKnow: 0 });
const byRole = (answered: Partial<Record<string, [number, number]>>) =>
  Object.fromEntries(['st', 'supervisor', 'director', 'head'].map((r) => [r, answered[r] ? { invited: answered[r]![0], answered: answered[r]![1], share: answered[r]![1] / answered[r]![0], unreachable: 0, adjustedShare: answered[r]![1] / answered[r]![0] } : zero]));

/** A closed report of 200 trainees and 15 directors, 13 of whom also answered the supplement. */
function fixture(): Report {
  const statement = { itemId: 'D.iup-based-on-goals', checkpoint: 'D2', basis: 'rule', label: { sv: 'IUP', en: 'IUP' }, byRole: { st: cell(57, 200) }, flags: [] };
  const overall = { itemId: 'D.lives-up-to-expectations', label: { sv: 'Min ST lever upp till mina förväntningar.', en: 'My ST lives up to my expectations.' }, byRole: { st: cell(182, 200) } };
  return {
    review: { id: '1', title: 'Granskning', hospitalName: 'Sjukhuset', status: 'closed', anonymityThreshold: 4, reportPublishedAt: null, computedAt: '2027-01-31T10:00:00.000Z' },
    scope: { unitId: null, specialtyGroup: null, label: 'Sjukhuset' },
    settings: { windowMonths: 24, fromMonth: '2025-01-01', untilMonth: '2026-12-01', poolMinimum: 10, poolMinimumHospitals: 3, minDifferencePp: 10, breakMarginPp: 10, leadershipGapPp: 20 },
    responseRates: { units: [], groups: [], total: { byRole: byRole({ st: [300, 200], director: [16, 15] }), total: { invited: 316, answered: 215, share: 215 / 316, unreachable: 16, adjustedShare: 215 / 300 } } },
    supplementRates: { units: [], groups: [], total: { byRole: byRole({ director: [16, 13] }), total: { invited: 16, answered: 13, share: 13 / 16, unreachable: 0, adjustedShare: 13 / 16 } } },
    overall,
    ranking: { role: 'st', suppressed: false, statements: [{ itemId: statement.itemId, area: 'D', label: statement.label, cell: statement.byRole.st, rank: 1, third: 'top' }] },
    areas: [{ area: 'D', title: { sv: 'Upplägg', en: 'Organisation' }, statements: [statement] }],
    benchmark: [],
    numeric: [],
    lateAdditions: [],
  } as unknown as Report;
}

describe('the exported tables', () => {
  it('print 57 of 200 as 29 %, as the page does, not 28', () => {
    const agreement = reportTables(fixture(), 'sv').find((t) => t.key === 'agreement')!;
    expect(agreement.rows[0].slice(3, 5)).toEqual([29, 200]);
    expect(toCsv(agreement)).toContain(';IUP;D.iup-based-on-goals;29;200;');
  });

  it('give the supplement its own line and the answers of both surveys summed: 228 = 215 + 13', () => {
    const rates = reportTables(fixture(), 'sv').find((t) => t.key === 'response-rates')!;
    expect(rates.rows.map((r) => r[0])).toEqual(['Totalt', 'Tilläggsenkät till studierektorer', 'Svar totalt, båda enkäterna']);
    expect(rates.rows[1]).toEqual(['Tilläggsenkät till studierektorer', 0, 0, 13, 0, 13, 16, 81, 0, 81]);
    expect(rates.rows[2]).toEqual(['Svar totalt, båda enkäterna', 200, 0, 28, 0, 228, null, null, null, null]);
  });

  it('give the rate of those reached beside the rate: 215 of 316, 16 not reached, 215 of 300', () => {
    const rates = reportTables(fixture(), 'sv').find((t) => t.key === 'response-rates')!;
    expect(rates.columns.slice(-3)).toEqual(['Svarsfrekvens %', 'Nåddes inte', 'Svarsfrekvens av de nådda %']);
    expect(rates.rows[0]).toEqual(['Totalt', 200, 0, 15, 0, 215, 316, 68, 16, 72]);
    expect(reportHtml(fixture(), null, [], 'sv')).toContain('16 av dem nåddes inte (studsad e-post eller slutat på kliniken); av de övriga svarade 72 %.');
  });
});

describe('the printed report', () => {
  it('states the threshold that applied and when the figures were fixed', () => {
    const report = fixture();
    expect(reportHtml(report, null, [], 'sv')).toContain('grupper där minst 4 personer har svarat. De beräknades 2027-01-31');
    expect(reportHtml(report, null, [], 'en')).toContain('at least 4 people answered. They were computed on 2027-01-31');
  });

  it('opens with the overall question and the ranking, and has the response table with the supplement', () => {
    const html = reportHtml(fixture(), null, [], 'sv');
    expect(html).toContain('91 % av ST-läkarna instämmer i ”Min ST lever upp till mina förväntningar.” (n = 200)');
    expect(html).toContain('Högst skattade (översta tredjedelen)');
    expect(html).toContain('<td>1. IUP</td><td>D</td><td class="num">29 %<small> n=200</small></td>');
    expect(html).toContain('<td>Svar totalt, båda enkäterna</td><td class="num">200</td>');
    expect(html.indexOf('Helhetsbild')).toBeLessThan(html.indexOf('class="area"'));
  });
});

describe('the printed report’s method text', () => {
  const settings = { windowMonths: 21, fromMonth: '2024-01-01', untilMonth: '2025-09-01', period: { from: '2024-01-01', until: '2025-10-13' }, poolMinimum: 10, poolMinimumHospitals: 3, poolMonthMinimum: 3, excludedOwnAnswers: 1234, minDifferencePp: 10, breakMarginPp: 10, leadershipGapPp: 20 };
  const html = (s: object, lang: 'sv' | 'en') =>
    reportHtml({ ...fixture(), review: { id: '1', title: 'G', hospitalName: 'S', status: 'closed', anonymityThreshold: 3, reportPublishedAt: null, computedAt: '2025-11-01T10:00:00.000Z' }, settings: s, areas: [], benchmark: [], numeric: [] } as unknown as Report, null, [], lang);

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
