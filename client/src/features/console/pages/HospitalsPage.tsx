import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isAdmin, useMe } from '../../../api/session';
import { Input, Label, SearchField } from 'react-aria-components';
import { Expandable } from '../../../ui/Expandable';
import { SPECIALTY_GROUPS } from '../../../../../contract/domain.js';
import { CreateHospitalBody, CreateUnitBody as CreateUnitSchema } from '../../../../../contract/hospitals.js';
import { useCreateHospital, useCreateUnit, useHospitals } from '../api/hooks';
import type { CreateUnitBody, Hospital } from '../api/requests';
import { PageHeading, QueryState, StatusMessage } from '../../../ui/feedback';
import { SaveForm } from '../../../ui/SaveForm';
import { CheckboxInput, SelectInput, TextInput, useValidators } from '../../../ui/fields';
import { matchesHospital, sortHospitals } from '../components/hospital-lists';
import { compareText } from '../../../i18n/format';
import { specialtyGroupName } from '../../../i18n/specialty-groups';
import { DataTable } from '../../../ui/tables';
import { currentLanguage } from '../../../i18n';

/** Opened from the top of the page, where one looks for it (the list can be long). */
function AddHospital({ expanded }: { expanded: boolean }) {
  const { t } = useTranslation();
  return (
    <Expandable heading={t('console.hospitals.addHospitalHeading')} level={2} className="disclosure panel" defaultExpanded={expanded}>
      <AddHospitalForm />
    </Expandable>
  );
}

function AddHospitalForm() {
  const { t } = useTranslation();
  const validators = useValidators();
  const create = useCreateHospital();
  const [poolOnly, setPoolOnly] = useState(false);
  return (
    <SaveForm
      saving={create}
      saved={(hospital) => t('console.hospitals.hospitalAdded', { name: hospital.name })}
      submitLabel={t('console.hospitals.addHospital')}
      pendingLabel={t('console.hospitals.adding')}
      onSubmit={(form, startAfresh) => {
        const region = String(form.get('region')).trim();
        create.mutate(
          { code: String(form.get('code')).trim(), name: String(form.get('name')).trim(), region: region || null, poolOnly },
          {
            onSuccess: () => {
              startAfresh();
              setPoolOnly(false);
            },
          },
        );
      }}
    >
      <div className="field-row">
        <TextInput name="name" label={t('console.hospitals.name')} isRequired maxLength={CreateHospitalBody.properties.name.maxLength} />
        <TextInput name="code" label={t('console.hospitals.code')} description={t('console.hospitals.codeHint')} isRequired validate={validators.code} />
      </div>
      <TextInput name="region" label={t('common.optional', { label: t('console.hospitals.region') })} maxLength={200} />
      <CheckboxInput isSelected={poolOnly} onChange={setPoolOnly}>
        {t('console.hospitals.poolOnlyChoice')}
      </CheckboxInput>
    </SaveForm>
  );
}

function AddUnitForm({ hospital }: { hospital: Hospital }) {
  const { t } = useTranslation();
  const validators = useValidators();
  const create = useCreateUnit(hospital.id);
  const [group, setGroup] = useState<string | null>(null);
  const language = currentLanguage();
  return (
    <SaveForm
      saving={create}
      saved={(unit) => t('console.hospitals.unitAdded', { name: unit.name })}
      submitLabel={t('console.hospitals.addUnit')}
      pendingLabel={t('console.hospitals.adding')}
      onSubmit={(form, startAfresh) => {
        const body: CreateUnitBody = {
          code: String(form.get('code')).trim(),
          name: String(form.get('name')).trim(),
          specialty: String(form.get('specialty')).trim(),
          specialtyGroup: group as CreateUnitBody['specialtyGroup'],
        };
        create.mutate(body, {
          onSuccess: () => {
            startAfresh();
            setGroup(null);
          },
        });
      }}
    >
      <div className="field-row">
        <TextInput name="name" label={t('console.hospitals.unitName')} isRequired maxLength={CreateUnitSchema.properties.name.maxLength} />
        <TextInput
          name="code"
          label={t('console.hospitals.unitCode')}
          description={t('console.hospitals.unitCodeHint')}
          isRequired
          validate={validators.code}
        />
      </div>
      <div className="field-row">
        <TextInput
          name="specialty"
          label={t('console.hospitals.specialty')}
          description={t('console.hospitals.specialtyHint')}
          isRequired
          maxLength={CreateUnitSchema.properties.specialty.maxLength}
        />
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
    </SaveForm>
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
        {hospital.poolOnly && ` · ${t('console.hospitals.poolOnlyMark')}`}
        {me && isAdmin(me.role) && (
          <>
            {' · '}
            <Link to={`/admin/targets?hospital=${hospital.id}`}>{t('console.hospitals.targetsLink')}</Link>
          </>
        )}
        {!hospital.poolOnly && (
          <>
            {' · '}
            <Link to={`/coverage/hospitals/${hospital.id}`}>{t('console.hospitals.coverageLink')}</Link>
          </>
        )}
      </p>
      {hospital.units.length === 0 ? (
        <p className="empty-state">{t('console.hospitals.noUnits')}</p>
      ) : (
        <DataTable
          caption={caption}
          columns={[t('console.hospitals.colName'), t('console.hospitals.colCode'), t('console.hospitals.colSpecialty'), t('console.hospitals.colGroup')]}
        >
          {[...hospital.units]
            .sort((a, b) => compareText(a.name, b.name))
            .map((unit) => (
              <tr key={unit.id}>
                <th scope="row">{unit.name}</th>
                <td>{unit.code}</td>
                <td>{unit.specialty}</td>
                <td>{specialtyGroupName(unit.specialtyGroup)}</td>
              </tr>
            ))}
        </DataTable>
      )}
      <Expandable heading={t('console.hospitals.addUnitHeading', { name: hospital.name })} level={3} defaultExpanded={hospital.units.length === 0}>
        <AddUnitForm hospital={hospital} />
      </Expandable>
    </section>
  );
}

/** Search by name, code, region or unit; hospitals kept only for the national pool hidden unless asked for. */
function HospitalList({ hospitals }: { hospitals: Hospital[] }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [showPoolOnly, setShowPoolOnly] = useState(false);
  const poolOnly = hospitals.filter((h) => h.poolOnly).length;
  const shown = sortHospitals(hospitals.filter((h) => (showPoolOnly || !h.poolOnly) && matchesHospital(h, query)));
  return (
    <>
      <section aria-labelledby="hospital-search-heading" className="panel">
        <h2 id="hospital-search-heading" className="visually-hidden">
          {t('console.hospitals.searchHeading')}
        </h2>
        <SearchField className="field" value={query} onChange={setQuery}>
          <Label>{t('console.hospitals.search')}</Label>
          <Input className="input" />
        </SearchField>
        {poolOnly > 0 && (
          <CheckboxInput isSelected={showPoolOnly} onChange={setShowPoolOnly}>
            {t('console.hospitals.showPoolOnly', { count: poolOnly })}
          </CheckboxInput>
        )}
        <StatusMessage>{t('console.hospitals.showing', { shown: shown.length, count: hospitals.length })}</StatusMessage>
      </section>
      {shown.map((hospital) => (
        <HospitalSection key={hospital.id} hospital={hospital} />
      ))}
    </>
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
        {({ hospitals: list }) => (
          <>
            <AddHospital expanded={list.length === 0} />
            {list.length === 0 ? <p className="empty-state">{t('console.hospitals.empty')}</p> : <HospitalList hospitals={list} />}
          </>
        )}
      </QueryState>
    </>
  );
}
