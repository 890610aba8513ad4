import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPercent } from '../../../i18n/format';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage, PageHeading, QueryState, StatusMessage } from '../../../ui/feedback';
import { DataTable } from '../../../ui/tables';
import { hospitalApi, useHospitalChange, useHospitalReview, useHospitalReviews, useHospitals, type HospitalProfileBody, type HospitalReviewView } from '../api';
import { HospitalNav } from '../components/HospitalNav';
import { RegisterTable, SynthesisView } from '../components/Synthesis';
import '../hospital.css';

/** The hospital-level reviews the caller may see; staff create new ones here. */
export function HospitalReviewListPage() {
  const { t } = useTranslation();
  const reviews = useHospitalReviews();
  return (
    <>
      <PageHeading title={t('hospital.title')}>{t('hospital.title')}</PageHeading>
      <p>{t('hospital.intro')}</p>
      <QueryState query={reviews}>
        {({ reviews: list }) =>
          list.length === 0 ? (
            <p className="empty-state">{t('hospital.none')}</p>
          ) : (
            <DataTable caption={t('hospital.title')} captionHidden columns={[t('hospital.colTitle'), t('hospital.colHospital'), t('hospital.colStatus')]}>
              {list.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={r.reportPublishedAt ? `/hospital-reviews/${r.id}/report` : `/hospital-reviews/${r.id}`}>{r.title}</Link>
                  </th>
                  <td>{r.hospital.name}</td>
                  <td>
                    {r.reportPublishedAt ? t('hospital.published', { date: formatDate(r.reportPublishedAt.slice(0, 10)) }) : t(`hospital.status.${r.status}`)}
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
      <CreateForm />
    </>
  );
}

function CreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const hospitals = useHospitals();
  const [title, setTitle] = useState('');
  const [hospitalId, setHospitalId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  if (!hospitals.data) return null; // readers are not shown the form (the hospitals list is staff's)
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    try {
      const { id } = await hospitalApi.create({ title, hospitalId });
      void navigate(`/hospital-reviews/${id}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <section aria-labelledby="create-heading">
      <h2 id="create-heading">{t('hospital.create')}</h2>
      {error !== null && <ErrorMessage error={error} lead={t('common.saveFailed')} />}
      <form onSubmit={(e) => void submit(e)} className="hospital-form">
        <label htmlFor="hr-title">{t('hospital.createTitle')}</label>
        <input id="hr-title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor="hr-hospital">{t('hospital.createHospital')}</label>
        <select id="hr-hospital" required value={hospitalId} onChange={(e) => setHospitalId(e.target.value)}>
          <option value="" />
          {hospitals.data.hospitals.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-primary" aria-disabled={pending || undefined}>
          {pending ? t('hospital.creating') : t('hospital.create')}
        </button>
      </form>
    </section>
  );
}

/** The inspector's overview: profile, the document register, the synthesis, closing. */
export function HospitalReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useHospitalReview(id);
  return (
    <QueryState query={view}>
      {(v) => (
        <>
          <PageHeading title={v.review.title}>{v.review.title}</PageHeading>
          <p className="report-meta">
            {v.review.hospital.name} · {t(`hospital.status.${v.review.status}`)}
          </p>
          <HospitalNav id={id} />
          <ProfileForm id={id} view={v} />
          <section aria-labelledby="register-heading">
            <h2 id="register-heading">{t('hospital.register.title')}</h2>
            <RegisterTable register={v.register} />
            <p>
              <Link to={`/reviews/${id}/documents`}>{t('hospital.register.manage')}</Link>
            </p>
          </section>
          <SynthesisView synthesis={v.synthesis} stored={v.synthesisStored} />
          {v.review.status !== 'closed' && <CloseReview id={id} />}
        </>
      )}
    </QueryState>
  );
}

function ProfileForm({ id, view }: { id: string; view: HospitalReviewView }) {
  const { t } = useTranslation();
  const p = view.profile;
  const [values, setValues] = useState({
    beds: String(p?.beds ?? ''),
    doctors: String(p?.doctors ?? ''),
    stDoctors: String(p?.stDoctors ?? ''),
    directorPercentPerTrainee: String(p?.directorPercentPerTrainee ?? ''),
    stFundingPerPost: p?.stFundingPerPost == null ? '' : String(p.stFundingPerPost),
  });
  const save = useHospitalChange(id, (body: HospitalProfileBody) => hospitalApi.saveProfile(id, body));
  const closed = view.review.status === 'closed';
  const field = (key: keyof typeof values, label: string, step = '1') => (
    <div className="edit-field" key={key}>
      <label htmlFor={`profile-${key}`}>{label}</label>
      <input
        id={`profile-${key}`}
        type="number"
        inputMode="decimal"
        min="0"
        step={step}
        required={key !== 'stFundingPerPost'}
        readOnly={closed}
        value={values[key]}
        onChange={(e) => setValues({ ...values, [key]: e.target.value })}
      />
    </div>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      beds: Number(values.beds),
      doctors: Number(values.doctors),
      stDoctors: Number(values.stDoctors),
      directorPercentPerTrainee: Number(values.directorPercentPerTrainee.replace(',', '.')),
      stFundingPerPost: values.stFundingPerPost === '' ? null : Number(values.stFundingPerPost),
    });
  };
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('hospital.profile.title')}</h2>
      {p && (
        <p>
          {t('hospital.profile.stShare')}: {p.stShare.percent === null ? '–' : formatPercent(p.stShare.percent)} ({p.stDoctors}/{p.doctors})
        </p>
      )}
      <StatusMessage>{save.isSuccess && t('hospital.profile.saved')}</StatusMessage>
      {save.isError && <ErrorMessage error={save.error} lead={t('common.saveFailed')} />}
      <form onSubmit={submit} className="hospital-form profile-form">
        {field('beds', t('hospital.profile.beds'))}
        {field('doctors', t('hospital.profile.doctors'))}
        {field('stDoctors', t('hospital.profile.stDoctors'))}
        {field('directorPercentPerTrainee', t('hospital.profile.directorPercent'), '0.01')}
        {field('stFundingPerPost', t('hospital.profile.funding'))}
        {!closed && (
          <button type="submit" className="button button-primary" aria-disabled={save.isPending || undefined}>
            {save.isPending ? t('hospital.profile.saving') : t('hospital.profile.save')}
          </button>
        )}
      </form>
    </section>
  );
}

function CloseReview({ id }: { id: string }) {
  const { t } = useTranslation();
  const close = useHospitalChange(id, () => hospitalApi.close(id));
  return (
    <section aria-labelledby="close-heading" className="no-print">
      <h2 id="close-heading">{t('hospital.close.title')}</h2>
      <p>{t('hospital.close.text')}</p>
      {close.isError && <ErrorMessage error={close.error} lead={t('common.saveFailed')} />}
      <ConfirmButton
        title={t('hospital.close.title')}
        message={<p>{t('hospital.close.text')}</p>}
        confirmLabel={t('hospital.close.confirm')}
        onConfirm={() => close.mutate(undefined)}
      >
        {t('hospital.close.button')}
      </ConfirmButton>
    </section>
  );
}
