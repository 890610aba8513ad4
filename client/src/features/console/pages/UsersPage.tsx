import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Cell, Row } from 'react-aria-components';
import { useEndSessions, useHospitals, useUsers } from '../api/hooks';
import type { User } from '../api/requests';
import { useMe } from '../../../api/session';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage, PageHeading, QueryState, StatusMessage } from '../../../ui/feedback';
import { SortedTable } from '../../../ui/tables';
import { AddUserForm, EditUserButton } from '../components/UserForms';
import { formatDate } from '../../../i18n/format';

function UserTable({ users }: { users: User[] }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const hospitalList = useHospitals().data?.hospitals ?? [];
  const hospitals = new Map(hospitalList.map((h) => [h.id, h.name]));
  const units = new Map(hospitalList.flatMap((h) => h.units.map((u) => [u.id, u.name] as const)));
  const endSessions = useEndSessions();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <StatusMessage>{message}</StatusMessage>
      {endSessions.isError && <ErrorMessage error={endSessions.error} lead={t('common.actionFailed')} />}
      <SortedTable
        caption={t('console.users.caption')}
        labelledBy="users-heading"
        sortedBy="name"
        items={users}
        columns={[
          { id: 'name', label: t('console.users.colName'), sortBy: (u) => u.name },
          { id: 'email', label: t('console.users.colEmail'), sortBy: (u) => u.email },
          { id: 'role', label: t('console.users.colRole'), sortBy: (u) => u.role },
          { id: 'hospital', label: t('console.users.colHospital') },
          { id: 'active', label: t('console.users.colActive'), sortBy: (u) => u.active },
          { id: 'created', label: t('console.users.colCreated'), sortBy: (u) => u.createdAt },
          { id: 'actions', label: t('console.users.colActions') },
        ]}
      >
        {(user) => (
          <Row id={user.id}>
            <Cell>{user.name}</Cell>
            <Cell>{user.email}</Cell>
            <Cell>{t(`account.roles.${user.role}`)}</Cell>
            <Cell>
              {(user.hospitalId && hospitals.get(user.hospitalId)) || t('common.none')}
              {user.unitId && units.has(user.unitId) && <span className="muted"> · {units.get(user.unitId)}</span>}
            </Cell>
            <Cell>{user.active ? t('common.yes') : t('console.users.inactive')}</Cell>
            <Cell>{formatDate(user.createdAt)}</Cell>
            <Cell>
              <div className="cell-actions">
                <EditUserButton user={user} onSaved={(name) => setMessage(t('console.users.saved', { name }))} />
                {user.id !== me?.id && (
                  <ConfirmButton
                    variant="secondary"
                    small
                    ariaLabel={t('console.users.endSessionsLabel', { name: user.name })}
                    title={t('console.users.endSessionsTitle', { name: user.name })}
                    message={<p>{t('console.users.endSessionsText', { name: user.name })}</p>}
                    confirmLabel={t('console.users.endSessions')}
                    onConfirm={() =>
                      endSessions.mutate(user.id, {
                        onSuccess: ({ revoked }) => setMessage(t('console.users.sessionsEnded', { name: user.name, count: revoked })),
                      })
                    }
                  >
                    {t('console.users.endSessions')}
                  </ConfirmButton>
                )}
              </div>
            </Cell>
          </Row>
        )}
      </SortedTable>
    </>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  return (
    <>
      <PageHeading>{t('console.users.title')}</PageHeading>
      <p>{t('console.users.intro')}</p>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">{t('console.users.caption')}</h2>
        <QueryState query={users}>{({ users: list }) => <UserTable users={list} />}</QueryState>
      </section>
      <AddUserForm />
    </>
  );
}
