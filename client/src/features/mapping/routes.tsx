import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/LazyPage';
import { shellRoutes } from '../../ui/shell/shell-routes';

/*
 * The national mapping of leadership training. A published round is for every signed-in user, so
 * both pages sit behind the 'user' guard; the server decides who runs a round (its coordinator).
 */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazyPage(load, name, () => import('./i18n'));

export const mappingRoutes: RouteObject[] = shellRoutes(
  [],
  [
    {
      access: 'user',
      children: [
        { path: 'mapping', element: page(() => import('./pages/MappingListPage'), 'MappingListPage') },
        { path: 'mapping/:id', element: page(() => import('./pages/MappingRoundPage'), 'MappingRoundPage') },
      ],
    },
  ],
);
