import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Cell, Menu, MenuItem, MenuTrigger, Popover, Row } from 'react-aria-components';
import { useMarkUnreachable, useRemoveRespondent, useRespondents, useReview } from '../api/hooks';
import type { Respondent, Review } from '../api/requests';
import { AddRespondentForm } from '../components/AddRespondentForm';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ActionButton, buttonClass } from '../../../ui/fields';
import { ErrorMessage, QueryState, StatusMessage } from '../../../ui/feedback';
import { RespondentImport } from '../components/RespondentImport';
import { ReviewHeader } from '../components/ReviewHeader';
import { DataTable, SortedTable } from '../../../ui/tables';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { ROLES } from '../../../../../contract/domain.js';

function RespondentTable({ review, respondents }: { review: Review; respondents: Respondent[] }) {
  const { t } = useTranslation();
  const remove = useRemoveRespondent(review.id);
  const mark = useMarkUnreachable(review.id);
  const [removed, setRemoved] = useState<string | null>(null);
  const [marked, setMarked] = useState<string | null>(null);
  const unitName = (id: string | null) => review.units.find((u) => u.id === id)?.name ?? t('common.none');
  const editable = review.status !== 'closed';

  return (
    <>
      <StatusMessage>{(removed && t('console.respondents.removed', { name: removed })) || marked}</StatusMessage>
      {remove.isError && <ErrorMessage error={remove.error} lead={t('common.actionFailed')} />}
      {mark.isError && <ErrorMessage error={mark.error} lead={t('common.actionFailed')} />}
      <SortedTable
        caption={t('console.respondents.caption')}
        labelledBy="respondents-heading"
        sortedBy="name"
        items={respondents}
        columns={[
          { id: 'name', label: t('console.respondents.colName'), sortBy: (r) => r.name },
          { id: 'email', label: t('console.respondents.colEmail'), sortBy: (r) => r.email },
          { id: 'role', label: t('console.respondents.colRole'), sortBy: (r) => ROLES.indexOf(r.role) },
          { id: 'unit', label: t('console.respondents.colUnit'), sortBy: (r) => unitName(r.unitId) },
          { id: 'invited', label: t('console.respondents.colInvited'), sortBy: (r) => r.invitedAt ?? '' },
          { id: 'answered', label: t('console.respondents.colAnswered'), sortBy: (r) => r.answered },
          { id: 'reminders', label: t('console.respondents.colReminders'), sortBy: (r) => r.reminders, className: 'numeric' },
          editable && { id: 'actions', label: t('console.respondents.colActions') },
        ]}
      >
        {(r) => (
          <Row id={r.id}>
            <Cell>{r.name}</Cell>
            <Cell>{r.email}</Cell>
            <Cell>{t(`roles.${r.role}`)}</Cell>
            <Cell>{unitName(r.unitId)}</Cell>
            <Cell>{r.invitedAt ? formatDate(r.invitedAt) : t('console.respondents.notInvited')}</Cell>
            <Cell>{r.answered ? t('common.yes') : t('common.no')}</Cell>
            <Cell className="numeric">{r.reminders}</Cell>
            {editable && (
              <Cell>
                {review.status === 'open' && r.invitedAt && !r.answered && (
                  <MenuTrigger>
                    <Button className={buttonClass('secondary', true)} aria-label={t('console.respondents.markLabel', { name: r.name })}>
                      {t('console.respondents.markMenu')}
                    </Button>
                    <Popover className="select-popover">
                      <Menu
                        className="select-list"
                        onAction={(key) => {
                          const reason = key as 'bounced' | 'left';
                          mark.mutate(
                            { respondentId: r.id, reason },
                            { onSuccess: () => (setRemoved(null), setMarked(t(`console.respondents.markedAs.${reason}`, { name: r.name }))) },
                          );
                        }}
                      >
                        <MenuItem id="bounced" className="select-option">
                          {t('console.respondents.reason.bounced')}
                        </MenuItem>
                        <MenuItem id="left" className="select-option">
                          {t('console.respondents.reason.left')}
                        </MenuItem>
                      </Menu>
                    </Popover>
                  </MenuTrigger>
                )}{' '}
                {!r.answered && (
                  <ConfirmButton
                    variant="danger"
                    small
                    ariaLabel={t('console.respondents.removeLabel', { name: r.name })}
                    title={t('console.respondents.removeConfirmTitle', { name: r.name })}
                    message={<p>{t('console.respondents.removeConfirmText', { name: r.name, email: r.email })}</p>}
                    confirmLabel={t('console.respondents.remove')}
                    onConfirm={() => remove.mutate(r.id, { onSuccess: () => (setMarked(null), setRemoved(r.name)) })}
                  >
                    {t('console.respondents.remove')}
                  </ConfirmButton>
                )}
              </Cell>
            )}
          </Row>
        )}
      </SortedTable>
    </>
  );
}

/**
 * Invitees the invitation did not reach, apart from the others: they are left out of the adjusted
 * response rate and get no reminders. Marks change only while the review is open.
 */
function UnreachableList({ review, respondents }: { review: Review; respondents: Respondent[] }) {
  const { t } = useTranslation();
  const mark = useMarkUnreachable(review.id);
  const [undone, setUndone] = useState<string | null>(null);
  const unitName = (id: string | null) => review.units.find((u) => u.id === id)?.name ?? t('common.none');
  return (
    <section aria-labelledby="unreachable-heading">
      <h2 id="unreachable-heading">{t('console.respondents.unreachableHeading')}</h2>
      <p>{t(review.status === 'open' ? 'console.respondents.unreachableIntro' : 'console.respondents.unreachableFixed')}</p>
      <StatusMessage>{undone && t('console.respondents.unmarked', { name: undone })}</StatusMessage>
      {mark.isError && <ErrorMessage error={mark.error} lead={t('common.actionFailed')} />}
      <DataTable
        caption={t('console.respondents.unreachableCaption')}
        id="unreachable-table"
        columns={[
          t('console.respondents.colName'),
          t('console.respondents.colEmail'),
          t('console.respondents.colRole'),
          t('console.respondents.colUnit'),
          t('console.respondents.colReason'),
          t('console.respondents.colMarked'),
          review.status === 'open' && t('console.respondents.colActions'),
        ]}
      >
        {respondents.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.name}</th>
            <td>{r.email}</td>
            <td>{t(`roles.${r.role}`)}</td>
            <td>{unitName(r.unitId)}</td>
            <td>{t(`console.respondents.reason.${r.unreachable!.reason}`)}</td>
            <td>
              {formatDateTime(r.unreachable!.at)} · {r.unreachable!.by ?? t('console.respondents.byMailServer')}
            </td>
            {review.status === 'open' && (
              <td>
                <ActionButton
                  variant="secondary"
                  small
                  aria-label={t('console.respondents.unmarkLabel', { name: r.name })}
                  isPending={mark.isPending && mark.variables?.respondentId === r.id}
                  onPress={() => mark.mutate({ respondentId: r.id, reason: null }, { onSuccess: () => setUndone(r.name) })}
                >
                  {t('console.respondents.unmark')}
                </ActionButton>
              </td>
            )}
          </tr>
        ))}
      </DataTable>
    </section>
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
                {list.some((r) => r.unreachable) && <> {t('console.respondents.summaryUnreachable', { count: list.filter((r) => r.unreachable).length })}</>}
              </p>
              <RespondentTable review={review} respondents={list.filter((r) => !r.unreachable)} />
              {list.some((r) => r.unreachable) && <UnreachableList review={review} respondents={list.filter((r) => r.unreachable)} />}
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
