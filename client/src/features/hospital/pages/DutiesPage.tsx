import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localText } from '../../../i18n/format';
import { PageHeading, QueryState, useErrorText } from '../../../ui/feedback';
import { PointStatusRadios } from '../../../ui/PointStatusRadios';
import { hospitalApi, useHospitalReview, type Duty, type PointStatus } from '../api';
import { HospitalNav } from '../components/HospitalNav';
import '../hospital.css';

/** The care provider's duties, each judged with its evidence; a judgement is saved as it is chosen, a note when the field is left. */
export function HospitalDutiesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useHospitalReview(id);
  return (
    <QueryState query={view}>
      {(v) => (
        <>
          <PageHeading title={`${t('hospital.duties.title')}: ${v.review.title}`}>{t('hospital.duties.title')}</PageHeading>
          <p className="report-meta">{v.review.hospital.name}</p>
          <HospitalNav id={id} />
          <p>{t('hospital.duties.intro')}</p>
          {v.duties.map((duty) => (
            <DutyForm key={duty.id} reviewId={id} duty={duty} />
          ))}
        </>
      )}
    </QueryState>
  );
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: unknown };

function DutyForm({ reviewId, duty }: { reviewId: string; duty: Duty }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const fieldId = useId();
  const [status, setStatus] = useState<PointStatus>(duty.status);
  const [note, setNote] = useState(duty.note);
  const [savedNote, setSavedNote] = useState(duty.note);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = async (body: { status: PointStatus; note: string }) => {
    setState({ kind: 'saving' });
    try {
      const saved = await hospitalApi.assess(reviewId, duty.id, body);
      setSavedNote(saved.note);
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };
  const stateText =
    state.kind === 'saving'
      ? t('hospital.duties.saving')
      : state.kind === 'saved'
        ? t('hospital.duties.saved')
        : state.kind === 'failed'
          ? `${t('hospital.duties.failed')} ${errorText(state.error).detail}`
          : '';
  return (
    <article className="checklist-point duty" aria-labelledby={`${fieldId}-title`}>
      <h2 id={`${fieldId}-title`} className="point-title">
        <span className="point-id">{duty.id}</span> <span>{localText(duty.text)}</span>
      </h2>
      <p>
        <span className={`basis-badge basis-${duty.basis.kind}`}>{t(`hospital.basis.${duty.basis.kind as 'rule' | 'advice' | 'indicator'}`)}</span>
        {duty.basis.reference && ` ${duty.basis.reference}`}
      </p>
      <p className="field-hint">{t('hospital.duties.evidence', { text: localText(duty.evidence) })}</p>
      <PointStatusRadios
        name={`${fieldId}-status`}
        legend={t('hospital.duties.judgement', { duty: duty.id })}
        value={status}
        label={(value) => t(`hospital.judgement.${value}`)}
        onChange={(value) => {
          setStatus(value);
          void save({ status: value, note });
        }}
      />
      <div className="edit-field">
        <label htmlFor={`${fieldId}-note`}>{t('hospital.duties.note', { duty: duty.id })}</label>
        <textarea
          id={`${fieldId}-note`}
          rows={3}
          maxLength={5000}
          value={note}
          aria-describedby={`${fieldId}-state`}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => {
            if (note !== savedNote) void save({ status, note });
          }}
        />
      </div>
      <p id={`${fieldId}-state`} role="status" className={`save-state save-state-${state.kind}`}>
        {stateText}
      </p>
    </article>
  );
}
