import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { ActionButton } from '../../../ui/fields';

/** What a list read page by page (TanStack's infinite query) tells about its state. */
interface PagedQuery {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** A list read page by page: loading, error, empty state, then the rows, how many, and "load more". */
export function PagedResults({ query, count, empty, children }: { query: PagedQuery; count: number; empty: string; children: ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} lead={t('common.loadFailed')} focus={false} />;
  if (count === 0) return <p className="empty-state">{empty}</p>;
  return (
    <>
      {children}
      <p role="status">{t('common.showing', { count })}</p>
      {query.hasNextPage && (
        <ActionButton variant="secondary" onPress={() => void query.fetchNextPage()} isPending={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
        </ActionButton>
      )}
    </>
  );
}
