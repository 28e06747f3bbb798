/** An error as a user should read it: what happened, what to do, and a retry when it may help. */
import type { ErrorCode, GraphQLRequestError } from '../api/graphql-client.ts';

const MESSAGES: Partial<Record<ErrorCode, { title: string; hint: string; retry: boolean }>> = {
  DATABASE_UNAVAILABLE: { title: 'The graph database cannot be reached right now.', hint: 'Neo4j may be starting or stopped. Retry in a moment.', retry: true },
  NETWORK_ERROR: { title: 'The Chipgraph server cannot be reached.', hint: 'Check that it is running, then retry.', retry: true },
  LIMIT_EXCEEDED: { title: 'This request asks for more than the server allows.', hint: 'Narrow it with the filters, or expand fewer nodes at once.', retry: false },
  ENTITY_NOT_FOUND: { title: 'Not found in the graph.', hint: 'It may have been removed, or the link is wrong.', retry: false },
  HTTP_ERROR: { title: 'The server answered with an error.', hint: 'Retry; if it persists, look at the server log.', retry: true },
};

export function errorText(error: GraphQLRequestError): { title: string; hint: string; retry: boolean } {
  return MESSAGES[error.code] ?? { title: 'Something went wrong.', hint: error.message, retry: true };
}

export function ErrorMessage({ error, onRetry, compact = false }: { error: GraphQLRequestError; onRetry?: () => void; compact?: boolean }) {
  const text = errorText(error);
  return (
    <div className={compact ? 'error-message compact' : 'error-message'} role="alert" data-code={error.code}>
      <p className="error-title">{text.title}</p>
      {!compact && <p className="error-hint">{text.hint}</p>}
      {!compact && text.hint !== error.message && <p className="error-detail">{error.message}</p>}
      {onRetry && text.retry && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
