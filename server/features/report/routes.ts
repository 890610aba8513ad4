import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { IdParams } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import { Report, ReportQuery } from '../../../contract/report.js';
import { canManageReview, canReadReport } from '../../permissions.js';
import { reviewCaller } from '../reviews/guard.js';
import { EXPORT_KEYS, reportTables, toCsv, toXlsx } from './export.js';
import { renderReportPdf } from '../../print/page-pdf.js';
import { reportToPrint } from './printing.js';
import { buildReport } from './service.js';
import { CLIENT_DIR } from '../../client-dir.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 429: Problem };
const ExportQuery = Type.Composite([ReportQuery, Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('sv'), Type.Literal('en')])) })], {
  additionalProperties: false,
});
const CsvQuery = Type.Composite([ExportQuery, Type.Object({ table: Type.Optional(Type.Union(EXPORT_KEYS.map((k) => Type.Literal(k)))) })], {
  additionalProperties: false,
});

const filename = (reviewId: string, suffix: string) => `spur-rapport-${reviewId}${suffix}`;

/**
 * Reading the report and its exports: 120 a minute per account (per address without one), so
 * that one reader hammering the report cannot starve everyone else of database connections.
 */
const READ_RATE_LIMIT = {
  max: 120,
  timeWindow: '1 minute',
  hook: 'preHandler' as const,
  keyGenerator: (request: FastifyRequest) => (request.actor ? `account:${request.actor.id}` : `address:${request.ip}`),
};

export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const readable = (request: FastifyRequest, reviewId: string) => reviewCaller(app.db, request, reviewId, canReadReport);

  app.get(
    '/reviews/:id/report',
    {
      config: { rateLimit: READ_RATE_LIMIT },
      schema: {
        summary:
          'The report’s figures, from the snapshot taken when the review closed: response rates, agreement by role, national benchmark, numeric items (suppressed below the anonymity threshold); 409 while the review is open',
        tags: ['report'],
        params: IdParams,
        querystring: ReportQuery,
        response: { 200: Report, ...errors },
      },
    },
    async (request) => {
      await readable(request, request.params.id);
      return buildReport(app.db, request.params.id, request.query);
    },
  );

  app.get(
    '/reviews/:id/report/export.csv',
    {
      config: { rateLimit: READ_RATE_LIMIT },
      schema: {
        summary: 'One aggregated table of the report as CSV (semicolons, UTF-8 with BOM, for Excel)',
        tags: ['report'],
        params: IdParams,
        querystring: CsvQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      await readable(request, request.params.id);
      const { lang = 'sv', table = 'agreement', ...query } = request.query;
      const tables = reportTables(await buildReport(app.db, request.params.id, query), lang);
      const chosen = tables.find((t) => t.key === table)!;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename(request.params.id, `-${table}.csv`)}"`)
        .send(toCsv(chosen));
    },
  );

  app.get(
    '/reviews/:id/report/export.xlsx',
    {
      config: { rateLimit: READ_RATE_LIMIT },
      schema: { summary: 'The report’s aggregated tables as an Excel workbook, one sheet each', tags: ['report'], params: IdParams, querystring: ExportQuery },
    },
    async (request, reply) => {
      await readable(request, request.params.id);
      const { lang = 'sv', ...query } = request.query;
      const report = await buildReport(app.db, request.params.id, query);
      return (
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${filename(request.params.id, '.xlsx')}"`)
          // The supplement's sheet only where the report has its section (the whole review's, with a supplement).
          .send(
            await toXlsx(
              reportTables(report, lang).filter((table) => table.key !== 'supplement' || report.supplement),
              report.review.title,
            ),
          )
      );
    },
  );

  app.get(
    '/reviews/:id/report.pdf',
    {
      config: { rateLimit: READ_RATE_LIMIT },
      schema: {
        summary:
          'The report page as the caller sees it, printed to A4 PDF with running header and page numbers (needs Chromium and the built client on the server; 501 otherwise)',
        tags: ['report'],
        params: IdParams,
        querystring: ExportQuery,
      },
    },
    async (request, reply) => {
      const { actor, access } = await readable(request, request.params.id);
      const { lang = 'sv', ...query } = request.query;
      const { key, printed } = await reportToPrint(app.db, request.params.id, {
        query,
        lang,
        cookie: request.headers.cookie,
        seesDraft: canManageReview(actor, access),
      });
      const pdf = await app.pdfs.pdf(key, () => renderReportPdf(app, printed, app.runtime.config.chromiumPath, CLIENT_DIR));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename(request.params.id, '.pdf')}"`)
        .send(pdf);
    },
  );
};
