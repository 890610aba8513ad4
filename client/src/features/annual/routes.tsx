import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/LazyPage';
import { shellRoutes } from '../../ui/shell/shell-routes';

/*
 * The yearly study-director report. Readers of the organisation may open published reports, so
 * the list and the report sit behind the 'user' guard (the server decides who reads what);
 * organisations and their goals are the admins'.
 */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazyPage(load, name, () => import('./i18n'));

export const annualRoutes: RouteObject[] = shellRoutes(
  [],
  [
    {
      access: 'user',
      children: [
        { path: 'annual', element: page(() => import('./pages/AnnualListPage'), 'AnnualListPage') },
        { path: 'annual/:id', element: page(() => import('./pages/AnnualPage'), 'AnnualPage') },
      ],
    },
    {
      access: 'admin',
      children: [
        { path: 'organisations', element: page(() => import('./pages/OrganisationsPage'), 'OrganisationsPage') },
        { path: 'organisations/:id/goals/:year', element: page(() => import('./pages/GoalsPage'), 'GoalsPage') },
      ],
    },
  ],
);
