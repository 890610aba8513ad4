import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../api/session';
import type { Option } from '../../../ui/fields';
import { useUsers } from '../api/hooks';
import type { Review } from '../api/requests';

/** Who can be assigned to a review: active inspectors (and admins, for admins), plus whoever already is. */
export function useInspectorOptions(review: Review | undefined): (Option & { isDisabled?: boolean })[] {
  const { t } = useTranslation();
  const me = useMe().data;
  const users = useUsers(me?.role === 'admin' || me?.role === 'inspector').data?.users;
  return useMemo(() => {
    const people = new Map<string, { id: string; name: string; email: string }>();
    for (const user of users ?? []) if (user.active && user.role !== 'reader') people.set(user.id, user);
    for (const inspector of review?.inspectors ?? []) people.set(inspector.id, inspector);
    return [...people.values()].map((p) => ({
      id: p.id,
      label: p.id === me?.id ? t('console.reviewForm.you', { name: p.name }) : `${p.name} (${p.email})`,
      // An inspector runs their own reviews: they cannot take themselves off (and lose access).
      isDisabled: me?.role === 'inspector' && p.id === me.id,
    }));
  }, [users, review, me, t]);
}
