/**
 * Every article in the graph, newest first: search in titles and texts, filters by language and
 * publication date, pages of 20. Opening one shows it in the explorer's article reader.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ExploreHandle } from '../explore/explore-view.tsx';
import { fetchArticleList } from '../api/explorer-api.ts';
import type { ArticleListQueryVariables } from '../api/generated.ts';
import { ErrorMessage } from '../explore/error-message.tsx';
import { formatDay, useLanguage } from '../i18n/language.ts';
import { useMessages, type MessageKey } from '../i18n/messages.ts';
import './articles.css';

const PAGE_SIZE = 20;
/** ms after the last keystroke before searching. */
const DEBOUNCE_MS = 250;

const LANGUAGES: ReadonlyArray<{ value: string; label: MessageKey }> = [
  { value: '', label: 'articlesAnyLanguage' },
  { value: 'en', label: 'english' },
  { value: 'fr', label: 'french' },
];

export interface ArticlesViewProps {
  explore: React.RefObject<ExploreHandle | null>;
  showExplore(): void;
}

interface Filters {
  text: string;
  language: string;
  from: string;
  to: string;
}

export default function ArticlesView({ explore, showExplore }: ArticlesViewProps) {
  const t = useMessages();
  const language = useLanguage();
  const [filters, setFilters] = useState<Filters>({ text: '', language: '', from: '', to: '' });
  const [debounced, setDebounced] = useState(filters);
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(filters), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [filters]);

  const variables: ArticleListQueryVariables = {
    limit: PAGE_SIZE,
    offset,
    ...(debounced.text.trim() ? { text: debounced.text.trim() } : {}),
    ...(debounced.language ? { language: debounced.language } : {}),
    ...(debounced.from ? { from: debounced.from } : {}),
    ...(debounced.to ? { to: debounced.to } : {}),
  };
  const page = useQuery({
    queryKey: ['articles', variables],
    queryFn: ({ signal }) => fetchArticleList(variables, signal).then((data) => data.articleList),
    staleTime: 0, // a commit in another view adds articles: ask again on each visit
  });
  const list = page.data;

  function change(patch: Partial<Filters>): void {
    setFilters((current) => ({ ...current, ...patch }));
    setOffset(0);
  }

  function open(id: string): void {
    explore.current?.openArticle(id);
    showExplore();
  }

  const total = list?.total ?? 0;
  const last = Math.min(offset + PAGE_SIZE, total);
  return (
    <main className="articles-view" aria-label={t('articlesHeading')}>
      <div className="articles-inner">
        <h1>{t('articlesHeading')}</h1>
        <form className="articles-filters" role="search" onSubmit={(event) => event.preventDefault()}>
          <label className="field grow">
            <span>{t('articlesSearch')}</span>
            <input type="search" value={filters.text} placeholder={t('articlesSearchPlaceholder')} onChange={(event) => change({ text: event.target.value })} />
          </label>
          <label className="field">
            <span>{t('articlesLanguage')}</span>
            <select value={filters.language} onChange={(event) => change({ language: event.target.value })}>
              {LANGUAGES.map((option) => (
                <option key={option.value} value={option.value}>
                  {t(option.label)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('articlesFrom')}</span>
            <input type="date" value={filters.from} onChange={(event) => change({ from: event.target.value })} />
          </label>
          <label className="field">
            <span>{t('articlesTo')}</span>
            <input type="date" value={filters.to} onChange={(event) => change({ to: event.target.value })} />
          </label>
        </form>

        {page.isError && <ErrorMessage error={page.error} onRetry={() => void page.refetch()} />}
        <p className="muted small" role="status" aria-live="polite">
          {page.isFetching && !list ? t('loading') : list ? (total === 0 ? t('articlesNone') : t('articlesRange', { first: offset + 1, last, total })) : ''}
        </p>
        {list && list.items.length > 0 && (
          <table className="articles-table">
            <thead>
              <tr>
                <th scope="col">{t('articlesTitle')}</th>
                <th scope="col">{t('articlesLanguage')}</th>
                <th scope="col">{t('articlesPublished')}</th>
                <th scope="col" className="number">
                  {t('articlesMentions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <button type="button" className="link-button article-open" onClick={() => open(item.id)}>
                      {item.title}
                    </button>
                    {item.url && (
                      <a className="article-url small" href={item.url} target="_blank" rel="noreferrer">
                        {t('articlesSource')}
                      </a>
                    )}
                  </td>
                  <td>{item.language}</td>
                  <td>{item.publishedAt ? formatDay(item.publishedAt, language) : '—'}</td>
                  <td className="number">{item.mentionCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {total > PAGE_SIZE && (
          <nav className="pager" aria-label={t('articlesPages')}>
            <button type="button" className="button small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
              {t('articlesNewer')}
            </button>
            <span className="small muted">
              {t('articlesPage', { page: Math.floor(offset / PAGE_SIZE) + 1, pages: Math.ceil(total / PAGE_SIZE) })}
            </span>
            <button type="button" className="button small" disabled={last >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
              {t('articlesOlder')}
            </button>
          </nav>
        )}
      </div>
    </main>
  );
}
