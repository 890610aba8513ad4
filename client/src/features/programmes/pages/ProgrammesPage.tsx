import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isAdmin, useMe } from '../../../api/session';
import { formatCount, localText } from '../../../i18n/format';
import { Expandable } from '../../../ui/Expandable';
import { PageHeading, QueryState } from '../../../ui/feedback';
import { DataTable } from '../../../ui/tables';
import { useProgrammes, type Programme } from '../api';
import { ProgrammeForm } from '../components/ProgrammeForm';
import '../programmes.css';

export function useProgrammeFacts() {
  const { t } = useTranslation();
  return {
    length: (p: Programme) => (p.lengthMonths === null ? t('programmes.unknown') : t('programmes.months', { count: p.lengthMonths })),
    places: (p: Programme) => (p.placesPerYear === null ? t('programmes.unknown') : formatCount(p.placesPerYear)),
  };
}

/** Every region's programmes; admins add new ones here. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const programmes = useProgrammes();
  const facts = useProgrammeFacts();
  return (
    <>
      <PageHeading>{t('programmes.title')}</PageHeading>
      <p>{t('programmes.intro')}</p>
      <p>
        <Link to="/programmes/conformance">{t('programmes.toMatrix')}</Link>
      </p>
      <QueryState query={programmes}>
        {(list) => (
          <>
            {list.programmes.length === 0 ? (
              <p className="empty-state">{t('programmes.empty')}</p>
            ) : (
              <DataTable
                caption={t('programmes.listCaption')}
                columns={[
                  t('programmes.colRegion'),
                  t('programmes.colName'),
                  t('programmes.colType'),
                  t('programmes.colStatus'),
                  { label: t('programmes.colLength'), className: 'numeric' },
                  { label: t('programmes.colPlaces'), className: 'numeric' },
                ]}
              >
                {list.programmes.map((p) => (
                  <tr key={p.id}>
                    <td>{localText(p.region.name)}</td>
                    <th scope="row">
                      <Link to={`/programmes/${p.id}`}>{p.name}</Link>
                    </th>
                    <td>{t(`programmes.types.${p.programmeType}`)}</td>
                    <td>{t(`programmes.statuses.${p.status}`)}</td>
                    <td className="numeric">{facts.length(p)}</td>
                    <td className="numeric">{facts.places(p)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
            {me && isAdmin(me.role) && (
              <div className="no-print">
                <Expandable heading={t('programmes.form.newTitle')} level={2}>
                  <ProgrammeForm regions={list.regions} />
                </Expandable>
              </div>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
