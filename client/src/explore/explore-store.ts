/**
 * The explorer's state lives here, outside React: a small store over `exploreReducer` that views
 * read with `useExploreState` (React's `useSyncExternalStore`) and that the explorer's actions,
 * the browser-history sync and other views (query console, add article) change by dispatching.
 */
import { useSyncExternalStore } from 'react';
import { exploreReducer, INITIAL_STATE, type ExploreAction, type ExploreState } from './explore-state.ts';

export interface ExploreStore {
  getState(): ExploreState;
  dispatch(action: ExploreAction): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createExploreStore(initial: ExploreState = INITIAL_STATE): ExploreStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = exploreReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The explorer of this page. */
export const exploreStore = createExploreStore();

/** The part of the state `select` picks, re-rendering only when it changes (by identity). */
export function useExploreState<T>(select: (state: ExploreState) => T, store: ExploreStore = exploreStore): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
