/**
 * The explorer in the browser's history. Each meaningful step (add, expand, collapse, filter,
 * select, open an article, change the layout) is a new history entry whose URL describes the view
 * exactly (`view-url.ts`); Back and Forward walk them, restoring the state this page had (with
 * the positions), or rebuilding it from the URL when the page does not have it (a reload).
 * Positions settle after a layout: `refresh()` writes them into the current entry.
 */
import type { ExploreActions } from './explore-actions.ts';
import { urlStateOf, type ExploreState, type Point } from './explore-state.ts';
import type { ExploreStore } from './explore-store.ts';
import { formatHash, parseHash } from './view-url.ts';

export interface HistorySyncOptions {
  store: ExploreStore;
  actions: Pick<ExploreActions, 'restore' | 'openSavedView'>;
  /** Where the canvas draws each node now. */
  positions(): ReadonlyMap<string, Point>;
  /** Whether the explorer is the view shown (other views own the URL then). */
  active(): boolean;
}

export interface HistorySync {
  /** Writes the current positions into the current entry (after a layout or a drag). */
  refresh(): void;
  /** A new entry for the explorer as it is now (coming back from another view). */
  pushCurrent(): void;
  stop(): void;
}

interface Snapshot {
  state: ExploreState;
  positions: ReadonlyMap<string, Point>;
}

/** history.state of the explorer's entries: which snapshot of this page it is. */
interface EntryState {
  chipgraph: number;
}

const entryKey = (state: unknown): number | null =>
  typeof state === 'object' && state !== null && typeof (state as EntryState).chipgraph === 'number' ? (state as EntryState).chipgraph : null;

/** Snapshots kept for Back and Forward without asking the server again. */
const SNAPSHOT_LIMIT = 200;

export function startHistorySync({ store, actions, positions, active }: HistorySyncOptions): HistorySync {
  const snapshots = new Map<number, Snapshot>();
  let nextKey = Date.now();
  let lastStep = store.getState().step;
  let restoring = false;

  const hashOf = (state: ExploreState, at: ReadonlyMap<string, Point>): string => formatHash('explore', urlStateOf(state, at));
  const remember = (key: number, snapshot: Snapshot): void => {
    snapshots.set(key, snapshot);
    if (snapshots.size > SNAPSHOT_LIMIT) snapshots.delete(snapshots.keys().next().value as number);
  };

  function push(state: ExploreState): void {
    const at = positions();
    const key = (nextKey += 1);
    remember(key, { state, positions: at });
    window.history.pushState({ chipgraph: key } satisfies EntryState, '', hashOf(state, at));
    lastStep = state.step;
  }

  function replace(state: ExploreState): void {
    const at = positions();
    const key = entryKey(window.history.state) ?? (nextKey += 1);
    remember(key, { state, positions: at });
    const hash = hashOf(state, at);
    if (hash !== window.location.hash || entryKey(window.history.state) !== key) window.history.replaceState({ chipgraph: key } satisfies EntryState, '', hash);
  }

  function onChange(): void {
    const state = store.getState();
    if (!active() || restoring || state.busy === 'busyOpening') return;
    if (state.step !== lastStep) push(state);
    else replace(state);
  }

  async function onPopState(event: PopStateEvent): Promise<void> {
    const { view, state: url } = parseHash(window.location.hash);
    if (view !== 'explore') return;
    const snapshot = snapshots.get(entryKey(event.state) ?? -1);
    if (snapshot) {
      lastStep = snapshot.state.step;
      store.dispatch({ type: 'snapshot', state: snapshot.state, positions: snapshot.positions });
      return;
    }
    if (window.location.hash === hashOf(store.getState(), positions())) return;
    restoring = true;
    try {
      const savedId = savedViewId(window.location.hash);
      await (savedId ? actions.openSavedView(savedId) : actions.restore(url));
    } finally {
      restoring = false;
      lastStep = store.getState().step;
      replace(store.getState());
    }
  }

  // The page opens on a view described by its URL, or on a saved view named by its short id.
  const { view, state: url } = parseHash(window.location.hash);
  const savedId = savedViewId(window.location.hash);
  if (view === 'explore' && savedId) {
    restoring = true;
    void actions.openSavedView(savedId).finally(() => {
      restoring = false;
      lastStep = store.getState().step;
      if (active()) replace(store.getState());
    });
  } else if (view === 'explore' && (url.nodes.length > 0 || url.ids.length > 0 || url.expand.length > 0 || url.article !== null)) {
    restoring = true;
    void actions.restore(url).finally(() => {
      restoring = false;
      lastStep = store.getState().step;
      if (active()) replace(store.getState());
    });
  } else if (view === 'explore') {
    replace(store.getState());
  }

  const listener = (event: PopStateEvent): void => void onPopState(event);
  window.addEventListener('popstate', listener);
  const unsubscribe = store.subscribe(onChange);
  return {
    refresh() {
      if (active() && !restoring) replace(store.getState());
    },
    pushCurrent() {
      push(store.getState());
    },
    stop() {
      unsubscribe();
      window.removeEventListener('popstate', listener);
    },
  };
}

/** The short id of a saved view in a link (`#/explore?view=Ab3dE9xYz0`), if any. */
export function savedViewId(hash: string): string | null {
  const match = /^#\/explore\?(?:.*&)?view=([A-Za-z0-9_-]{1,40})(?:&|$)/.exec(hash);
  return match?.[1] ?? null;
}
