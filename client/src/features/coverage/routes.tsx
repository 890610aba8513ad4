import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/LazyPage';
import { shellRoutes } from '../../ui/shell/shell-routes';

/*
 * Review coverage: a hospital's and an organisation's units, their last and next external review.
 * Any signed-in user may open the pages; the server decides whose coverage they may read (staff
 * all, a reader their own hospital's) and who may change it.
 */

/** The coverage pages bring their own translations along. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazyPage(load, name, () => import('./i18n'));

export const coverageRoutes: RouteObject[] = shellRoutes(
  [],
  [
    {
      access: 'user',
      children: [
        { path: 'coverage', element: page(() => import('./pages/CoveragePage'), 'CoverageIndexPage') },
        { path: 'coverage/hospitals/:id', element: page(() => import('./pages/CoveragePage'), 'HospitalCoveragePage') },
        { path: 'coverage/organisations/:id', element: page(() => import('./pages/CoveragePage'), 'OrganisationCoveragePage') },
      ],
    },
  ],
);
