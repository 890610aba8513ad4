import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/LazyPage';
import { shellRoutes } from '../../ui/shell/shell-routes';

/*
 * Leadership programmes held against the national model for leadership-ST. Every signed-in user
 * reads them; the server lets only admins (the coordinator) change them, and the pages show the
 * forms to admins only.
 */

const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazyPage(load, name, () => import('./i18n'));

export const programmeRoutes: RouteObject[] = shellRoutes(
  [],
  [
    {
      access: 'user',
      children: [
        { path: 'programmes', element: page(() => import('./pages/ProgrammesPage'), 'ProgrammesPage') },
        { path: 'programmes/conformance', element: page(() => import('./pages/ConformancePage'), 'ConformancePage') },
        { path: 'programmes/:id', element: page(() => import('./pages/ProgrammePage'), 'ProgrammePage') },
      ],
    },
  ],
);
