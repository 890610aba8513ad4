import { surveyBanks } from '../../../surveys/index.js';
import { type Language } from '../../../surveys/types.js';
import { ROLES, type Role } from '../../../contract/domain.js';
import type { SurveyList, SurveyVersionSummary } from '../../../contract/surveys.js';
import type { Db } from '../../db/database.js';
import { NotFound } from '../../http/errors.js';
import { compileBank, localisedForm, type CompiledSurvey, type SurveyJson } from './compiler.js';
import * as repository from './repository.js';

let compiled: Map<string, CompiledSurvey> | undefined;

/** The surveys compiled from the source this server runs, compiled once. */
export function currentSurveys(): Map<string, CompiledSurvey> {
  compiled ??= new Map(surveyBanks.map((bank) => [bank.key, compileBank(bank)]));
  return compiled;
}

export function currentSurvey(key: string): CompiledSurvey {
  const survey = currentSurveys().get(key);
  if (!survey) throw new NotFound({ code: 'survey.notFound', params: { key } });
  return survey;
}

export async function listSurveys(db: Db): Promise<SurveyList> {
  const surveys = await Promise.all(
    [...currentSurveys().values()].map(async (survey) => {
      const stored = await repository.listVersions(db, survey.key);
      const versions: SurveyVersionSummary[] = stored.map((v) => ({
        id: v.hash.slice(0, 12),
        hash: v.hash,
        current: v.hash === survey.hash,
        storedAt: v.createdAt.toISOString(),
      }));
      if (!versions.some((v) => v.current)) {
        versions.push({ id: survey.id, hash: survey.hash, current: true, storedAt: null });
      }
      return { key: survey.key, title: survey.title, roles: survey.roles, itemCount: survey.items.length, versions };
    }),
  );
  return { surveys };
}

/** A version by id ("current" for the running source's); stored versions stay servable forever. */
export async function findSurveyVersion(db: Db, key: string, versionId: string): Promise<CompiledSurvey> {
  const current = currentSurvey(key);
  if (versionId === 'current' || versionId === current.id) return current;
  const stored = await repository.findVersion(db, key, versionId);
  if (!stored) throw new NotFound({ code: 'survey.versionNotFound', params: { key, version: versionId } });
  return stored;
}

export function formFor(survey: CompiledSurvey, role: string, language: Language): SurveyJson {
  const form = ROLES.includes(role as Role) ? survey.forms[role as Role] : undefined;
  if (!form) {
    throw new NotFound({ code: 'survey.noFormForRole', params: { key: survey.key, role, roles: survey.roles.join(', ') } });
  }
  return localisedForm(form, language);
}

/** Anything but English falls back to Swedish, the primary language. */
export function languageOf(requested: string | undefined): Language {
  return requested === 'en' ? 'en' : 'sv';
}
