import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localText } from '../../../i18n/format';
import { formatDateTime } from '../../../i18n/format';
import { ErrorMessage, PageHeading, QueryState, StatusMessage } from '../../../ui/feedback';
import { hospitalApi, useHospitalChange, useInterviews, type Interviews } from '../api';
import { HospitalNav } from '../components/HospitalNav';
import '../hospital.css';

/** The leadership functions and the notes per function (inspectors' working material, never shown to the hospital). */
export function HospitalInterviewsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const interviews = useInterviews(id);
  return (
    <>
      <PageHeading title={t('hospital.interviews.title')}>{t('hospital.interviews.title')}</PageHeading>
      <HospitalNav id={id} />
      <p>{t('hospital.interviews.intro')}</p>
      <QueryState query={interviews}>{(data) => <FunctionList id={id} data={data} />}</QueryState>
      <AddFunction id={id} />
    </>
  );
}

function FunctionList({ id, data }: { id: string; data: Interviews }) {
  const { t } = useTranslation();
  return (
    <>
      {data.functions.map((f) => (
        <section key={f.key} className="interview" aria-labelledby={`${f.key}-heading`}>
          <h2 id={`${f.key}-heading`}>{localText(f.name)}</h2>
          <p className="field-note">{t('hospital.interviews.notes', { count: f.notes })}</p>
          <ul>
            {data.notes
              .filter((n) => n.function === f.key)
              .map((n) => (
                <li key={n.id}>
                  <span className="field-note">{formatDateTime(n.savedAt)}</span> {n.body}
                </li>
              ))}
          </ul>
          <NewNote id={id} functionKey={f.key} name={localText(f.name)} />
        </section>
      ))}
    </>
  );
}

function NewNote({ id, functionKey, name }: { id: string; functionKey: string; name: string }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const save = useHospitalChange(id, (text: string) =>
    hospitalApi.saveNote(id, crypto.randomUUID(), { function: functionKey, body: text, savedAt: new Date().toISOString() }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (body.trim()) save.mutate(body, { onSuccess: () => setBody('') });
  };
  return (
    <form onSubmit={submit} className="hospital-form">
      <label htmlFor={`${functionKey}-note`}>{t('hospital.interviews.newNote', { name })}</label>
      <textarea id={`${functionKey}-note`} rows={3} maxLength={20000} value={body} onChange={(e) => setBody(e.target.value)} />
      <StatusMessage>{save.isSuccess && t('hospital.interviews.noteSaved')}</StatusMessage>
      {save.isError && <ErrorMessage error={save.error} lead={t('common.saveFailed')} />}
      <button type="submit" className="button button-secondary button-small">
        {t('hospital.interviews.saveNote')}
      </button>
    </form>
  );
}

function AddFunction({ id }: { id: string }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const add = useHospitalChange(id, (name: string) => hospitalApi.addFunction(id, name));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(label, { onSuccess: () => setLabel('') });
  };
  return (
    <section aria-labelledby="add-function-heading">
      <h2 id="add-function-heading">{t('hospital.interviews.add')}</h2>
      {add.isError && <ErrorMessage error={add.error} lead={t('common.saveFailed')} />}
      <form onSubmit={submit} className="hospital-form">
        <label htmlFor="add-function">{t('hospital.interviews.addLabel')}</label>
        <input id="add-function" required maxLength={120} value={label} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit" className="button button-primary">
          {t('hospital.interviews.add')}
        </button>
      </form>
    </section>
  );
}
