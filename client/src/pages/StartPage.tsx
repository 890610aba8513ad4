import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useHealth } from '../api/hooks';
import { isAdmin, useMe } from '../api/session';

// Admins only, and lazily: it brings the console's texts, styles and buttons along, which the
// start page must not download for everyone else.
const DemoData = lazy(async () => ({ default: (await import('../features/console/components/DemoData')).DemoData }));

function HealthStatus() {
  const { t } = useTranslation();
  const { data, isPending, isError } = useHealth();

  let tone: 'pending' | 'ok' | 'error';
  let message: string;
  if (isPending) {
    tone = 'pending';
    message = t('health.checking');
  } else if (isError) {
    tone = 'error';
    message = t('health.error');
  } else if (data.db === 'down') {
    tone = 'error';
    message = t('health.dbDown');
  } else {
    tone = 'ok';
    message = t('health.ok', { database: t(`health.database.${data.database}`) });
  }

  return (
    <p role="status" className={`status-box status-${tone}`} data-state={tone}>
      {message}
    </p>
  );
}

export function StartPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const title = t('app.name');
  // Not React's <title>: it would be added next to index.html's static one, and the browser reads the first.
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <>
      <h1>{t('app.name')}</h1>
      <p className="lead">{t('start.intro1')}</p>
      <p>{t('start.intro2')}</p>
      <section aria-labelledby="status-heading" className="status-section">
        <h2 id="status-heading">{t('start.statusHeading')}</h2>
        <HealthStatus />
      </section>
      {me && isAdmin(me.role) && (
        <Suspense fallback={null}>
          <DemoData />
        </Suspense>
      )}
    </>
  );
}
