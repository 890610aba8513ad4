/**
 * The mapping report's figures from the coordinator's decisions and the sources' answers, as one
 * pure function: computed into the snapshot when the round is published, and as a preview for the
 * coordinator before that. Named kind: no suppression, but quotes carry the type of source only.
 */
import type { MappingCategory, ReportRegion, SourceType } from '../../../contract/mapping.js';
import { MAPPING_ITEMS } from '../../../surveys/leadership-mapping.js';
import { goalCheck, sourcesConflict, type RawAnswers } from './rules.js';

export interface FigureInput {
  regions: { code: string; name: { sv: string; en: string } }[];
  sources: { regionCode: string; type: SourceType; raw: RawAnswers | null }[];
  decisions: { regionCode: string; categories: MappingCategory[]; note: string; placesPerYear: number | null; stDoctors: number | null }[];
}

export interface MappingFigures {
  regionsTotal: number;
  sourcesAsked: number;
  sourcesAnswered: number;
  regions: Omit<ReportRegion, 'previousCategories'>[];
  quotes: { regionCode: string; sourceType: SourceType; question: string; text: string }[];
}

const QUESTIONS = Object.values(MAPPING_ITEMS);

export function mappingFigures(input: FigureInput): MappingFigures {
  const decisions = new Map(input.decisions.map((d) => [d.regionCode, d]));
  const regions = input.regions.map((region) => {
    const sources = input.sources.filter((s) => s.regionCode === region.code);
    const decision = decisions.get(region.code);
    const categories = decision?.categories ?? [];
    const figures = { placesPerYear: decision?.placesPerYear ?? null, stDoctors: decision?.stDoctors ?? null };
    return {
      code: region.code,
      name: region.name,
      categories,
      note: decision?.note ?? '',
      ...figures,
      goal: goalCheck({ categories, ...figures }),
      sourcesAsked: sources.length,
      sourcesAnswered: sources.filter((s) => s.raw !== null).length,
      conflictDecided: decision !== undefined && sourcesConflict(sources.map((s) => s.raw)),
    };
  });
  const quotes = input.sources.flatMap((s) =>
    QUESTIONS.flatMap((question) => {
      const text = s.raw?.[`${question}-comment`];
      return typeof text === 'string' && text.trim() !== '' ? [{ regionCode: s.regionCode, sourceType: s.type, question, text: text.trim() }] : [];
    }),
  );
  return {
    regionsTotal: regions.length,
    sourcesAsked: input.sources.length,
    sourcesAnswered: input.sources.filter((s) => s.raw !== null).length,
    regions,
    quotes,
  };
}
