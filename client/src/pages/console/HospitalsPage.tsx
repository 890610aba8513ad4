import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isAdmin, useMe } from '../../api/session';
import { Button, Disclosure, DisclosurePanel, Form, Heading } from 'react-aria-components';
import { SPECIALTY_GROUPS } from '../../../../contract/specialty-groups.js';
import { useCreateHospital, useCreateUnit, useHospitals } from '../../api/console-hooks';
import type { CreateUnitBody, Hospital } from '../../api/console';
import { ErrorMessage, fieldErrors, PageHeading, QueryState, StatusMessage } from '../../components/console/feedback';
import { ActionButton, SelectInput, TextInput, useValidators } from '../../components/console/fields';
import { specialtyGroupLabel } from '../../components/console/ReviewForm';
import { TableScroll } from '../../components/console/tables';
import { currentLanguage } from '../../i18n';

function AddHospitalForm() {
  const { t } = useTranslation();
  const validators = useValidators();
  const create = useCreateHospital();
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="add-hospital-heading" className="panel">
      <h2 id="add-hospital-heading">{t('console.hospitals.addHospitalHeading')}</h2>
      <StatusMessage>{create.isSuccess && t('console.hospitals.hospitalAdded', { name: create.data.name })}</StatusMessage>
      {create.isError && <ErrorMessage error={create.error} lead={t('console.common.saveFailed')} />}
      <Form
        key={formKey}
        className="form"
        validationErrors={fieldErrors(create.error)}
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const region = String(form.get('region')).trim();
          create.mutate(
            { code: String(form.get('code')).trim(), name: String(form.get('name')).trim(), region: region || null },
            { onSuccess: () => setFormKey((k) => k + 1) },
          );
        }}
      >
        <div className="field-row">
          <TextInput name="name" label={t('console.hospitals.name')} isRequired maxLength={200} />
          <TextInput name="code" label={t('console.hospitals.code')} description={t('console.hospitals.codeHint')} isRequired validate={validators.code} />
        </div>
        <TextInput name="region" label={t('console.common.optional', { label: t('console.hospitals.region') })} maxLength={200} />
        <ActionButton type="submit" isPending={create.isPending}>
          {create.isPending ? t('console.hospitals.adding') : t('console.hospitals.addHospital')}
        </ActionButton>
      </Form>
    </section>
  );
}

function AddUnitForm({ hospital }: { hospital: Hospital }) {
  const { t } = useTranslation();
  const validators = useValidators();
  const create = useCreateUnit(hospital.id);
  const [group, setGroup] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const language = currentLanguage();
  return (
    <>
      <StatusMessage>{create.isSuccess && t('console.hospitals.unitAdded', { name: create.data.name })}</StatusMessage>
      {create.isError && <ErrorMessage error={create.error} lead={t('console.common.saveFailed')} />}
      <Form
        key={formKey}
        className="form"
        validationErrors={fieldErrors(create.error)}
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const body: CreateUnitBody = {
            code: String(form.get('code')).trim(),
            name: String(form.get('name')).trim(),
            specialty: String(form.get('specialty')).trim(),
            specialtyGroup: group as CreateUnitBody['specialtyGroup'],
          };
          create.mutate(body, {
            onSuccess: () => {
              setFormKey((k) => k + 1);
              setGroup(null);
            },
          });
        }}
      >
        <div className="field-row">
          <TextInput name="name" label={t('console.hospitals.unitName')} isRequired maxLength={200} />
          <TextInput name="code" label={t('console.hospitals.unitCode')} description={t('console.hospitals.unitCodeHint')} isRequired validate={validators.code} />
        </div>
        <div className="field-row">
          <TextInput name="specialty" label={t('console.hospitals.specialty')} description={t('console.hospitals.specialtyHint')} isRequired maxLength={200} />
          <SelectInput
            name="specialtyGroup"
            label={t('console.hospitals.specialtyGroup')}
            description={t('console.hospitals.specialtyGroupHint')}
            options={SPECIALTY_GROUPS.map((g) => ({ id: g.code, label: g[language] }))}
            value={group}
            onChange={setGroup}
            isRequired
          />
        </div>
        <ActionButton type="submit" isPending={create.isPending}>
          {create.isPending ? t('console.hospitals.adding') : t('console.hospitals.addUnit')}
        </ActionButton>
      </Form>
    </>
  );
}

function HospitalSection({ hospital }: { hospital: Hospital }) {
  const { t } = useTranslation();
  const headingId = `hospital-${hospital.id}`;
  const caption = t('console.hospitals.unitsCaption', { name: hospital.name });
  const me = useMe().data;
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{hospital.name}</h2>
      <p className="muted">
        {hospital.region
          ? t('console.hospitals.regionLine', { code: hospital.code, region: hospital.region })
          : t('console.hospitals.codeLine', { code: hospital.code })}
        {me && isAdmin(me.role) && (
          <>
            {' · '}
            <Link to={`/admin/targets?hospital=${hospital.id}`}>{t('console.hospitals.targetsLink')}</Link>
          </>
        )}
      </p>
      {hospital.units.length === 0 ? (
        <p className="empty-state">{t('console.hospitals.noUnits')}</p>
      ) : (
        <TableScroll label={caption}>
          <table className="table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.hospitals.colName')}</th>
                <th scope="col">{t('console.hospitals.colCode')}</th>
                <th scope="col">{t('console.hospitals.colSpecialty')}</th>
                <th scope="col">{t('console.hospitals.colGroup')}</th>
              </tr>
            </thead>
            <tbody>
              {hospital.units.map((unit) => (
                <tr key={unit.id}>
                  <th scope="row">{unit.name}</th>
                  <td>{unit.code}</td>
                  <td>{unit.specialty}</td>
                  <td>{specialtyGroupLabel(unit.specialtyGroup)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Disclosure className="disclosure" defaultExpanded={hospital.units.length === 0}>
        <Heading level={3} className="disclosure-heading">
          <Button slot="trigger" className="disclosure-trigger">
            <span aria-hidden="true" className="disclosure-chevron">
              ▸
            </span>
            {t('console.hospitals.addUnitHeading', { name: hospital.name })}
          </Button>
        </Heading>
        <DisclosurePanel className="disclosure-panel">
          <AddUnitForm hospital={hospital} />
        </DisclosurePanel>
      </Disclosure>
    </section>
  );
}

export function HospitalsPage() {
  const { t } = useTranslation();
  const hospitals = useHospitals();
  return (
    <>
      <PageHeading>{t('console.hospitals.title')}</PageHeading>
      <p>{t('console.hospitals.intro')}</p>
      <QueryState query={hospitals}>
        {({ hospitals: list }) =>
          list.length === 0 ? (
            <p className="empty-state">{t('console.hospitals.empty')}</p>
          ) : (
            <>
              {list.map((hospital) => (
                <HospitalSection key={hospital.id} hospital={hospital} />
              ))}
            </>
          )
        }
      </QueryState>
      <AddHospitalForm />
    </>
  );
}
