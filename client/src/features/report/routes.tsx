import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/LazyPage';
import { shellRoutes } from '../../ui/shell/shell-routes';

/*
 * The report pages. Readers (hospital leadership) may open the report, so they sit behind the
 * console's 'user' guard; the server decides who may read what (403 before publication). Lazy,
 * as the console: Chart.js and the pages load only when someone opens a report.
 */

/** Report pages bring their own translations along. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazyPage(load, name, () => import('./i18n'));

export const reportRoutes: RouteObject[] = shellRoutes(
  [],
  [
    {
      access: 'user',
      children: [
        { path: 'reviews/:id/report', element: page(() => import('./pages/ReportPage'), 'ReportPage') },
        { path: 'reviews/:id/report/edit', element: page(() => import('./pages/ReportEditPage'), 'ReportEditPage') },
        { path: 'reviews/:id/suggestions', element: page(() => import('./pages/SuggestionsPage'), 'SuggestionsPage') },
      ],
    },
  ],
);
