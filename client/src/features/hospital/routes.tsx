import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/LazyPage';
import { shellRoutes } from '../../ui/shell/shell-routes';

/*
 * The hospital-level review: the inspectors' pages (overview with profile and synthesis, the
 * provider's duties, interviews, writing the report) and the published report, which the
 * hospital's readers open too. The server decides who may read and write what.
 */

const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazyPage(load, name, () => import('./i18n'));

export const hospitalRoutes: RouteObject[] = shellRoutes(
  [],
  [
    {
      access: 'console',
      children: [
        { path: 'hospital-reviews/:id', element: page(() => import('./pages/ReviewPages'), 'HospitalReviewPage') },
        { path: 'hospital-reviews/:id/duties', element: page(() => import('./pages/DutiesPage'), 'HospitalDutiesPage') },
        { path: 'hospital-reviews/:id/interviews', element: page(() => import('./pages/InterviewsPage'), 'HospitalInterviewsPage') },
        { path: 'hospital-reviews/:id/report/edit', element: page(() => import('./pages/ReportPages'), 'HospitalReportEditPage') },
      ],
    },
    {
      access: 'user',
      children: [
        { path: 'hospital-reviews', element: page(() => import('./pages/ReviewPages'), 'HospitalReviewListPage') },
        { path: 'hospital-reviews/:id/report', element: page(() => import('./pages/ReportPages'), 'HospitalReportPage') },
      ],
    },
  ],
);
