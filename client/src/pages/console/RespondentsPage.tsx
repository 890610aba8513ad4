import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Cell, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useRemoveRespondent, useRespondents, useReview } from '../../api/console-hooks';
import type { Respondent, Review } from '../../api/console';
import { AddRespondentForm } from '../../components/console/AddRespondentForm';
import { ConfirmButton } from '../../components/console/ConfirmButton';
import { ErrorMessage, QueryState, StatusMessage } from '../../components/console/feedback';
import { RespondentImport } from '../../components/console/RespondentImport';
import { ReviewHeader } from '../../components/console/ReviewHeader';
import { TableColumn, TableScroll, useSorted } from '../../components/console/tables';
import { formatDate } from '../../i18n/format';

const ROLE_ORDER = ['st', 'supervisor', 'director', 'head'];

function RespondentTable({ review, respondents }: { review: Review; respondents: Respondent[] }) {
  const { t } = useTranslation();
  const remove = useRemoveRespondent(review.id);
  const [removed, setRemoved] = useState<string | null>(null);
  const unitName = (id: string | null) => review.units.find((u) => u.id === id)?.name ?? t('console.common.none');
  const { sorted, sortDescriptor, onSortChange } = useSorted(
    respondents,
    {
      name: (r) => r.name,
      email: (r) => r.email,
      role: (r) => ROLE_ORDER.indexOf(r.role),
      unit: (r) => unitName(r.unitId),
      invited: (r) => r.invitedAt ?? '',
      answered: (r) => r.answered,
      reminders: (r) => r.reminders,
    },
    { column: 'name', direction: 'ascending' },
  );
  const editable = review.status !== 'closed';

  return (
    <>
      <StatusMessage>{removed && t('console.respondents.removed', { name: removed })}</StatusMessage>
      {remove.isError && <ErrorMessage error={remove.error} lead={t('console.common.actionFailed')} />}
      <TableScroll label={t('console.respondents.caption')}>
        <Table aria-labelledby="respondents-heading" className="table" sortDescriptor={sortDescriptor} onSortChange={onSortChange}>
          <TableHeader>
            <TableColumn id="name" isRowHeader allowsSorting>{t('console.respondents.colName')}</TableColumn>
            <TableColumn id="email" allowsSorting>{t('console.respondents.colEmail')}</TableColumn>
            <TableColumn id="role" allowsSorting>{t('console.respondents.colRole')}</TableColumn>
            <TableColumn id="unit" allowsSorting>{t('console.respondents.colUnit')}</TableColumn>
            <TableColumn id="invited" allowsSorting>{t('console.respondents.colInvited')}</TableColumn>
            <TableColumn id="answered" allowsSorting>{t('console.respondents.colAnswered')}</TableColumn>
            <TableColumn id="reminders" allowsSorting className="numeric">{t('console.respondents.colReminders')}</TableColumn>
            {editable && <TableColumn id="actions">{t('console.respondents.colActions')}</TableColumn>}
          </TableHeader>
          <TableBody items={sorted}>
            {(r) => (
              <Row id={r.id}>
                <Cell>{r.name}</Cell>
                <Cell>{r.email}</Cell>
                <Cell>{t(`roles.${r.role}`)}</Cell>
                <Cell>{unitName(r.unitId)}</Cell>
                <Cell>{r.invitedAt ? formatDate(r.invitedAt) : t('console.respondents.notInvited')}</Cell>
                <Cell>{r.answered ? t('console.common.yes') : t('console.common.no')}</Cell>
                <Cell className="numeric">{r.reminders}</Cell>
                {editable && (
                  <Cell>
                    {!r.answered && (
                      <ConfirmButton
                        variant="danger"
                        small
                        ariaLabel={t('console.respondents.removeLabel', { name: r.name })}
                        title={t('console.respondents.removeConfirmTitle', { name: r.name })}
                        message={<p>{t('console.respondents.removeConfirmText', { name: r.name, email: r.email })}</p>}
                        confirmLabel={t('console.respondents.remove')}
                        onConfirm={() => remove.mutate(r.id, { onSuccess: () => setRemoved(r.name) })}
                      >
                        {t('console.respondents.remove')}
                      </ConfirmButton>
                    )}
                  </Cell>
                )}
              </Row>
            )}
          </TableBody>
        </Table>
      </TableScroll>
    </>
  );
}

function RespondentList({ review }: { review: Review }) {
  const { t } = useTranslation();
  const respondents = useRespondents(review.id);
  return (
    <section aria-labelledby="respondents-heading">
      <h2 id="respondents-heading">{t('console.respondents.listHeading')}</h2>
      <QueryState query={respondents}>
        {({ respondents: list }) =>
          list.length === 0 ? (
            <p className="empty-state">{t('console.respondents.empty')}</p>
          ) : (
            <>
              <p>
                {t('console.respondents.summary', {
                  total: list.length,
                  invited: list.filter((r) => r.invitedAt).length,
                  answered: list.filter((r) => r.answered).length,
                })}
              </p>
              <RespondentTable review={review} respondents={list} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

export function RespondentsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const review = useReview(id);
  return (
    <>
      <ReviewHeader reviewId={id} review={review.data} page="respondents" />
      <QueryState query={review}>
        {(data) => (
          <>
            <RespondentList review={data} />
            {data.status === 'closed' ? (
              <p className="status-box status-pending message-box">{t('console.respondents.closedNote')}</p>
            ) : (
              <>
                <RespondentImport review={data} />
                <AddRespondentForm review={data} />
              </>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
