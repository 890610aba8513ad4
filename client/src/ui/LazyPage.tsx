import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/*
 * Pages load lazily so each route downloads only its own code: the start page and the
 * respondent's survey never pull in the console, Chart.js or the report.
 */

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="status-box status-pending">
      {t('layout.loading')}
    </p>
  );
}

/** The header and menu show at once; the lazy part loads inside. */
export function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

/**
 * A lazily loaded page; `name` is the module's named export. `alsoLoad` loads alongside it,
 * e.g. the translations the page needs.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K, alsoLoad?: () => Promise<unknown>): ReactNode {
  const Page = lazy(async (): Promise<{ default: ComponentType }> => {
    const [module] = await Promise.all([load(), alsoLoad?.()]);
    return { default: module[name] };
  });
  return (
    <Lazy>
      <Page />
    </Lazy>
  );
}
