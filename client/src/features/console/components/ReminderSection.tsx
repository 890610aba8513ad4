import { isFuture, parse } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useCancelReminder, useReminders, useScheduleReminder } from '../api/hooks';
import type { ReminderRound, Review } from '../api/requests';
import { formatDateTime } from '../../../i18n/format';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage, fieldErrors, QueryState, StatusMessage } from '../../../ui/feedback';
import { ActionButton } from '../../../ui/fields';
import { DateField, TimeField } from '../../../ui/date/DateField';
import { DataTable } from '../../../ui/tables';

function RoundTable({ review, rounds, onCancelled }: { review: Review; rounds: ReminderRound[]; onCancelled: (at: string) => void }) {
  const { t } = useTranslation();
  const cancel = useCancelReminder(review.id);
  const caption = t('console.reminders.caption');
  if (rounds.length === 0) return <p className="empty-state">{t('console.reminders.empty')}</p>;
  return (
    <>
      {cancel.isError && <ErrorMessage error={cancel.error} lead={t('common.actionFailed')} />}
      <DataTable
        caption={caption}
        columns={[
          t('console.reminders.colAt'),
          t('console.reminders.colStatus'),
          { label: t('console.reminders.colSent'), className: 'numeric' },
          t('console.reminders.colDone'),
          t('console.reminders.colActions'),
        ]}
      >
        {rounds.map((round) => {
          const at = formatDateTime(round.scheduledFor);
          return (
            <tr key={round.id}>
              <th scope="row">{at}</th>
              <td>{t(`console.reminders.status.${round.status}`)}</td>
              <td className="numeric">{round.sentCount}</td>
              <td>{formatDateTime(round.doneAt) || t('common.none')}</td>
              <td>
                {round.status === 'scheduled' && (
                  <ConfirmButton
                    variant="danger"
                    small
                    ariaLabel={t('console.reminders.cancelLabel', { at })}
                    title={t('console.reminders.cancelConfirmTitle')}
                    message={<p>{t('console.reminders.cancelConfirmText', { at })}</p>}
                    confirmLabel={t('console.reminders.cancelConfirm')}
                    onConfirm={() => cancel.mutate(round.id, { onSuccess: () => onCancelled(at) })}
                  >
                    {t('console.reminders.cancel')}
                  </ConfirmButton>
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}

/** A wall-clock date and time in the person's own time zone; they think in local time. */
function localMoment(date: string, time: string): Date {
  return parse(`${date.trim()} ${time.trim().replace('.', ':')}`, 'yyyy-MM-dd H:mm', new Date());
}

/** Plan reminder rounds (to everyone invited who has not answered) and cancel planned ones. */
export function ReminderSection({ review }: { review: Review }) {
  const { t } = useTranslation();
  const rounds = useReminders(review.id);
  const schedule = useScheduleReminder(review.id);
  const [message, setMessage] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [pastError, setPastError] = useState(false);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const closed = review.status === 'closed';

  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('console.reminders.heading')}</h2>
      <p>{t('console.reminders.intro')}</p>
      <StatusMessage>{message}</StatusMessage>
      {!closed && (
        <>
          {pastError && <ErrorMessage error={null} lead={t('common.saveFailed')} detail={t('console.reminders.mustBeFuture')} />}
          {schedule.isError && <ErrorMessage error={schedule.error} lead={t('common.saveFailed')} />}
          <Form
            key={formKey}
            className="form form-inline"
            validationErrors={fieldErrors(schedule.error)}
            onSubmit={(event) => {
              event.preventDefault();
              const at = localMoment(date, time);
              if (!isFuture(at)) {
                setMessage(null);
                setPastError(true);
                return;
              }
              setPastError(false);
              schedule.mutate(at.toISOString(), {
                onSuccess: (round) => {
                  setMessage(t('console.reminders.scheduled', { at: formatDateTime(round.scheduledFor) }));
                  setFormKey((k) => k + 1);
                  setDate('');
                  setTime('');
                },
              });
            }}
          >
            <DateField name="date" label={t('console.reminders.date')} isRequired value={date} onChange={setDate} validationBehavior="native" />
            <TimeField
              name="time"
              label={t('console.reminders.time')}
              description={t('console.reminders.timeHint')}
              isRequired
              value={time}
              onChange={setTime}
              validationBehavior="native"
            />
            <ActionButton type="submit" isPending={schedule.isPending}>
              {schedule.isPending ? t('console.reminders.scheduling') : t('console.reminders.schedule')}
            </ActionButton>
          </Form>
        </>
      )}
      <QueryState query={rounds}>
        {({ rounds: list }) => <RoundTable review={review} rounds={list} onCancelled={(at) => setMessage(t('console.reminders.cancelled', { at }))} />}
      </QueryState>
    </section>
  );
}
