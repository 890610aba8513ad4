import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { isAdmin, useMe } from '../../../api/session';
import { formatDate } from '../../../i18n/format';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorMessage, Loading, PageHeading, QueryState } from '../../../ui/feedback';
import { useMappingReport, useMappingRound } from '../api';
import { ManageRound } from '../components/ManageRound';
import { MappingReportView } from '../components/MappingReportView';
import { ReconciliationPanel } from '../components/ReconciliationPanel';
import '../mapping.css';

/** One round: the report (published, or the coordinator's preview), and for the coordinator its sources and decisions. */
export function MappingRoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe().data;
  const round = useMappingRound(id);
  const report = useMappingReport(id);
  const coordinates = me ? isAdmin(me.role) : false;
  return (
    <QueryState query={round}>
      {(r) => (
        <>
          <Breadcrumbs className="no-print" trail={[{ to: '/mapping', label: t('mapping.title') }]} current={r.title} />
          <PageHeading>{r.title}</PageHeading>
          <p>
            {t(`mapping.status.${r.status}`)}
            {r.publishedAt && `, ${t('mapping.list.published', { date: formatDate(r.publishedAt) })}`}.
          </p>
          {coordinates && <ManageRound round={r} />}
          {coordinates && r.status !== 'draft' && <ReconciliationPanel round={r} />}
          {report.isPending ? (
            <Loading />
          ) : report.isError ? (
            report.error instanceof ApiError && report.error.status === 409 ? (
              <p className="status-box status-pending">{t('mapping.report.notPublished')}</p>
            ) : (
              <ErrorMessage error={report.error} lead={t('common.loadFailed')} focus={false} />
            )
          ) : (
            <MappingReportView report={report.data} />
          )}
        </>
      )}
    </QueryState>
  );
}
