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
import { parseHash, type AppView } from '../explore/view-url.ts';

// Views other than the explorer load on first use, so the initial bundle stays small.
const ConsoleView = lazy(() => import('../console/console-view.tsx'));
const AddArticleView = lazy(() => import('../add-article/add-article-view.tsx'));
const ArticlesView = lazy(() => import('../articles/articles-view.tsx'));

const VIEWS: ReadonlyArray<{ view: AppView; label: string }> = [
  { view: 'explore', label: 'Explore' },
  { view: 'query', label: 'Query' },
  { view: 'add', label: 'Add article' },
  { view: 'articles', label: 'Articles' },
];

export function App() {
  const [view, setView] = useState<AppView>(() => parseHash(window.location.hash).view);
  /** What other views may ask of the explorer (its actions act on the explorer's store). */
  const explore = useRef<ExploreHandle>(exploreActions);
  // The add-article view keeps its work (reviews in progress) while the user looks elsewhere.
  const [keepAdd, setKeepAdd] = useState(view === 'add');

  useEffect(() => {
    const onHashChange = (): void => setView(parseHash(window.location.hash).view);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

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
        Skip to the graph
      </a>
      <header className="top-bar">
        <a className="brand" href="#/explore" onClick={(event) => (event.preventDefault(), go('explore'))}>
          <span className="brand-mark" aria-hidden="true" />
          Chipgraph
        </a>
        <SearchBox label="Search entities" placeholder="Search NVIDIA, Team Green, Chine, H20…" onPick={onPick} className="top-search" shortcut />
        <nav className="view-switcher" aria-label="Views">
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
              {item.label}
            </a>
          ))}
        </nav>
      </header>
      <ExploreView active={view === 'explore'} />
      <Suspense fallback={<p className="loading view-loading">Loading…</p>}>
        {view === 'query' && <ConsoleView explore={explore} showExplore={() => go('explore')} />}
        {(view === 'add' || keepAdd) && <AddArticleView explore={explore} showExplore={() => go('explore')} active={view === 'add'} />}
        {view === 'articles' && <ArticlesView explore={explore} showExplore={() => go('explore')} />}
      </Suspense>
    </div>
  );
}
