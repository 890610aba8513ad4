import { Navigate, type RouteObject } from 'react-router';
import type { ComponentType } from 'react';
import { lazyPage } from '../../ui/LazyPage';
import { shellRoutes } from '../../ui/shell/shell-routes';

/*
 * The console's routes. Everything here is lazy: react-aria-components, Chart.js and the pages
 * load only when someone opens the console, never for the start page or a respondent.
 */

/** Console pages bring their own translations along (as the report's and the visit's do). */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazyPage(load, name, () => import('./i18n'));

export const consoleRoutes: RouteObject[] = shellRoutes(
  [
    { path: 'login', element: page(() => import('./pages/LoginPage'), 'LoginPage') },
    { path: 'setup', element: page(() => import('./pages/SetupPage'), 'SetupPage') },
    { path: 'forgot-password', element: page(() => import('./pages/ForgotPasswordPage'), 'ForgotPasswordPage') },
    { path: 'reset-password', element: page(() => import('./pages/ResetPasswordPage'), 'ResetPasswordPage') },
  ],
  [
    { access: 'user', children: [{ path: 'reviews', element: page(() => import('./pages/ReviewsPage'), 'ReviewsPage') }] },
    {
      access: 'console',
      children: [
        { path: 'reviews/new', element: page(() => import('./pages/NewReviewPage'), 'NewReviewPage') },
        { path: 'reviews/:id', element: page(() => import('./pages/ReviewPage'), 'ReviewPage') },
        { path: 'reviews/:id/respondents', element: page(() => import('./pages/RespondentsPage'), 'RespondentsPage') },
        { path: 'reviews/:id/invitations', element: page(() => import('./pages/InvitationsPage'), 'InvitationsPage') },
        { path: 'reviews/:id/response-rates', element: page(() => import('./pages/ResponseRatesPage'), 'ResponseRatesPage') },
        { path: 'hospitals', element: page(() => import('./pages/HospitalsPage'), 'HospitalsPage') },
      ],
    },
    {
      access: 'admin',
      path: 'admin',
      children: [
        { index: true, element: <Navigate to="outbox" replace /> },
        { path: 'outbox', element: page(() => import('./pages/OutboxPage'), 'OutboxPage') },
        { path: 'users', element: page(() => import('./pages/UsersPage'), 'UsersPage') },
        { path: 'audit', element: page(() => import('./pages/AuditPage'), 'AuditPage') },
        { path: 'pool-imports', element: page(() => import('./pages/PoolImportPage'), 'PoolImportPage') },
        { path: 'targets', element: page(() => import('./pages/TargetsPage'), 'TargetsPage') },
      ],
    },
  ],
);
