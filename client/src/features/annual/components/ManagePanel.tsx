import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { ApiError } from '../../../api/client';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage, StatusMessage } from '../../../ui/feedback';
import { ActionButton, TextInput } from '../../../ui/fields';
import { DataTable } from '../../../ui/tables';
import { useAddDirectors, useAnnualClinics, useAnnualStep, type AnnualCampaign, type Clinic } from '../api';

/** Name one clinic's study director: a small form in the clinic's row. */
function DirectorForm({ campaignId, clinic }: { campaignId: string; clinic: Clinic }) {
  const { t } = useTranslation();
  const add = useAddDirectors(campaignId);
  return (
    <Form
      className="annual-director-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        add.mutate({ directors: [{ unitId: clinic.unitId, name: String(form.get('name')).trim(), email: String(form.get('email')).trim() }] });
      }}
    >
      <TextInput name="name" label={t('annual.manage.nameFor', { clinic: clinic.unitName })} isRequired />
      <TextInput name="email" type="email" label={t('annual.manage.emailFor', { clinic: clinic.unitName })} isRequired />
      <ActionButton type="submit" small isPending={add.isPending}>
        {add.isPending ? t('annual.manage.adding') : t('annual.manage.add')}
      </ActionButton>
      {add.isError && <ErrorMessage error={add.error} lead={t('annual.manage.failed')} />}
    </Form>
  );
}

/** The coordinators' part of the annual report: directors per clinic, and open, close, publish. */
export function ManagePanel({ campaign }: { campaign: AnnualCampaign }) {
  const { t } = useTranslation();
  const clinics = useAnnualClinics(campaign.id);
  const open = useAnnualStep(campaign.id, 'open');
  const remind = useAnnualStep(campaign.id, 'remind');
  const close = useAnnualStep(campaign.id, 'close');
  const publish = useAnnualStep(campaign.id, 'publish');
  const failed = [open, remind, close, publish].find((m) => m.isError);
  const yesNo = (value: boolean) => (value ? t('annual.manage.yes') : t('annual.manage.no'));
  // Another inspector's report: they may read it, not run it (the server says so with 403).
  if (clinics.error instanceof ApiError && clinics.error.status === 403) return null;
  return (
    <section aria-labelledby="annual-manage" className="annual-manage no-print">
      <h2 id="annual-manage">{t('annual.manage.title')}</h2>
      <StatusMessage>
        {open.isSuccess && t('annual.manage.opened', { sent: (open.data as { sent: number }).sent })}
        {remind.isSuccess && t('annual.manage.reminded')}
        {close.isSuccess && t('annual.manage.closed')}
        {publish.isSuccess && t('annual.manage.published')}
      </StatusMessage>
      {failed && <ErrorMessage error={failed.error} lead={t('annual.manage.failed')} />}
      <div className="button-row">
        {campaign.status === 'draft' && (
          <ConfirmButton
            title={t('annual.manage.openTitle')}
            message={t('annual.manage.openMessage')}
            confirmLabel={t('annual.manage.open')}
            onConfirm={() => open.mutate()}
            isPending={open.isPending}
          >
            {t('annual.manage.open')}
          </ConfirmButton>
        )}
        {campaign.status === 'open' && (
          <ConfirmButton
            variant="secondary"
            title={t('annual.manage.remindTitle')}
            message={t('annual.manage.remindMessage')}
            confirmLabel={t('annual.manage.remind')}
            onConfirm={() => remind.mutate()}
            isPending={remind.isPending}
          >
            {t('annual.manage.remind')}
          </ConfirmButton>
        )}
        {campaign.status === 'open' && (
          <ConfirmButton
            title={t('annual.manage.closeTitle')}
            message={t('annual.manage.closeMessage')}
            confirmLabel={t('annual.manage.close')}
            onConfirm={() => close.mutate()}
            isPending={close.isPending}
          >
            {t('annual.manage.close')}
          </ConfirmButton>
        )}
        {campaign.status === 'closed' && !campaign.publishedAt && (
          <ConfirmButton
            title={t('annual.manage.publishTitle')}
            message={t('annual.manage.publishMessage')}
            confirmLabel={t('annual.manage.publish')}
            onConfirm={() => publish.mutate()}
            isPending={publish.isPending}
          >
            {t('annual.manage.publish')}
          </ConfirmButton>
        )}
      </div>
      {clinics.isError && <ErrorMessage error={clinics.error} lead={t('common.loadFailed')} focus={false} />}
      {clinics.data && (
        <DataTable
          caption={t('annual.manage.clinicsCaption')}
          columns={[
            t('annual.manage.colClinic'),
            t('annual.manage.colHospital'),
            t('annual.manage.colDirector'),
            t('annual.manage.colInvited'),
            t('annual.manage.colAnswered'),
          ]}
        >
          {clinics.data.clinics.map((clinic) => (
            <tr key={clinic.unitId}>
              <th scope="row">{clinic.unitName}</th>
              <td>{clinic.hospitalName}</td>
              <td>
                {clinic.director ? (
                  `${clinic.director.name} (${clinic.director.email})`
                ) : campaign.status === 'closed' ? (
                  '–'
                ) : (
                  <DirectorForm campaignId={campaign.id} clinic={clinic} />
                )}
              </td>
              <td>{yesNo(clinic.invited)}</td>
              <td>{yesNo(clinic.answered)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
