import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './ui/Layout';
import { lazyPage, PageLoading } from './ui/LazyPage';
import { StartPage } from './pages/StartPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { annualRoutes } from './features/annual/routes';
import { mappingRoutes } from './features/mapping/routes';
import { consoleRoutes } from './features/console/routes';
import { coverageRoutes } from './features/coverage/routes';
import { programmeRoutes } from './features/programmes/routes';
import { hospitalRoutes } from './features/hospital/routes';
import { reportRoutes } from './features/report/routes';
import { visitRoutes } from './features/visit/routes';

// Lazy: the survey pages pull in SurveyJS (survey-core, survey-react-ui), which the start page must
// not download. Vite puts each page in its own chunk.
// The respondent's personal link: its own minimal layout (no menu, no account, no console code).
const RespondPage = lazy(async () => ({ default: (await import('./features/respond/pages/RespondPage')).RespondPage }));
// The clinic's personal link to comment on a draft report: the respondent's frame, the report's parts.
const CommentPage = lazy(async () => ({ default: (await import('./features/report/pages/CommentPage')).CommentPage }));
// The clinic's personal link to send its documents before the visit.
const DocumentUploadPage = lazy(async () => ({ default: (await import('./features/visit/pages/DocumentUploadPage')).DocumentUploadPage }));

/** A personal link's page, outside the site's layout: while its chunk loads, only "Loading". */
function withoutLayout(page: ReactNode): ReactNode {
  return (
    <Suspense
      fallback={
        <main id="main" className="container">
          <PageLoading />
        </main>
      }
    >
      {page}
    </Suspense>
  );
}

const router = createBrowserRouter([
  { path: '/s/:token', element: withoutLayout(<RespondPage />) },
  { path: '/c/:token', element: withoutLayout(<CommentPage />) },
  { path: '/d/:token', element: withoutLayout(<DocumentUploadPage />) },
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'surveys', element: lazyPage(() => import('./pages/SurveysPage'), 'SurveysPage') },
      { path: 'surveys/:key/preview/:role', element: lazyPage(() => import('./pages/SurveyPreviewPage'), 'SurveyPreviewPage') },
      // The inspectors' and admins' console: login, reviews, admin pages (all lazy, see features/console/routes.tsx).
      ...consoleRoutes,
      // The graded report: reader view, authoring, free-text suggestions (lazy, see features/report/routes.tsx).
      ...reportRoutes,
      // Checklist, site visit and action plan (lazy, see features/visit/routes.tsx).
      ...visitRoutes,
      // Review coverage of a hospital or an organisation (lazy, see features/coverage/routes.tsx).
      ...coverageRoutes,
      // Leadership programmes against the national model (lazy, see features/programmes/routes.tsx).
      ...programmeRoutes,
      // The hospital-level review (lazy, see features/hospital/routes.tsx).
      ...hospitalRoutes,
      // The yearly study-director report, organisations and their goals (lazy, see features/annual/routes.tsx).
      ...annualRoutes,
      ...mappingRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
