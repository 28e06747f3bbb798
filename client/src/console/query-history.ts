/** The console's history: the last 30 operations run, newest first, kept in localStorage. */

export interface HistoryEntry {
  query: string;
  variables: string;
  /** ISO time of the last run. */
  at: string;
}

export const HISTORY_KEY = 'chipgraph.console.history';
export const HISTORY_LIMIT = 30;

export function readHistory(storage: Pick<Storage, 'getItem'> = localStorage): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((e): e is HistoryEntry => typeof e?.query === 'string' && typeof e?.variables === 'string' && typeof e?.at === 'string');
  } catch {
    return [];
  }
}

/** Puts the entry first (an identical earlier one moves up rather than repeating) and keeps 30. */
export function pushHistory(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const same = (e: HistoryEntry): boolean => e.query.trim() === entry.query.trim() && e.variables.trim() === entry.variables.trim();
  return [entry, ...entries.filter((e) => !same(e))].slice(0, HISTORY_LIMIT);
}

export function writeHistory(entries: readonly HistoryEntry[], storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(HISTORY_KEY, JSON.stringify(entries));
  } catch {
    // A full or disabled storage only loses the history.
  }
}

/** First meaningful line of a query, for the list ("query WhoCompetesWithHuawei"). */
export function historyLabel(query: string): string {
  const line = query.split('\n').map((l) => l.trim()).find((l) => l.length > 0 && !l.startsWith('#')) ?? '(empty)';
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
