import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isAdmin, useMe } from '../../../api/session';
import { formatDate } from '../../../i18n/format';
import { PageHeading, QueryState } from '../../../ui/feedback';
import { NumberInput } from '../../../ui/fields';
import { SaveForm } from '../../../ui/SaveForm';
import { DataTable } from '../../../ui/tables';
import { useCreateRound, useMappingRounds } from '../api';
import '../mapping.css';

/** The coordinator starts a year's round. */
function CreateRoundForm() {
  const { t } = useTranslation();
  const create = useCreateRound();
  const [year, setYear] = useState(new Date().getFullYear());
  return (
    <section aria-labelledby="mapping-create" className="panel">
      <h2 id="mapping-create">{t('mapping.list.createHeading')}</h2>
      <SaveForm
        saving={create}
        saved={(r) => t('mapping.list.created', { title: r.title })}
        submitLabel={t('mapping.list.create')}
        pendingLabel={t('mapping.list.creating')}
        onSubmit={() => create.mutate({ year })}
      >
        <NumberInput
          label={t('mapping.list.year')}
          name="year"
          minValue={2000}
          maxValue={2100}
          value={year}
          onChange={setYear}
          formatOptions={{ useGrouping: false }}
          isRequired
        />
      </SaveForm>
    </section>
  );
}

/** The rounds the caller sees: all for the coordinator, the published ones for everyone else. */
export function MappingListPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const list = useMappingRounds();
  return (
    <>
      <PageHeading>{t('mapping.title')}</PageHeading>
      <QueryState query={list}>
        {({ rounds }) =>
          rounds.length === 0 ? (
            <p>{t('mapping.list.empty')}</p>
          ) : (
            <DataTable
              caption={t('mapping.list.caption')}
              columns={[
                t('mapping.list.colTitle'),
                t('mapping.list.colYear'),
                t('mapping.list.colStatus'),
                { label: t('mapping.list.colAnswered'), className: 'numeric' },
              ]}
            >
              {rounds.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/mapping/${r.id}`}>{r.title}</Link>
                  </th>
                  <td>{r.year}</td>
                  <td>
                    {t(`mapping.status.${r.status}`)}
                    {r.publishedAt && `, ${t('mapping.list.published', { date: formatDate(r.publishedAt) })}`}
                  </td>
                  <td className="numeric">
                    {r.answered} / {r.sources}
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
      {me && isAdmin(me.role) && <CreateRoundForm />}
    </>
  );
}
