import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Problem } from '../../../contract/problem.js';
import {
  SurveyDefinition,
  type SurveyDefinition as SurveyDefinitionType,
  SurveyDefinitionParams,
  SurveyDefinitionQuery,
  SurveyList,
} from '../../../contract/surveys.js';
import { findSurveyVersion, formFor, languageOf, listSurveys } from './service.js';

export const surveyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/surveys',
    {
      schema: {
        summary: 'Surveys and their versions',
        tags: ['surveys'],
        response: { 200: SurveyList },
      },
    },
    async () => listSurveys(app.db),
  );

  app.get(
    '/surveys/:key/versions/:version/roles/:role',
    {
      schema: {
        summary: 'The SurveyJS form of one survey version for one role, in one language',
        tags: ['surveys'],
        params: SurveyDefinitionParams,
        querystring: SurveyDefinitionQuery,
        response: { 200: SurveyDefinition, 304: Type.Null(), 404: Problem },
      },
    },
    async (request, reply) => {
      const { key, version, role } = request.params;
      const language = languageOf(request.query.lang);
      const survey = await findSurveyVersion(app.db, key, version);
      const form = formFor(survey, role, language);
      const etag = `"${survey.hash.slice(0, 20)}-${role}-${language}"`;
      // A version's content never changes; "current" may move to a new version on upgrade.
      reply.header('etag', etag);
      reply.header('cache-control', version === 'current' ? 'no-cache' : 'public, max-age=31536000, immutable');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
      return form as SurveyDefinitionType;
    },
  );
};
