/** Loads something for a key (an entity id, an edge id…), with loading and error states and a retry. */
import { useCallback, useEffect, useState } from 'react';
import { GraphQLRequestError } from '../api/graphql-client.ts';

export type Remote<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; data: T }
  | { status: 'error'; error: GraphQLRequestError };

export function asRequestError(error: unknown): GraphQLRequestError {
  return error instanceof GraphQLRequestError ? error : new GraphQLRequestError((error as Error).message ?? String(error), 'INTERNAL_SERVER_ERROR');
}

export function useRemote<T>(key: string | null, load: (key: string, signal: AbortSignal) => Promise<T>): Remote<T> & { retry(): void } {
  const [state, setState] = useState<{ key: string | null; remote: Remote<T> }>({ key: null, remote: { status: 'idle' } });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState({ key, remote: { status: 'loading' } });
    load(key, controller.signal).then(
      (data) => setState({ key, remote: { status: 'done', data } }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, remote: { status: 'error', error: asRequestError(error) } });
      },
    );
    return () => controller.abort();
    // `load` is a module-level operation; the key and the attempt decide when to load.
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const remote: Remote<T> = key === null ? { status: 'idle' } : state.key === key ? state.remote : { status: 'loading' };
  return { ...remote, retry };
}
