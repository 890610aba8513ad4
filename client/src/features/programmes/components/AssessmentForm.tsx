import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectInput, TextInput } from '../../../ui/fields';
import { SaveForm } from '../../../ui/SaveForm';
import { CONFORMANCE_STATUSES, programmesApi, useProgrammeChange, type AssessmentBody, type ProgrammeAssessment } from '../api';

type Judgement = ProgrammeAssessment['judgements'][number];

/** Judges one point of the model: the status, the passage quoted from a document, and a note. */
export function AssessmentForm({
  programmeId,
  pointKey,
  judgement,
  documents,
}: {
  programmeId: string;
  pointKey: string;
  judgement: Judgement | undefined;
  documents: ProgrammeAssessment['documents'];
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(judgement?.status ?? null);
  const [documentId, setDocumentId] = useState<string>(judgement?.documentId ?? '');
  const save = useProgrammeChange((body: AssessmentBody) => programmesApi.assess(programmeId, pointKey, body));
  return (
    <SaveForm
      saving={save}
      saved={() => t('programmes.programme.savedJudgement')}
      submitLabel={t('programmes.programme.saveJudgement')}
      pendingLabel={t('programmes.programme.savingJudgement')}
      onSubmit={(form) => {
        const evidence = String(form.get('evidence') ?? '').trim();
        const note = String(form.get('note') ?? '').trim();
        save.mutate({
          status: (status ?? '') as AssessmentBody['status'],
          ...(evidence ? { evidence } : {}),
          ...(note ? { note } : {}),
          ...(documentId ? { documentId } : {}),
        });
      }}
    >
      <SelectInput
        label={t('programmes.programme.status')}
        options={CONFORMANCE_STATUSES.map((id) => ({ id, label: t(`programmes.status.${id}`) }))}
        value={status}
        onChange={setStatus}
        isRequired
      />
      <TextInput
        name="evidence"
        label={t('programmes.programme.evidence')}
        description={t('programmes.programme.evidenceHelp')}
        defaultValue={judgement?.evidence ?? ''}
        maxLength={2000}
      />
      {documents.length > 0 && (
        <SelectInput
          label={t('programmes.programme.document')}
          options={[{ id: '', label: t('programmes.programme.noDocument') }, ...documents.map((d) => ({ id: d.id, label: d.fileName }))]}
          value={documentId}
          onChange={(v) => setDocumentId(v ?? '')}
        />
      )}
      <TextInput name="note" label={t('programmes.programme.note')} defaultValue={judgement?.note ?? ''} maxLength={2000} />
    </SaveForm>
  );
}
