import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Expandable } from '../../../ui/Expandable';
import { PageHeading, QueryState } from '../../../ui/feedback';
import { CheckboxInput, CheckboxList, TextInput } from '../../../ui/fields';
import { SaveForm } from '../../../ui/SaveForm';
import { DataTable } from '../../../ui/tables';
import { compareText } from '../../../i18n/format';
import { useHospitalChoices, useOrganisations, useSaveOrganisation, type Organisation } from '../api';
import '../annual.css';

/** Create an organisation (none given) or change one: name, hospitals, whether its clinic lines are published. */
function OrganisationForm({ organisation }: { organisation: Organisation | null }) {
  const { t } = useTranslation();
  const hospitals = useHospitalChoices();
  const save = useSaveOrganisation();
  const [chosen, setChosen] = useState<string[]>(organisation?.hospitals.map((h) => h.id) ?? []);
  const [gridPublished, setGridPublished] = useState(organisation?.gridPublished ?? false);
  const options = [...(hospitals.data?.hospitals ?? [])].sort((a, b) => compareText(a.name, b.name)).map((h) => ({ id: h.id, label: h.name }));
  return (
    <SaveForm
      saving={save}
      saved={(o) => t('annual.organisations.saved', { name: o.name })}
      submitLabel={organisation ? t('annual.organisations.save') : t('annual.organisations.create')}
      pendingLabel={t('annual.organisations.saving')}
      onSubmit={(form, startAfresh) =>
        save.mutate(
          { id: organisation?.id ?? null, body: { name: String(form.get('name')).trim(), hospitalIds: chosen, gridPublished } },
          {
            onSuccess: () => {
              if (organisation) return;
              startAfresh();
              setChosen([]);
              setGridPublished(false);
            },
          },
        )
      }
    >
      <TextInput name="name" label={t('annual.organisations.name')} defaultValue={organisation?.name} isRequired />
      <CheckboxList label={t('annual.organisations.hospitals')} options={options} value={chosen} onChange={setChosen} isRequired />
      <CheckboxInput isSelected={gridPublished} onChange={setGridPublished}>
        {t('annual.organisations.gridPublished')}
      </CheckboxInput>
    </SaveForm>
  );
}

/** The admins' organisations: a hospital or a network, with its goals per year. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const year = new Date().getFullYear();
  return (
    <>
      <PageHeading>{t('annual.organisations.title')}</PageHeading>
      <Expandable level={2} className="disclosure panel" heading={t('annual.organisations.createHeading')}>
        <OrganisationForm organisation={null} />
      </Expandable>
      <QueryState query={organisations}>
        {({ organisations: list }) =>
          list.length === 0 ? (
            <p>{t('annual.organisations.empty')}</p>
          ) : (
            <>
              <DataTable
                caption={t('annual.organisations.caption')}
                columns={[
                  t('annual.organisations.colName'),
                  t('annual.organisations.colHospitals'),
                  t('annual.organisations.colGrid'),
                  t('annual.organisations.colGoals'),
                ]}
              >
                {list.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.name}</th>
                    <td>{o.hospitals.map((h) => h.name).join(', ')}</td>
                    <td>{o.gridPublished ? t('annual.manage.yes') : t('annual.manage.no')}</td>
                    <td>
                      <Link to={`/organisations/${o.id}/goals/${year}`}>{t('annual.organisations.goalsLink', { year })}</Link>
                    </td>
                  </tr>
                ))}
              </DataTable>
              {list.map((o) => (
                <Expandable key={o.id} level={2} className="disclosure panel" heading={t('annual.organisations.edit', { name: o.name })}>
                  <OrganisationForm organisation={o} />
                </Expandable>
              ))}
            </>
          )
        }
      </QueryState>
    </>
  );
}
