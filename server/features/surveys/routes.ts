import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const surveyRoutes: FastifyPluginAsyncTypebox = async () => {};
