import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localText } from '../../../i18n/format';
import { CheckboxInput, NumberInput, SelectInput, TextInput } from '../../../ui/fields';
import { SaveForm } from '../../../ui/SaveForm';
import { PROGRAMME_STATUSES, PROGRAMME_TYPES, programmesApi, useProgrammeChange, type Programme, type ProgrammeBody, type ProgrammeList } from '../api';

type Tristate = 'yes' | 'no' | 'unknown';
const fromTristate = (value: Tristate): boolean | undefined => (value === 'unknown' ? undefined : value === 'yes');
const toTristate = (value: boolean | null | undefined): Tristate => (value === null || value === undefined ? 'unknown' : value ? 'yes' : 'no');
/** A number field left empty is "not known": the key is left out, as the API asks. */
const optionalNumber = (form: FormData, name: string): number | undefined => {
  const raw = String(form.get(name) ?? '').trim();
  if (raw === '') return undefined;
  const value = Number(raw.replace(/\s/g, '').replace(',', '.'));
  return Number.isNaN(value) ? undefined : value;
};

/** Adds a programme, or changes one (`programme` given). */
export function ProgrammeForm({ regions, programme }: { regions: ProgrammeList['regions']; programme?: Programme }) {
  const { t } = useTranslation();
  const [regionCode, setRegionCode] = useState<string | null>(programme?.region.code ?? null);
  const [type, setType] = useState<string | null>(programme?.programmeType ?? null);
  const [status, setStatus] = useState<string | null>(programme?.status ?? 'active');
  const [ugl, setUgl] = useState<Tristate>(toTristate(programme?.includesUgl));
  const save = useProgrammeChange((body: ProgrammeBody) => (programme ? programmesApi.update(programme.id, body) : programmesApi.create(body)));
  const tristate = [
    { id: 'yes', label: t('programmes.form.yes') },
    { id: 'no', label: t('programmes.form.no') },
    { id: 'unknown', label: t('programmes.form.notKnown') },
  ];
  return (
    <SaveForm
      saving={save}
      saved={(saved) => (programme ? t('programmes.form.saved') : t('programmes.form.created', { name: saved.name }))}
      submitLabel={programme ? t('programmes.form.save') : t('programmes.form.create')}
      pendingLabel={programme ? t('programmes.form.saving') : t('programmes.form.creating')}
      onSubmit={(form, startAfresh) => {
        const lengthMonths = optionalNumber(form, 'lengthMonths');
        const placesPerYear = optionalNumber(form, 'placesPerYear');
        const includesUgl = fromTristate(ugl);
        const body: ProgrammeBody = {
          regionCode: regionCode ?? '',
          name: String(form.get('name') ?? '').trim(),
          programmeType: (type ?? '') as ProgrammeBody['programmeType'],
          status: (status ?? '') as ProgrammeBody['status'],
          doctorsOnly: form.get('doctorsOnly') === 'on',
          aimedAtJunior: form.get('aimedAtJunior') === 'on',
          ...(lengthMonths === undefined ? {} : { lengthMonths }),
          ...(placesPerYear === undefined ? {} : { placesPerYear }),
          ...(includesUgl === undefined ? {} : { includesUgl }),
        };
        save.mutate(body, { onSuccess: () => (programme ? undefined : startAfresh()) });
      }}
    >
      <SelectInput
        label={t('programmes.form.region')}
        options={regions.map((r) => ({ id: r.code, label: localText(r.name) }))}
        value={regionCode}
        onChange={setRegionCode}
        isRequired
      />
      <TextInput name="name" label={t('programmes.form.name')} defaultValue={programme?.name} isRequired maxLength={200} />
      <SelectInput
        label={t('programmes.form.type')}
        options={PROGRAMME_TYPES.map((id) => ({ id, label: t(`programmes.types.${id}`) }))}
        value={type}
        onChange={setType}
        isRequired
      />
      <SelectInput
        label={t('programmes.form.status')}
        options={PROGRAMME_STATUSES.map((id) => ({ id, label: t(`programmes.statuses.${id}`) }))}
        value={status}
        onChange={setStatus}
        isRequired
      />
      <CheckboxInput name="doctorsOnly" defaultSelected={programme?.doctorsOnly ?? true}>
        {t('programmes.form.doctorsOnly')}
      </CheckboxInput>
      <CheckboxInput name="aimedAtJunior" defaultSelected={programme?.aimedAtJunior ?? true}>
        {t('programmes.form.aimedAtJunior')}
      </CheckboxInput>
      <NumberInput
        name="lengthMonths"
        label={t('programmes.form.lengthMonths')}
        description={t('programmes.form.lengthHelp')}
        defaultValue={programme?.lengthMonths ?? undefined}
        minValue={0.1}
        maxValue={120}
        step={0.5}
      />
      <SelectInput label={t('programmes.form.includesUgl')} options={tristate} value={ugl} onChange={(v) => setUgl((v ?? 'unknown') as Tristate)} />
      <NumberInput
        name="placesPerYear"
        label={t('programmes.form.placesPerYear')}
        description={t('programmes.form.placesHelp')}
        defaultValue={programme?.placesPerYear ?? undefined}
        minValue={0}
        maxValue={100000}
      />
    </SaveForm>
  );
}
