import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { canUseConsole, useMe } from '../../../api/session';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorMessage, Loading, PageHeading, QueryState } from '../../../ui/feedback';
import { formatDate } from '../../../i18n/format';
import { useAnnualCampaign, useAnnualReport } from '../api';
import { AnnualReportView } from '../components/AnnualReportView';
import { ManagePanel } from '../components/ManagePanel';
import '../annual.css';

/** One annual report: its figures once closed, and for its coordinators the clinics and the steps. */
export function AnnualPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe().data;
  const campaign = useAnnualCampaign(id);
  const report = useAnnualReport(id, campaign.data !== undefined);
  const manages = me ? canUseConsole(me.role) : false;
  return (
    <QueryState query={campaign}>
      {(c) => (
        <>
          <Breadcrumbs className="no-print" trail={[{ to: '/annual', label: t('annual.list.title') }]} current={c.title} />
          <PageHeading>{c.title}</PageHeading>
          <p>
            {c.organisation.name}, {c.year}. {t(`annual.status.${c.status}`)}
            {c.publishedAt && `, ${t('annual.list.published', { date: formatDate(c.publishedAt) })}`}.
          </p>
          {manages && <ManagePanel campaign={c} />}
          {report.isPending ? (
            <Loading />
          ) : report.isError ? (
            report.error instanceof ApiError && report.error.status === 409 ? (
              <p className="status-box status-pending">{t('annual.report.notClosed')}</p>
            ) : (
              <ErrorMessage error={report.error} lead={t('common.loadFailed')} focus={false} />
            )
          ) : (
            <AnnualReportView report={report.data} />
          )}
        </>
      )}
    </QueryState>
  );
}
