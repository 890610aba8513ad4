import type { ReportQuery } from '../../../contract/report.js';
import type { Db } from '../../db/database.js';
import type { PrintedReport } from '../../print/page-pdf.js';
import { revisionShown } from './revisions.js';
import { buildReport } from './service.js';

/**
 * What a reader's PDF of the report prints: the report page at their filter, in their language,
 * as their cookie lets them see it, with the revision they are shown. `key` is what the PDF is kept
 * under: a published revision of a snapshot never changes, so neither does its PDF (made once,
 * kept); a draft's is made afresh each time (`null`).
 */
export async function reportToPrint(
  db: Db,
  reviewId: string,
  { query, lang, cookie, seesDraft }: { query: ReportQuery; lang: PrintedReport['lang']; cookie: string | undefined; seesDraft: boolean },
): Promise<{ key: string | null; printed: PrintedReport }> {
  const report = await buildReport(db, reviewId, query);
  const revision = await revisionShown(db, reviewId, seesDraft);
  const key = revision?.status === 'published' ? [reviewId, revision.id, lang, query.unitId ?? '', query.specialtyGroup ?? ''].join('|') : null;
  const filter = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return {
    key,
    printed: {
      page: `/reviews/${reviewId}/report${filter.size > 0 ? `?${filter}` : ''}`,
      lang,
      cookie,
      hospital: report.review.hospitalName,
      title: report.review.title,
      revision: revision && { number: revision.revision, published: revision.status === 'published' },
    },
  };
}
