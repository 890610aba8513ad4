import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import i18n from '../../../i18n';
import visitEn from './en';
import visitSv from './sv';

// The visit pages' texts arrive with their code (as the report's do, see features/report/i18n/index.ts).
i18n.addResourceBundle('sv', 'translation', { visit: visitSv }, true, true);
i18n.addResourceBundle('en', 'translation', { visit: visitEn }, true, true);

/** Every key of the visit texts, "notes.state.saved"; plural forms by their base name. */
type Keys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K extends `${infer B}_${'one' | 'other'}` ? B : K}` : Keys<T[K], `${P}${K}.`>;
}[keyof T & string];
export type VisitKey = Keys<typeof visitSv>;

/**
 * `t` for the visit texts, checked against i18n/sv.ts. The app's resource type (i18n/sv.ts)
 * does not declare `visit`, so the keys are checked here instead.
 */
export function useVisitText() {
  const { t } = useTranslation();
  return useCallback(
    (key: VisitKey, options?: Record<string, unknown>): string => (t as unknown as (k: string, o?: object) => string)(`visit.${key}`, options),
    [t],
  );
}
