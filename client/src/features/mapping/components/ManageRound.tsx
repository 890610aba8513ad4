import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage, StatusMessage } from '../../../ui/feedback';
import { SelectInput, TextInput } from '../../../ui/fields';
import { SaveForm } from '../../../ui/SaveForm';
import { DataTable } from '../../../ui/tables';
import { useAddSources, useBranches, useRegions, useRoundStep, useSources, type MappingRound } from '../api';

/** Add one source: a branch (in its own region) or a region's overarching study director. */
function AddSourceForm({ round }: { round: MappingRound }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const regions = useRegions().data?.regions ?? [];
  const branches = useBranches().data?.branches ?? [];
  const add = useAddSources(round.id);
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [type, setType] = useState<string | null>('director');
  const [branchId, setBranchId] = useState<string | null>(null);
  return (
    <section aria-labelledby="mapping-add-source">
      <h3 id="mapping-add-source">{t('mapping.manage.addHeading')}</h3>
      <SaveForm
        saving={add}
        saved={() => t('mapping.manage.added')}
        submitLabel={t('mapping.manage.add')}
        pendingLabel={t('mapping.manage.adding')}
        onSubmit={(form) => {
          if (!regionCode || !type) return;
          const source = { regionCode, type: type as 'branch' | 'director', name: String(form.get('name')).trim(), email: String(form.get('email')).trim() };
          add.mutate([type === 'branch' && branchId ? { ...source, branchId } : source]);
        }}
      >
        <SelectInput
          label={t('mapping.manage.region')}
          isRequired
          placeholder={t('mapping.manage.pick')}
          options={regions.map((r) => ({ id: r.code, label: r.name[lang] }))}
          value={regionCode}
          onChange={setRegionCode}
        />
        <SelectInput
          label={t('mapping.manage.type')}
          isRequired
          options={[
            { id: 'director', label: t('mapping.source.director') },
            { id: 'branch', label: t('mapping.source.branch') },
          ]}
          value={type}
          onChange={setType}
        />
        {type === 'branch' && (
          <SelectInput
            label={t('mapping.manage.branch')}
            isRequired
            placeholder={t('mapping.manage.pick')}
            options={branches.filter((b) => b.regionCode === regionCode).map((b) => ({ id: b.id, label: b.name }))}
            value={branchId}
            onChange={setBranchId}
          />
        )}
        <TextInput name="name" label={t('mapping.manage.name')} isRequired />
        <TextInput name="email" type="email" label={t('mapping.manage.email')} isRequired />
      </SaveForm>
    </section>
  );
}

/** The coordinator's part of a round: its sources, and open, close, publish. */
export function ManageRound({ round }: { round: MappingRound }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const sources = useSources(round.id);
  const regions = new Map((useRegions().data?.regions ?? []).map((r) => [r.code, r.name[lang]]));
  const open = useRoundStep(round.id, 'open');
  const close = useRoundStep(round.id, 'close');
  const publish = useRoundStep(round.id, 'publish');
  const failed = [open, close, publish].find((m) => m.isError);
  const yesNo = (value: boolean) => (value ? t('mapping.manage.yes') : t('mapping.manage.no'));
  const step = (name: 'open' | 'close' | 'publish', mutation: typeof open) => (
    <ConfirmButton
      title={t(`mapping.manage.${name}Title`)}
      message={t(`mapping.manage.${name}Message`)}
      confirmLabel={t(`mapping.manage.${name}`)}
      onConfirm={() => mutation.mutate(undefined)}
      isPending={mutation.isPending}
    >
      {t(`mapping.manage.${name}`)}
    </ConfirmButton>
  );
  return (
    <section aria-labelledby="mapping-manage" className="mapping-manage no-print">
      <h2 id="mapping-manage">{t('mapping.manage.title')}</h2>
      <StatusMessage>
        {open.isSuccess && t('mapping.manage.opened', { sent: (open.data as { sent: number }).sent })}
        {close.isSuccess && t('mapping.manage.closed')}
        {publish.isSuccess && t('mapping.manage.published')}
      </StatusMessage>
      {failed && <ErrorMessage error={failed.error} lead={t('mapping.manage.failed')} />}
      <div className="button-row">
        {round.status === 'draft' && step('open', open)}
        {round.status === 'open' && step('close', close)}
        {round.status === 'closed' && !round.publishedAt && step('publish', publish)}
      </div>
      {sources.data && (
        <DataTable
          caption={t('mapping.manage.sourcesCaption')}
          columns={[
            t('mapping.manage.colRegion'),
            t('mapping.manage.colSource'),
            t('mapping.manage.colName'),
            t('mapping.manage.colInvited'),
            t('mapping.manage.colAnswered'),
          ]}
        >
          {sources.data.sources.map((s) => (
            <tr key={s.respondentId}>
              <th scope="row">{regions.get(s.regionCode) ?? s.regionCode}</th>
              <td>{s.branch ? s.branch.name : t('mapping.source.director')}</td>
              <td>
                {s.name} ({s.email})
              </td>
              <td>{yesNo(s.invited)}</td>
              <td>{yesNo(s.answered)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {round.status !== 'closed' && <AddSourceForm round={round} />}
    </section>
  );
}
