import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Layout } from './components/Layout';
import { StartPage } from './pages/StartPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { consoleRoutes } from './pages/console/routes';
import { reportRoutes } from './pages/report/routes';

// Lazy: the survey pages pull in SurveyJS (survey-core, survey-react-ui), which the start page must
// not download. Vite puts each page in its own chunk.
const SurveysPage = lazy(async () => ({ default: (await import('./pages/SurveysPage')).SurveysPage }));
const SurveyPreviewPage = lazy(async () => ({
  default: (await import('./pages/SurveyPreviewPage')).SurveyPreviewPage,
}));
// The respondent's personal link: its own minimal layout (no menu, no account, no console code).
const RespondPage = lazy(async () => ({ default: (await import('./pages/respond/RespondPage')).RespondPage }));

function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="status-box status-pending">
      {t('layout.loading')}
    </p>
  );
}

/** The header and menu show at once; the page's chunk loads inside. */
function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

const router = createBrowserRouter([
  {
    path: '/s/:token',
    element: (
      <Suspense
        fallback={
          <main id="main" className="container">
            <PageLoading />
          </main>
        }
      >
        <RespondPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      {
        path: 'surveys',
        element: (
          <Lazy>
            <SurveysPage />
          </Lazy>
        ),
      },
      {
        path: 'surveys/:key/preview/:role',
        element: (
          <Lazy>
            <SurveyPreviewPage />
          </Lazy>
        ),
      },
      // The inspectors' and admins' console: login, reviews, admin pages (all lazy, see routes.tsx).
      ...consoleRoutes,
      // The graded report: reader view, authoring, free-text suggestions (lazy, see pages/report/routes.tsx).
      ...reportRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
