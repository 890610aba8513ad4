import { safeCell, toWorkbook } from '../../files/workbook.js';
import { byEvidence, isSmallN, SMALL_N } from '../../../contract/differences.js';
import type { Report } from '../../../contract/report.js';
import { intervalPercent, sharePercent } from '../../../contract/shares.js';
import { ROLES, SPECIALTY_GROUPS, statementArea } from '../../../contract/domain.js';

export const EXPORT_KEYS = ['response-rates', 'agreement', 'benchmark', 'numeric', 'targets', 'groups', 'supplement'] as const;
export type ExportKey = (typeof EXPORT_KEYS)[number];

/** A table of the report as people open it in Excel: one per sheet or CSV file. */
export interface ExportTable {
  key: ExportKey;
  name: string;
  columns: string[];
  rows: (string | number | null)[][];
}

const ROLE_NAMES = {
  sv: { st: 'ST-läkare', supervisor: 'Handledare', director: 'Studierektor', head: 'Verksamhetschef' },
  en: { st: 'ST doctor', supervisor: 'Supervisor', director: 'Study director', head: 'Head of department' },
} as const;

/** A share as whole per cent, rounded as everywhere else (contract/shares.ts); empty without answers. */
const pct = (count: number | null, n: number | null) => (count === null || n === null ? null : sharePercent(count, n));
const groupName = (code: string, lang: 'sv' | 'en') => SPECIALTY_GROUPS.find((g) => g.code === code)?.[lang] ?? code;

/**
 * The report's aggregated tables, suppression already applied (a suppressed figure is an empty
 * cell with the "too few answers" marker). Never raw rows.
 */
export function reportTables(report: Report, lang: 'sv' | 'en'): ExportTable[] {
  const sv = lang === 'sv';
  const roles = ROLE_NAMES[lang];
  const tooFew = sv ? 'för få svar' : 'too few answers';
  const rates = report.responseRates;
  const supplement = report.supplementRates;
  const rateRow = (label: string, line: Report['responseRates']['total']) => [
    label,
    ...ROLES.map((r) => line.byRole[r].answered),
    line.total.answered,
    line.total.invited,
    pct(line.total.answered, line.total.invited),
    line.total.unreachable,
    pct(line.total.answered, line.total.invited - line.total.unreachable),
  ];
  // The supplement's answers are their own line and add to the answers, never to the response rate (docs/domain.md §3: 231 = 218 + 13).
  const supplementRows = supplement
    ? [
        rateRow(sv ? 'Tilläggsenkät till studierektorer' : 'Supplementary survey to study directors', supplement.total),
        [
          sv ? 'Svar totalt, båda enkäterna' : 'Answers in all, both surveys',
          ...ROLES.map((r) => rates.total.byRole[r].answered + supplement.total.byRole[r].answered),
          rates.total.total.answered + supplement.total.total.answered,
          null,
          null,
          null,
          null,
        ],
      ]
    : [];
  return [
    {
      key: 'response-rates',
      name: sv ? 'Svarsfrekvens' : 'Response rates',
      columns: [
        sv ? 'Specialitetsgrupp' : 'Specialty group',
        ...ROLES.map((r) => roles[r]),
        sv ? 'Svar totalt' : 'Answered',
        sv ? 'Utskick' : 'Invited',
        sv ? 'Svarsfrekvens %' : 'Response rate %',
        sv ? 'Nåddes inte' : 'Not reached',
        sv ? 'Svarsfrekvens av de nådda %' : 'Rate of those reached %',
      ],
      rows: [...rates.groups.map((g) => rateRow(groupName(g.specialtyGroup, lang), g)), rateRow(sv ? 'Totalt' : 'Total', rates.total), ...supplementRows],
    },
    {
      key: 'agreement',
      name: sv ? 'Instämmande per roll' : 'Agreement by role',
      columns: [sv ? 'Område' : 'Area', sv ? 'Påstående' : 'Statement', 'Id', ...ROLES.flatMap((r) => [`${roles[r]} %`, `${roles[r]} n`])],
      rows: report.areas.flatMap((area) =>
        area.statements.map((s) => [
          area.area,
          s.label[lang],
          s.itemId,
          ...ROLES.flatMap((r): (string | number | null)[] => {
            const cell = s.byRole[r];
            if (!cell) return [null, null];
            return cell.suppressed ? [tooFew, null] : [pct(cell.agreeing, cell.n), cell.n];
          }),
        ]),
      ),
    },
    {
      key: 'benchmark',
      name: sv ? 'Nationell jämförelse' : 'National benchmark',
      columns: [
        sv ? 'Område' : 'Area',
        sv ? 'Påstående' : 'Statement',
        sv ? 'Roll' : 'Role',
        sv ? 'Här %' : 'Here %',
        sv ? 'Här n' : 'Here n',
        sv ? 'Riket %' : 'Pool %',
        sv ? 'Riket n' : 'Pool n',
        sv ? 'Skillnad (procentenheter)' : 'Difference (pp)',
        sv ? '95 % KI lägre' : '95 % CI low',
        sv ? '95 % KI övre' : '95 % CI high',
        sv ? 'Skiljer ≥ 10' : 'Differs ≥ 10',
        sv ? 'Kvartil' : 'Quartile',
        sv ? 'KI utesluter 0' : 'CI excludes 0',
        sv ? `Litet n (färre än ${SMALL_N} svar här)` : `Small n (fewer than ${SMALL_N} answers here)`,
      ],
      // The flagged differences first, in the page's order (those the interval supports first), then the rest as the survey has them.
      rows: [...byEvidence(report.benchmark.filter((b) => b.flagged)), ...report.benchmark.filter((b) => !b.flagged)].map((b) => {
        const interval = intervalPercent(b.interval, 1);
        const yes = sv ? 'ja' : 'yes';
        return [
          b.area,
          b.label[lang],
          roles[b.role as keyof typeof roles],
          pct(b.local.agreeing, b.local.n),
          b.local.n,
          pct(b.pool.agreeing, b.pool.n),
          b.pool.n,
          b.differencePp,
          interval.low,
          interval.high,
          b.flagged ? yes : '',
          b.quartile,
          b.excludesZero ? yes : sv ? 'nej' : 'no',
          isSmallN(b.local.n) ? yes : '',
        ];
      }),
    },
    {
      key: 'numeric',
      name: sv ? 'Numeriska frågor' : 'Numeric items',
      columns: [
        sv ? 'Fråga' : 'Item',
        sv ? 'Grupp' : 'Group',
        sv ? 'Svarat (n)' : 'Answered (n)',
        sv ? 'Inskickade enkäter' : 'Surveys submitted',
        sv ? 'Minst 1 %' : 'At least 1 %',
        sv ? 'Noll %' : 'Zero %',
        sv ? 'Median' : 'Median',
        sv ? 'Mål' : 'Target',
        sv ? 'Når målet %' : 'Meets target %',
      ],
      rows: report.numeric.flatMap((item) => [
        ...[...item.groups.map((g) => ({ ...g, label: groupName(g.specialtyGroup, lang) })), { ...item.total, label: sv ? 'Totalt' : 'Total' }].map((f) =>
          f.suppressed
            ? [item.label[lang], f.label, tooFew, null, null, null, null, item.target, null]
            : [item.label[lang], f.label, f.n, f.submitted, pct(f.atLeastOne, f.n), pct(f.zero, f.n), f.median, item.target, pct(f.atTarget, f.n)],
        ),
        // The national pool's figure of the same item (other hospitals, the benchmark window), when it has one.
        ...(item.pool
          ? [
              [
                item.label[lang],
                sv ? 'Riket (andra sjukhus)' : 'Country (other hospitals)',
                item.pool.n,
                null,
                pct(item.pool.atLeastOne, item.pool.n),
                pct(item.pool.zero, item.pool.n),
                item.pool.median,
                item.target,
                pct(item.pool.atTarget, item.pool.n),
              ],
            ]
          : []),
      ]),
    },
    targetTable(report, lang),
    groupTable(report, lang),
    supplementTable(report, lang),
  ];
}

/**
 * The study directors' supplement, the whole review only: one row per statement (share, n, "don't
 * know"), numeric item (n, median) and choice option (count, share); below the threshold a single
 * row saying how many answered. Empty at a unit or group filter and without a supplement.
 */
function supplementTable(report: Report, lang: 'sv' | 'en'): ExportTable {
  const sv = lang === 'sv';
  const section = report.supplement;
  const columns = [
    sv ? 'Område' : 'Area',
    sv ? 'Påstående eller fråga' : 'Statement or question',
    'Id',
    sv ? 'Kontrollpunkt' : 'Checkpoint',
    sv ? 'Svar' : 'Answer',
    '%',
    'n',
    sv ? 'Vet ej' : "Don't know",
    sv ? 'Median' : 'Median',
  ];
  const name = sv ? 'Tilläggsenkät studierektorer' : 'Director supplement';
  if (!section) return { key: 'supplement', name, columns, rows: [] };
  if (!section.shown) {
    const hidden = sv
      ? `${section.answered} studierektorer svarade (${section.counted} räknas mot gränsen ${section.threshold}): för få svar, inga siffror visas`
      : `${section.answered} study directors answered (${section.counted} count towards the threshold of ${section.threshold}): too few answers, no figures shown`;
    return { key: 'supplement', name, columns, rows: [['', hidden, null, null, null, null, null, null, null]] };
  }
  const agreeing = sv ? 'instämmer' : 'agree';
  return {
    key: 'supplement',
    name,
    columns,
    rows: [
      ...section.statements.map((s) => [
        s.area,
        s.label[lang],
        s.itemId,
        s.checkpoint,
        agreeing,
        pct(s.cell.agreeing, s.cell.n),
        s.cell.n,
        s.cell.dontKnow,
        null,
      ]),
      ...section.numeric.map((item) => [
        /^[A-H]\./.test(item.itemId) ? item.itemId[0] : '',
        item.label[lang],
        item.itemId,
        null,
        null,
        null,
        item.figure.n,
        null,
        item.figure.median,
      ]),
      ...section.choices.flatMap((item) =>
        item.options.map((o) => [
          /^[A-H]\./.test(item.itemId) ? item.itemId[0] : '',
          item.label[lang],
          item.itemId,
          item.checkpoint,
          o.label[lang],
          pct(o.count, item.n),
          item.n,
          null,
          null,
        ]),
      ),
    ],
  };
}

const SYMBOLS = { atLeast: '≥', atMost: '≤', equal: '=', yes: '' } as const;

/** The targets that applied, each with what the survey measured against it. */
function targetTable(report: Report, lang: 'sv' | 'en'): ExportTable {
  const sv = lang === 'sv';
  const roles = ROLE_NAMES[lang];
  return {
    key: 'targets',
    name: sv ? 'Mål' : 'Targets',
    columns: [
      sv ? 'Mål' : 'Target',
      sv ? 'Jämförelse' : 'Comparison',
      sv ? 'Målvärde' : 'Target value',
      sv ? 'Enhet' : 'Unit',
      sv ? 'År' : 'Year',
      sv ? 'Mäts med' : 'Measured by',
      sv ? 'Roll' : 'Role',
      'n',
      sv ? 'Når målet %' : 'Reach it %',
      sv ? 'Median' : 'Median',
    ],
    rows: (report.targets?.rows ?? []).map((row) => {
      const head = [
        row.label[lang],
        row.comparison === 'yes' ? (sv ? 'ja' : 'yes') : SYMBOLS[row.comparison],
        row.threshold,
        row.unit[lang],
        report.targets!.year,
      ];
      if (!row.measure || !row.measured) return [...head, sv ? 'mäts inte av den här enkäten' : 'not measured by this survey', null, null, null, null];
      if (row.measured.suppressed) return [...head, row.measure.itemId, roles[row.measure.role], sv ? 'för få svar' : 'too few answers', null, null];
      return [...head, row.measure.itemId, roles[row.measure.role], row.measured.n, pct(row.measured.met, row.measured.n), row.measured.median];
    }),
  };
}

/** The specialty groups side by side: every statement per role and each numeric item's measures. */
function groupTable(report: Report, lang: 'sv' | 'en'): ExportTable {
  const sv = lang === 'sv';
  const roles = ROLE_NAMES[lang];
  const tooFew = sv ? 'för få svar' : 'too few answers';
  const comparison = report.groupComparison;
  const groups = comparison?.groups ?? [];
  const columns = [
    sv ? 'Område' : 'Area',
    sv ? 'Påstående eller fråga' : 'Statement or question',
    'Id',
    sv ? 'Roll' : 'Role',
    ...[...groups.map((g) => groupName(g, lang)), sv ? 'Totalt' : 'Total'].flatMap((name) => [`${name} %`, `${name} n`]),
    sv ? `Litet n (under ${comparison?.smallN ?? ''} svar)` : `Small n (under ${comparison?.smallN ?? ''} answers)`,
  ];
  type Figure = { suppressed: boolean; n: number | null; smallN: boolean };
  // A share is printed from its count (sharePercent), a median as it is.
  const cells = <F extends Figure>(figures: (F | undefined)[], value: (f: F) => number | null, asShare: boolean) => [
    ...figures.flatMap((f): (string | number | null)[] => (!f ? [null, null] : f.suppressed ? [tooFew, null] : [asShare ? pct(value(f), f.n) : value(f), f.n])),
    [...groups, 'total']
      .filter((_, i) => figures[i]?.smallN)
      .map((g) => (g === 'total' ? (sv ? 'Totalt' : 'Total') : groupName(g, lang)))
      .join(', ') || null,
  ];
  const statementRows = (comparison?.statements ?? []).flatMap((s) =>
    ROLES.filter((r) => s.byRole[r]).map((r) => {
      const line = s.byRole[r];
      return [s.area, s.label[lang], s.itemId, roles[r], ...cells([...groups.map((g) => line.groups[g]), line.total], (f) => f.agreeing, true)];
    }),
  );
  const numericRows = (comparison?.numeric ?? []).flatMap((item) => {
    type N = (typeof item)['total'];
    const measures: [string, (f: N) => number | null, boolean][] = [
      [sv ? 'ingen (0) %' : 'none (0) %', (f) => f.zero, true],
      [sv ? 'minst 1 %' : 'at least 1 %', (f) => f.atLeastOne, true],
      ...(item.target === null
        ? []
        : [
            [sv ? `når målet (${item.target}) %` : `reach the target (${item.target}) %`, (f: N) => f.atTarget, true] as [
              string,
              (f: N) => number | null,
              boolean,
            ],
          ]),
      [sv ? 'median' : 'median', (f) => f.median, false],
    ];
    return measures.map(([name, pick, asShare]) => [
      statementArea(item.itemId) ?? '',
      `${item.label[lang]}: ${name}`,
      item.itemId,
      item.roles.map((r) => roles[r]).join(', '),
      ...cells([...groups.map((g) => item.groups[g]), item.total], pick, asShare),
    ]);
  });
  return { key: 'groups', name: sv ? 'Specialitetsgrupper' : 'Specialty groups', columns, rows: [...statementRows, ...numericRows] };
}

/** Semicolon-separated, UTF-8 with BOM: what Swedish Excel opens correctly by double-click. */
export function toCsv(table: ExportTable): string {
  const quote = (value: string | number | null) => {
    const text = typeof value === 'number' ? String(value) : safeCell(value);
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\uFEFF' + [table.columns, ...table.rows].map((row) => row.map(quote).join(';')).join('\r\n') + '\r\n';
}

export async function toXlsx(tables: ExportTable[], title: string): Promise<Buffer> {
  const width = (table: ExportTable, i: number) => (i === 1 && table.key !== 'response-rates' ? 60 : i === 0 && table.key === 'targets' ? 40 : 16);
  return toWorkbook(
    tables.map((table) => ({ ...table, widths: table.columns.map((_, i) => width(table, i)) })),
    title,
  );
}
