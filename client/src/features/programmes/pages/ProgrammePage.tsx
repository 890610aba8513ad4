import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isAdmin, useMe } from '../../../api/session';
import { localText } from '../../../i18n/format';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { Expandable } from '../../../ui/Expandable';
import { ErrorMessage, PageHeading, QueryState } from '../../../ui/feedback';
import { DataTable } from '../../../ui/tables';
import {
  programmesApi,
  useNationalModel,
  useProgrammeAssessment,
  useProgrammeChange,
  useProgrammes,
  type NationalModelView,
  type ProgrammeAssessment,
} from '../api';
import { AssessmentForm } from '../components/AssessmentForm';
import { ConformanceBadge } from '../components/ConformanceBadge';
import { ProgrammeDocuments } from '../components/ProgrammeDocuments';
import { ProgrammeForm } from '../components/ProgrammeForm';
import { useProgrammeFacts } from './ProgrammesPage';
import '../programmes.css';

function Facts({ assessment }: { assessment: ProgrammeAssessment }) {
  const { t } = useTranslation();
  const facts = useProgrammeFacts();
  const p = assessment.programme;
  const yesNo = (value: boolean | null) => (value === null ? t('programmes.unknown') : value ? t('programmes.form.yes') : t('programmes.form.no'));
  const rows: [string, string][] = [
    [t('programmes.colRegion'), localText(p.region.name)],
    [t('programmes.colType'), t(`programmes.types.${p.programmeType}`)],
    [t('programmes.colStatus'), t(`programmes.statuses.${p.status}`)],
    [t('programmes.programme.doctorsOnly'), p.doctorsOnly ? t('programmes.programme.doctorsOnlyYes') : t('programmes.programme.doctorsOnlyNo')],
    [t('programmes.programme.aimedAtJunior'), yesNo(p.aimedAtJunior)],
    [t('programmes.colLength'), facts.length(p)],
    [t('programmes.programme.includesUgl'), yesNo(p.includesUgl)],
    [t('programmes.colPlaces'), facts.places(p)],
  ];
  return (
    <section aria-labelledby="programme-facts">
      <h2 id="programme-facts">{t('programmes.programme.facts')}</h2>
      <dl className="programme-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Summary({ assessment, model }: { assessment: ProgrammeAssessment; model: NationalModelView }) {
  const { t } = useTranslation();
  const c = assessment.counts;
  const pointText = (key: string) => localText(model.points.find((p) => p.key === key)?.text ?? { sv: key, en: key });
  return (
    <section aria-labelledby="programme-summary">
      <h2 id="programme-summary">{t('programmes.programme.summaryTitle', { version: assessment.modelVersion })}</h2>
      <p className="programme-summary">
        {t('programmes.programme.summary', {
          met: c.met,
          total: model.points.length,
          partly: c.partly_met,
          notMet: c.not_met,
          notStated: c.not_stated,
          unassessed: c.unassessed,
        })}
      </p>
      <h3>{t('programmes.programme.gapsTitle')}</h3>
      {assessment.gaps.length === 0 ? (
        <p>{t('programmes.programme.gapsEmpty')}</p>
      ) : (
        <ul className="programme-gaps">
          {assessment.gaps.map((gap) => (
            <li key={gap.pointKey}>
              <ConformanceBadge status={gap.status} /> {pointText(gap.pointKey)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Assessment({ assessment, model, canManage }: { assessment: ProgrammeAssessment; model: NationalModelView; canManage: boolean }) {
  const { t } = useTranslation();
  const judgements = new Map(assessment.judgements.map((j) => [j.pointKey, j]));
  const documentName = (id: string | null) => assessment.documents.find((d) => d.id === id)?.fileName;
  return (
    <section aria-labelledby="programme-assessment">
      <h2 id="programme-assessment">{t('programmes.programme.assessmentTitle')}</h2>
      <DataTable
        caption={t('programmes.programme.assessmentCaption')}
        captionHidden
        columns={[
          t('programmes.programme.colPoint'),
          t('programmes.programme.colStatus'),
          t('programmes.programme.colEvidence'),
          t('programmes.programme.colNote'),
        ]}
      >
        {model.groups.map((group) => [
          <tr key={group.key} className="conformance-group">
            <th scope="colgroup" colSpan={4}>
              {localText(group.text)}
            </th>
          </tr>,
          ...model.points
            .filter((p) => p.group === group.key)
            .map((point) => {
              const j = judgements.get(point.key);
              return (
                <tr key={point.key}>
                  <th scope="row">
                    {localText(point.text)}
                    {canManage && (
                      <div className="no-print">
                        <Expandable
                          heading={t('programmes.programme.judge', { point: localText(point.text) })}
                          level={3}
                          className="disclosure judge-disclosure"
                        >
                          <AssessmentForm programmeId={assessment.programme.id} pointKey={point.key} judgement={j} documents={assessment.documents} />
                        </Expandable>
                      </div>
                    )}
                  </th>
                  <td>
                    <ConformanceBadge status={j?.status ?? null} />
                  </td>
                  <td>
                    {j?.evidence && <blockquote className="programme-quote">{j.evidence}</blockquote>}
                    {j?.documentId && <span className="programme-source">{documentName(j.documentId)}</span>}
                  </td>
                  <td>{j?.note}</td>
                </tr>
              );
            }),
        ])}
      </DataTable>
    </section>
  );
}

function Manage({ assessment }: { assessment: ProgrammeAssessment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useProgrammes();
  const remove = useProgrammeChange(() => programmesApi.remove(assessment.programme.id));
  return (
    <div className="no-print">
      {list.data && (
        <Expandable heading={t('programmes.form.editTitle')} level={2}>
          <ProgrammeForm regions={list.data.regions} programme={assessment.programme} />
        </Expandable>
      )}
      {remove.isError && <ErrorMessage error={remove.error} lead={t('common.saveFailed')} />}
      <ConfirmButton
        variant="danger"
        title={t('programmes.form.remove')}
        message={t('programmes.form.removeConfirm', { name: assessment.programme.name })}
        confirmLabel={t('programmes.form.remove')}
        isPending={remove.isPending}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate('/programmes') })}
      >
        {t('programmes.form.remove')}
      </ConfirmButton>
    </div>
  );
}

/** One programme: its facts, how it stands against the model, its gaps and its documents; admins judge each point. */
export function ProgrammePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe().data;
  const canManage = !!me && isAdmin(me.role);
  const assessment = useProgrammeAssessment(id);
  const model = useNationalModel();
  return (
    <QueryState query={assessment}>
      {(a) => (
        <>
          <p className="no-print">
            <Link to="/programmes">{t('programmes.programme.back')}</Link>
          </p>
          <PageHeading title={a.programme.name}>
            {a.programme.name} – {localText(a.programme.region.name)}
          </PageHeading>
          <Facts assessment={a} />
          <QueryState query={model}>
            {(m) => (
              <>
                <Summary assessment={a} model={m} />
                <ProgrammeDocuments programmeId={a.programme.id} documents={a.documents} canManage={canManage} />
                <Assessment assessment={a} model={m} canManage={canManage} />
              </>
            )}
          </QueryState>
          {canManage && <Manage assessment={a} />}
        </>
      )}
    </QueryState>
  );
}
