import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';

/*
 * The report pages. Readers (hospital leadership) may open the report, so they sit behind the
 * console's 'user' guard; the server decides who may read what (403 before publication). Lazy,
 * as the console: Chart.js and the pages load only when someone opens a report.
 */

const ConsoleShell = lazy(() => import('../console/ConsoleShell'));
const Guard = lazy(async () => ({ default: (await import('../console/ConsoleShell')).Guard }));

function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="status-box status-pending">
      {t('layout.loading')}
    </p>
  );
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ReactNode {
  const Page = lazy(async (): Promise<{ default: ComponentType }> => {
    const [module] = await Promise.all([load(), import('./i18n')]);
    return { default: module[name] };
  });
  return (
    <Lazy>
      <Page />
    </Lazy>
  );
}

export const reportRoutes: RouteObject[] = [
  {
    element: (
      <Lazy>
        <ConsoleShell />
      </Lazy>
    ),
    children: [
      {
        element: (
          <Lazy>
            <Guard access="user" />
          </Lazy>
        ),
        children: [
          { path: 'reviews/:id/report', element: page(() => import('./ReportPage'), 'ReportPage') },
          { path: 'reviews/:id/report/edit', element: page(() => import('./ReportEditPage'), 'ReportEditPage') },
          { path: 'reviews/:id/suggestions', element: page(() => import('./SuggestionsPage'), 'SuggestionsPage') },
        ],
      },
    ],
  },
];
