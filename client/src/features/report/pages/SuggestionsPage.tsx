import { useMemo, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading, PageHeading, StatusMessage } from '../../../ui/feedback';
import { SuggestionItem } from '../components/SuggestionItem';
import { localText } from '../../../i18n/format';
import { useSuggestionActions, useSuggestions, useThemes, type SuggestionFilter } from '../api';
import { useMe } from '../../../api/session';
import { AREAS, ROLES } from '../../../../../contract/domain.js';
import '../../../ui/report.css';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';

function filterFrom(params: URLSearchParams): SuggestionFilter {
  const filter: SuggestionFilter = {};
  for (const key of ['role', 'area', 'theme'] as const) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  if (params.get('starred') === 'true') filter.starred = true;
  return filter;
}

/**
 * Inspectors read, tag and star the suggestions; a hospital's reader sees only the themes and
 * their counts (the texts stay with the inspectors, who choose the quotes the report shows).
 */
export function SuggestionsPage() {
  const me = useMe();
  const { id = '' } = useParams();
  if (me.isPending) return <Loading />;
  return me.data?.role === 'reader' ? <ReaderThemes id={id} /> : <SuggestionWork id={id} />;
}

function ReaderThemes({ id }: { id: string }) {
  const { t } = useTranslation();
  const themes = useThemes(id);
  const base = `/reviews/${id}`;
  return (
    <div className="report-suggestions">
      <Breadcrumbs trail={[{ to: `${base}/report`, label: t('reviewNav.report') }]} current={t('report.free.title')} />
      <PageHeading>{t('report.free.title')}</PageHeading>
      <p>{t('report.free.readerIntro')}</p>
      {themes.isPending ? (
        <Loading />
      ) : themes.isError ? (
        <ErrorMessage error={themes.error} lead={t('common.loadFailed')} focus={false} />
      ) : (
        <section aria-labelledby="themes-heading">
          <h2 id="themes-heading">{t('report.free.themes')}</h2>
          <ul className="theme-counts">
            {themes.data.themes.map((theme) => (
              <li key={theme.key} className="tag">
                {t('report.free.themeCount', { label: localText(theme.label), count: theme.count })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function SuggestionWork({ id }: { id: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFrom(params), [params]);
  const list = useSuggestions(id, filter);
  const actions = useSuggestionActions(id);
  const [newTheme, setNewTheme] = useState('');
  const [added, setAdded] = useState<string | null>(null);

  const applyFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['role', 'area', 'theme']) {
      const value = String(data.get(key) ?? '');
      if (value) next.set(key, value);
    }
    if (data.get('starred')) next.set('starred', 'true');
    setParams(next);
  };
  const addTheme = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const label = newTheme.trim();
    if (!label) return;
    actions.addTheme.mutate(label, {
      onSuccess: () => {
        setAdded(t('report.free.themeAdded', { label }));
        setNewTheme('');
      },
    });
  };
  const base = `/reviews/${id}`;
  const themes = list.data?.themes ?? [];

  return (
    <div className="report-suggestions">
      <Breadcrumbs
        trail={[
          { to: base, label: t('report.common.overview') },
          { to: `${base}/report`, label: t('reviewNav.report') },
        ]}
        current={t('report.free.title')}
      />
      <PageHeading>{t('report.free.title')}</PageHeading>
      <p>{t('report.free.intro')}</p>

      <form className="suggestion-filters report-tools" onSubmit={applyFilter} aria-label={t('report.free.filters')} key={params.toString()}>
        <div className="edit-field">
          <label htmlFor="filter-role">{t('report.free.role')}</label>
          <select id="filter-role" name="role" defaultValue={filter.role ?? ''}>
            <option value="">{t('report.free.all')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="edit-field">
          <label htmlFor="filter-area">{t('report.free.area')}</label>
          <select id="filter-area" name="area" defaultValue={filter.area ?? ''}>
            <option value="">{t('report.free.all')}</option>
            {AREAS.map((area) => (
              <option key={area} value={area}>
                {area}
              </option>
            ))}
          </select>
        </div>
        <div className="edit-field">
          <label htmlFor="filter-theme">{t('report.free.theme')}</label>
          <select id="filter-theme" name="theme" defaultValue={filter.theme ?? ''}>
            <option value="">{t('report.free.all')}</option>
            {themes.map((theme) => (
              <option key={theme.key} value={theme.key}>
                {localText(theme.label)}
              </option>
            ))}
          </select>
        </div>
        <label className="check-row">
          <input type="checkbox" name="starred" value="true" defaultChecked={filter.starred === true} /> {t('report.free.starredOnly')}
        </label>
        <button type="submit" className="button button-secondary">
          {t('report.view.apply')}
        </button>
      </form>

      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">{t('report.free.themes')}</h2>
        <ul className="theme-counts">
          {themes.map((theme) => (
            <li key={theme.key} className="tag">
              {t('report.free.themeCount', { label: localText(theme.label), count: theme.count })}
            </li>
          ))}
        </ul>
        <form className="report-filters" onSubmit={addTheme}>
          <label htmlFor="new-theme">{t('report.free.addTheme')}</label>
          <input id="new-theme" className="input" value={newTheme} maxLength={100} onChange={(e) => setNewTheme(e.target.value)} />
          <button type="submit" className="button button-secondary">
            {t('report.free.addThemeButton')}
          </button>
        </form>
        <StatusMessage>{added}</StatusMessage>
        {actions.addTheme.isError && <ErrorMessage error={actions.addTheme.error} lead={t('report.free.saveFailed')} />}
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{list.data ? t('report.free.count', { count: list.data.suggestions.length }) : t('report.free.title')}</h2>
        {actions.patch.isError && <ErrorMessage error={actions.patch.error} lead={t('report.free.saveFailed')} />}
        {list.isPending ? (
          <Loading />
        ) : list.isError && list.error instanceof ApiError && list.error.status === 409 ? (
          <p className="status-box status-pending">{t('report.view.notClosed')}</p>
        ) : list.isError ? (
          <ErrorMessage error={list.error} lead={t('common.loadFailed')} focus={false} />
        ) : list.data.suggestions.length === 0 ? (
          <p>{t('report.free.empty')}</p>
        ) : (
          <ul className="suggestion-list">
            {list.data.suggestions.map((s) => (
              <SuggestionItem key={s.key} suggestion={s} themes={themes} onPatch={(patch) => actions.patch.mutate({ key: s.key, patch })} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
