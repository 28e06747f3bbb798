/**
 * The application frame: a top bar with the brand, the entity search and the view switcher
 * (Explore | Query | Add article | Articles). The explorer stays mounted when another view shows,
 * so its canvas survives a detour.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../api/explorer-api.ts';
import { exploreActions, type ExploreHandle } from '../explore/explore-actions.ts';
import { ExploreView, pushExploreEntry } from '../explore/explore-view.tsx';
import { SearchBox } from '../explore/search-box.tsx';
import { parseHash, unknownPage, type AppView } from '../explore/view-url.ts';
import { exploreStore } from '../explore/explore-store.ts';
import { currentLanguage, LANGUAGES, setLanguage, useLanguage, type Language } from '../i18n/language.ts';
import { message, useMessages, type MessageKey } from '../i18n/messages.ts';

// Views other than the explorer load on first use, so the initial bundle stays small.
const ConsoleView = lazy(() => import('../console/console-view.tsx'));
const AddArticleView = lazy(() => import('../add-article/add-article-view.tsx'));
const ArticlesView = lazy(() => import('../articles/articles-view.tsx'));

const VIEWS: ReadonlyArray<{ view: AppView; label: MessageKey }> = [
  { view: 'explore', label: 'explore' },
  { view: 'query', label: 'query' },
  { view: 'add', label: 'addArticle' },
  { view: 'articles', label: 'articles' },
];

export function App() {
  const t = useMessages();
  const language = useLanguage();
  const [view, setView] = useState<AppView>(() => parseHash(window.location.hash).view);
  /** What other views may ask of the explorer (its actions act on the explorer's store). */
  const explore = useRef<ExploreHandle>(exploreActions);
  // The add-article view keeps its work (reviews in progress) while the user looks elsewhere.
  const [keepAdd, setKeepAdd] = useState(view === 'add');

  // An address of no page opens the explorer, which says so (read before the explorer rewrites the address).
  const [unknownAtStart] = useState(() => unknownPage(window.location.hash));
  useEffect(() => {
    const sayUnknown = (page: string | null): void => {
      if (page !== null) exploreStore.dispatch({ type: 'notice', text: message(currentLanguage(), 'noticeUnknownPage', { page }) });
    };
    sayUnknown(unknownAtStart);
    const onHashChange = (): void => {
      setView(parseHash(window.location.hash).view);
      // After the explorer has taken the new address in (it clears its notices as it does).
      const page = unknownPage(window.location.hash);
      window.setTimeout(() => sayUnknown(page), 0);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [unknownAtStart]);

  useEffect(() => {
    if (view === 'add') setKeepAdd(true);
  }, [view]);

  function go(next: AppView): void {
    if (next === view) return;
    if (next === 'explore') pushExploreEntry();
    else window.history.pushState(null, '', `#/${next}`);
    setView(next);
  }

  function onPick(hit: SearchHit): void {
    if (view !== 'explore') go('explore');
    explore.current?.showEntity(hit.id);
  }

  return (
    <div className="app">
      <a className="skip-link" href="#graph-canvas" onClick={(event) => (event.preventDefault(), go('explore'), document.getElementById('graph-canvas')?.focus())}>
        {t('skipToGraph')}
      </a>
      <header className="top-bar">
        <a className="brand" href="#/explore" onClick={(event) => (event.preventDefault(), go('explore'))}>
          <span className="brand-mark" aria-hidden="true" />
          Chipgraph
        </a>
        <SearchBox label={t('searchLabel')} placeholder={t('searchPlaceholder')} onPick={onPick} className="top-search" shortcut />
        <nav className="view-switcher" aria-label={t('viewsNav')}>
          {VIEWS.map((item) => (
            <a
              key={item.view}
              href={`#/${item.view}`}
              aria-current={view === item.view ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                go(item.view);
              }}
            >
              {t(item.label)}
            </a>
          ))}
        </nav>
        <label className="language-switch">
          <span className="visually-hidden">{t('language')}</span>
          <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {code === 'en' ? 'English' : 'Français'}
              </option>
            ))}
          </select>
        </label>
      </header>
      <ExploreView active={view === 'explore'} />
      <Suspense fallback={<p className="loading view-loading">{t('loading')}</p>}>
        {view === 'query' && <ConsoleView explore={explore} showExplore={() => go('explore')} />}
        {(view === 'add' || keepAdd) && <AddArticleView explore={explore} showExplore={() => go('explore')} active={view === 'add'} />}
        {view === 'articles' && <ArticlesView explore={explore} showExplore={() => go('explore')} />}
      </Suspense>
    </div>
  );
}
