import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Layout } from './components/Layout';
import { StartPage } from './pages/StartPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { consoleRoutes } from './pages/console/routes';

// Lazy: the survey pages pull in SurveyJS (survey-core, survey-react-ui), which the start page must
// not download. Vite puts each page in its own chunk.
const SurveysPage = lazy(async () => ({ default: (await import('./pages/SurveysPage')).SurveysPage }));
const SurveyPreviewPage = lazy(async () => ({
  default: (await import('./pages/SurveyPreviewPage')).SurveyPreviewPage,
}));

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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
