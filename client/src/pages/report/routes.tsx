import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Lazy, lazyPage } from '../../components/LazyPage';

/*
 * The report pages. Readers (hospital leadership) may open the report, so they sit behind the
 * console's 'user' guard; the server decides who may read what (403 before publication). Lazy,
 * as the console: Chart.js and the pages load only when someone opens a report.
 */

const ConsoleShell = lazy(() => import('../console/ConsoleShell'));
const Guard = lazy(async () => ({ default: (await import('../console/ConsoleShell')).Guard }));

/** Report pages bring their own translations along. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazyPage(load, name, () => import('./i18n'));

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
