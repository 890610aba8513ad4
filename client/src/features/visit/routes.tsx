import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/LazyPage';
import { shellRoutes } from '../../ui/shell/shell-routes';

/*
 * The review's second half: the checklist and the site visit (inspectors) and the action plan
 * (the hospital's readers and the inspectors). Lazy, as the report pages; the server decides who
 * may read and write what.
 */

/** The visit pages bring their own translations along. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazyPage(load, name, () => import('./i18n'));

export const visitRoutes: RouteObject[] = shellRoutes(
  [],
  [
    {
      access: 'console',
      children: [
        { path: 'reviews/:id/checklist', element: page(() => import('./pages/ChecklistPage'), 'ChecklistPage') },
        { path: 'reviews/:id/visit', element: page(() => import('./pages/VisitPage'), 'VisitPage') },
        { path: 'reviews/:id/documents', element: page(() => import('./pages/DocumentsPage'), 'DocumentsPage') },
      ],
    },
    { access: 'user', children: [{ path: 'reviews/:id/action-plan', element: page(() => import('./pages/ActionPlanPage'), 'ActionPlanPage') }] },
  ],
);
