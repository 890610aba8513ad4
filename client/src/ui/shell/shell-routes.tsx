import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Lazy } from '../LazyPage';
import type { Access } from './ConsoleShell';

const ConsoleShell = lazy(() => import('./ConsoleShell'));
const Guard = lazy(async () => ({ default: (await import('./ConsoleShell')).Guard }));

/**
 * Routes inside the console's shell, each group behind a guard of who may open it. The console,
 * report and visit routes all use it; the shell, like the pages, loads only when one is opened.
 */
export function shellRoutes(open: RouteObject[], guarded: { access: Access; path?: string; children: RouteObject[] }[]): RouteObject[] {
  return [
    {
      element: (
        <Lazy>
          <ConsoleShell />
        </Lazy>
      ),
      children: [
        ...open,
        ...guarded.map(({ access, path, children }) => ({
          ...(path ? { path } : {}),
          element: (
            <Lazy>
              <Guard access={access} />
            </Lazy>
          ),
          children,
        })),
      ],
    },
  ];
}
