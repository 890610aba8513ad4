import type { ReportContent } from '../../../contract/report-authoring.js';
import type { PointStatus } from '../../../contract/domain.js';
import { providerDuties, providerDuty } from '../../../surveys/provider-duties.js';
import { fieldProblem, type FieldProblem } from '../../http/errors.js';

/**
 * The text of a hospital-level report: a finding and recommendations per duty of the care
 * provider, no grades A–D (the clinic reviews grade their areas; this one says whether the
 * provider does what it must). Pure: the report-writing workflow calls these by the review's kind.
 */

export function emptyHospitalContent(): ReportContent {
  return {
    summary: '',
    areas: {},
    duties: Object.fromEntries(providerDuties.map((d) => [d.id, { judgement: 'not_assessed' as const, finding: '', recommendations: [] }])),
    improvementAreas: [],
    quotes: [],
  };
}

/** What the schema cannot say: only the provider's duties, and no areas or quotes (there is no survey). */
export function hospitalContentProblems(content: ReportContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const area of Object.keys(content.areas)) problems.push(fieldProblem(`body.content.areas.${area}`, 'hospitalReview.areasNotGraded'));
  for (const duty of Object.keys(content.duties ?? {})) {
    if (!providerDuty(duty)) problems.push(fieldProblem(`body.content.duties.${duty}`, 'hospitalReview.dutyUnknown', { duty }));
  }
  return problems;
}

/** Before it goes to the hospital: every duty judged in the checklist and given a finding. */
export function hospitalCompletenessProblems(content: ReportContent, judgements: ReadonlyMap<string, PointStatus>): FieldProblem[] {
  return providerDuties.flatMap((d) => {
    const problems: FieldProblem[] = [];
    const judgement = judgements.get(d.id) ?? 'not_assessed';
    if (judgement === 'not_assessed') problems.push(fieldProblem(`duties.${d.id}.judgement`, 'hospitalReview.dutyNotJudged', { duty: d.id }));
    if (!content.duties?.[d.id]?.finding.trim()) problems.push(fieldProblem(`duties.${d.id}.finding`, 'hospitalReview.findingMissing', { duty: d.id }));
    return problems;
  });
}

/** The checklist's judgements written into the text, so the published revision keeps what was judged when it went out. */
export function withJudgements(content: ReportContent, judgements: ReadonlyMap<string, PointStatus>): ReportContent {
  return {
    ...content,
    duties: Object.fromEntries(
      providerDuties.map((d) => {
        const written = content.duties?.[d.id] ?? { finding: '', recommendations: [] };
        return [d.id, { ...written, judgement: judgements.get(d.id) ?? 'not_assessed' }];
      }),
    ),
  };
}
