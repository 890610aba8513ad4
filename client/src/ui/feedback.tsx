import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import i18n from '../i18n';
import { problemMessage } from '../i18n/problems';

/**
 * The page's h1. It names the browser tab, and after a client-side navigation it takes the focus,
 * so screen readers announce the new page and keyboard users start from its top (not on first
 * load, where the browser's own order is right).
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const text = title ?? (typeof children === 'string' ? children : '');
  const appName = t('app.name');

  useEffect(() => {
    document.title = text ? `${text} – ${appName}` : appName;
  }, [text, appName]);

  // The path, not the whole location: a filter kept in the query string (?review=12) is not a new page.
  useEffect(() => {
    if (location.key !== 'default') ref.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.pathname]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}

/** A server field's name as the form knows it: `body.benchmarkPeriod.from` → `benchmarkPeriod.from`. */
function formName(field: string): string {
  return field.replace(/^(body|query|params)\./, '');
}

/**
 * What went wrong, for people, in their language: the problem's code read from the shared
 * catalogue (a status the client knows better, such as a lost connection, in its own words).
 * Field problems keep the form's name of the field, for the form to show each beside its input.
 */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown): { detail: string; fields: { field: string; message: string }[] } => {
    if (!(error instanceof ApiError)) return { detail: error instanceof Error ? error.message : String(error), fields: [] };
    if (error.status === 0) return { detail: t('common.networkError'), fields: [] };
    if (error.status === 401) return { detail: t('common.sessionExpired'), fields: [] };
    if (error.status === 403 && !error.problem.code) return { detail: t('common.forbiddenError'), fields: [] };
    const { code, params, detail } = error.problem;
    return {
      detail: problemMessage({ code, params, message: detail }, 'problem.badRequest'),
      fields: (error.errors ?? []).map((f) => ({ field: formName(f.field), message: problemMessage(f) })),
    };
  };
}

/** Server field errors (`body.email`) in the user's language, keyed by form field name (`email`), for RAC's Form. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.errors) return {};
  const result: Record<string, string> = {};
  for (const problem of error.errors) {
    const name = formName(problem.field);
    const message = problemMessage(problem);
    result[name] = result[name] ? `${result[name]} ${message}` : message;
  }
  return result;
}

/**
 * A failed request: a translated lead ("Det gick inte att spara:") and the server's reason.
 * After an action it takes the focus (the person is waiting for the outcome); for a failed load
 * it is announced as an alert instead.
 */
/** The label of a field the server named, when the console knows it; no label rather than a path. */
function fieldLabel(field: string): string | null {
  const key = `fieldNames.${
    field
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .pop() ?? ''
  }`;
  return i18n.exists(key) ? String(i18n.t(key as never)) : null;
}

export function ErrorMessage({ error, lead, focus = true, detail }: { error: unknown; lead: string; focus?: boolean; detail?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const explained = useErrorText()(error);
  // A field's problem that only repeats the lead sentence is shown at its field, not twice here.
  const text = detail === undefined ? { ...explained, fields: explained.fields.filter((f) => f.message !== explained.detail) } : { detail, fields: [] };

  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [error, focus]);

  return (
    <div ref={ref} tabIndex={-1} role={focus ? undefined : 'alert'} className="status-box status-error message-box">
      <p>
        <strong>{lead}</strong> {text.detail}
      </p>
      {text.fields.length > 0 && (
        <>
          <p>{t('common.fieldProblems')}</p>
          <ul>
            {text.fields.map((f) => (
              <li key={`${f.field}:${f.message}`}>
                {fieldLabel(f.field) && <strong>{fieldLabel(f.field)}: </strong>}
                {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * A polite live region. It stays in the page even when empty: a region that appears together
 * with its text is not reliably announced.
 */
export function StatusMessage({ children, tone = 'ok' }: { children?: ReactNode; tone?: 'ok' | 'pending' }) {
  return (
    <div role="status" className={children ? `status-box status-${tone} message-box` : 'status-empty'}>
      {children}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="status-box status-pending">
      {t('common.loading')}
    </p>
  );
}

/** A query's loading and error states; renders `children` with the data once it is there. */
export function QueryState<T>({
  query,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined };
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined) {
    return <ErrorMessage error={query.error} lead={t('common.loadFailed')} focus={false} />;
  }
  return <>{children(query.data)}</>;
}

/**
 * After an action whose button goes away (the review opened, the invitations sent), focus would
 * fall to the page's start; put it on the section's heading (tabIndex -1) instead.
 */
export function focusHeading(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
