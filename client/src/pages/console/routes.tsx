import { Navigate, type RouteObject } from 'react-router';
import { lazyPage as page } from '../../components/LazyPage';
import { shellRoutes } from './shell-routes';

/*
 * The console's routes. Everything here is lazy: react-aria-components, Chart.js and the pages
 * load only when someone opens the console, never for the start page or a respondent.
 */

export const consoleRoutes: RouteObject[] = shellRoutes(
  [
    { path: 'login', element: page(() => import('./LoginPage'), 'LoginPage') },
    { path: 'setup', element: page(() => import('./SetupPage'), 'SetupPage') },
    { path: 'forgot-password', element: page(() => import('./ForgotPasswordPage'), 'ForgotPasswordPage') },
    { path: 'reset-password', element: page(() => import('./ResetPasswordPage'), 'ResetPasswordPage') },
  ],
  [
    { access: 'user', children: [{ path: 'reviews', element: page(() => import('./ReviewsPage'), 'ReviewsPage') }] },
    {
      access: 'console',
      children: [
        { path: 'reviews/new', element: page(() => import('./NewReviewPage'), 'NewReviewPage') },
        { path: 'reviews/:id', element: page(() => import('./ReviewPage'), 'ReviewPage') },
        { path: 'reviews/:id/respondents', element: page(() => import('./RespondentsPage'), 'RespondentsPage') },
        { path: 'reviews/:id/invitations', element: page(() => import('./InvitationsPage'), 'InvitationsPage') },
        { path: 'reviews/:id/response-rates', element: page(() => import('./ResponseRatesPage'), 'ResponseRatesPage') },
        { path: 'hospitals', element: page(() => import('./HospitalsPage'), 'HospitalsPage') },
      ],
    },
    {
      access: 'admin',
      path: 'admin',
      children: [
        { index: true, element: <Navigate to="outbox" replace /> },
        { path: 'outbox', element: page(() => import('./OutboxPage'), 'OutboxPage') },
        { path: 'users', element: page(() => import('./UsersPage'), 'UsersPage') },
        { path: 'audit', element: page(() => import('./AuditPage'), 'AuditPage') },
        { path: 'pool-imports', element: page(() => import('./PoolImportPage'), 'PoolImportPage') },
        { path: 'targets', element: page(() => import('./TargetsPage'), 'TargetsPage') },
      ],
    },
  ],
);
