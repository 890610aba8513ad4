import { useMemo, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading, PageHeading, StatusMessage } from '../../../ui/feedback';
import { SuggestionItem } from '../components/SuggestionItem';
import { localText } from '../../../i18n/format';
import { useSuggestionActions, useSuggestions, useThemes, type SuggestionFilter, type SuggestionList } from '../api';
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
          <ThemeCounts themes={themes.data.themes} />
        </section>
      )}
    </div>
  );
}

type Theme = SuggestionList['themes'][number];
type SuggestionActions = ReturnType<typeof useSuggestionActions>;

/** The themes with how many suggestions each is tagged on. */
function ThemeCounts({ themes }: { themes: Theme[] }) {
  const { t } = useTranslation();
  return (
    <ul className="theme-counts">
      {themes.map((theme) => (
        <li key={theme.key} className="tag">
          {t('report.free.themeCount', { label: localText(theme.label), count: theme.count })}
        </li>
      ))}
    </ul>
  );
}

/** The list's filter, kept in the address so a filtered list can be shared and reloaded. */
function useFilterInAddress() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFrom(params), [params]);
  const setFilter = (next: SuggestionFilter) => {
    const search = new URLSearchParams();
    for (const key of ['role', 'area', 'theme'] as const) if (next[key]) search.set(key, next[key]);
    if (next.starred) search.set('starred', 'true');
    setParams(search);
  };
  return { filter, setFilter, version: params.toString() };
}

function SuggestionWork({ id }: { id: string }) {
  const { t } = useTranslation();
  const { filter, setFilter, version } = useFilterInAddress();
  const list = useSuggestions(id, filter);
  const actions = useSuggestionActions(id);
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
      <SuggestionFilters key={version} filter={filter} themes={themes} onApply={setFilter} />

      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">{t('report.free.themes')}</h2>
        <ThemeCounts themes={themes} />
        <AddThemeForm actions={actions} />
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

/** Which suggestions to list: by role, area, theme, starred; applied with its button. */
function SuggestionFilters({ filter, themes, onApply }: { filter: SuggestionFilter; themes: Theme[]; onApply: (filter: SuggestionFilter) => void }) {
  const { t } = useTranslation();
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (key: string) => String(data.get(key) ?? '') || undefined;
    onApply({ role: text('role'), area: text('area'), theme: text('theme'), starred: data.get('starred') ? true : undefined });
  };
  return (
    <form className="suggestion-filters report-tools" onSubmit={apply} aria-label={t('report.free.filters')}>
      <FilterSelect name="role" label={t('report.free.role')} value={filter.role} options={ROLES.map((role) => [role, t(`roles.${role}`)])} />
      <FilterSelect name="area" label={t('report.free.area')} value={filter.area} options={AREAS.map((area) => [area, area])} />
      <FilterSelect name="theme" label={t('report.free.theme')} value={filter.theme} options={themes.map((theme) => [theme.key, localText(theme.label)])} />
      <label className="check-row">
        <input type="checkbox" name="starred" value="true" defaultChecked={filter.starred === true} /> {t('report.free.starredOnly')}
      </label>
      <button type="submit" className="button button-secondary">
        {t('report.view.apply')}
      </button>
    </form>
  );
}

function FilterSelect({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: [string, string][] }) {
  const { t } = useTranslation();
  return (
    <div className="edit-field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{t('report.free.all')}</option>
        {options.map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A new theme to tag suggestions with. */
function AddThemeForm({ actions }: { actions: SuggestionActions }) {
  const { t } = useTranslation();
  const [newTheme, setNewTheme] = useState('');
  const [added, setAdded] = useState<string | null>(null);
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
  return (
    <>
      <form className="report-filters" onSubmit={addTheme}>
        <label htmlFor="new-theme">{t('report.free.addTheme')}</label>
        <input id="new-theme" className="input" value={newTheme} maxLength={100} onChange={(e) => setNewTheme(e.target.value)} />
        <button type="submit" className="button button-secondary">
          {t('report.free.addThemeButton')}
        </button>
      </form>
      <StatusMessage>{added}</StatusMessage>
      {actions.addTheme.isError && <ErrorMessage error={actions.addTheme.error} lead={t('report.free.saveFailed')} />}
    </>
  );
}
