import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canUseConsole, useMe } from '../../../api/session';
import { DateField } from '../../../ui/date/DateField';
import { PageHeading, QueryState } from '../../../ui/feedback';
import { NumberInput, SelectInput } from '../../../ui/fields';
import { SaveForm } from '../../../ui/SaveForm';
import { DataTable } from '../../../ui/tables';
import { formatDate } from '../../../i18n/format';
import { useAnnualReports, useCreateAnnual, useOrganisations } from '../api';
import '../annual.css';

/** Admins and inspectors start a year's report for an organisation. */
function CreateAnnualForm() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const create = useCreateAnnual();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [year, setYear] = useState(new Date().getFullYear());
  const [closesAt, setClosesAt] = useState('');
  return (
    <section aria-labelledby="annual-create" className="panel">
      <h2 id="annual-create">{t('annual.list.createHeading')}</h2>
      <SaveForm
        saving={create}
        saved={(c) => t('annual.list.created', { title: c.title })}
        submitLabel={t('annual.list.create')}
        pendingLabel={t('annual.list.creating')}
        onSubmit={() => {
          if (!organisationId) return;
          create.mutate({ organisationId, year, closesAt: closesAt || null });
        }}
      >
        <SelectInput
          label={t('annual.list.organisation')}
          name="organisationId"
          isRequired
          placeholder={t('annual.list.pick')}
          options={(organisations.data?.organisations ?? []).map((o) => ({ id: o.id, label: o.name }))}
          value={organisationId}
          onChange={setOrganisationId}
        />
        <NumberInput
          label={t('annual.list.year')}
          name="year"
          minValue={2000}
          maxValue={2100}
          value={year}
          onChange={setYear}
          formatOptions={{ useGrouping: false }}
          isRequired
        />
        <DateField label={t('annual.list.closesAt')} value={closesAt} onChange={setClosesAt} />
      </SaveForm>
    </section>
  );
}

/** The annual reports the caller sees. */
export function AnnualListPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const list = useAnnualReports();
  return (
    <>
      <PageHeading>{t('annual.list.title')}</PageHeading>
      <QueryState query={list}>
        {({ campaigns }) =>
          campaigns.length === 0 ? (
            <p>{t('annual.list.empty')}</p>
          ) : (
            <DataTable
              caption={t('annual.list.caption')}
              columns={[
                t('annual.list.colTitle'),
                t('annual.list.colOrganisation'),
                t('annual.list.colYear'),
                t('annual.list.colStatus'),
                { label: t('annual.list.colClinics'), className: 'numeric' },
              ]}
            >
              {campaigns.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/annual/${c.id}`}>{c.title}</Link>
                  </th>
                  <td>{c.organisation.name}</td>
                  <td>{c.year}</td>
                  <td>
                    {t(`annual.status.${c.status}`)}
                    {c.publishedAt && `, ${t('annual.list.published', { date: formatDate(c.publishedAt) })}`}
                  </td>
                  <td className="numeric">{c.clinics}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
      {me && canUseConsole(me.role) && <CreateAnnualForm />}
    </>
  );
}
