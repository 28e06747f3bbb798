/** An error as a user should read it: what happened, what to do, and a retry when it may help. */
import type { ErrorCode, GraphQLRequestError } from '../api/graphql-client.ts';
import { currentLanguage, type Language } from '../i18n/language.ts';
import { message, useMessages, type MessageKey } from '../i18n/messages.ts';

const MESSAGES: Partial<Record<ErrorCode, { title: MessageKey; hint: MessageKey; retry: boolean }>> = {
  DATABASE_UNAVAILABLE: { title: 'errorDatabaseTitle', hint: 'errorDatabaseHint', retry: true },
  NETWORK_ERROR: { title: 'errorNetworkTitle', hint: 'errorNetworkHint', retry: true },
  TIMEOUT: { title: 'errorTimeoutTitle', hint: 'errorTimeoutHint', retry: true },
  LIMIT_EXCEEDED: { title: 'errorLimitTitle', hint: 'errorLimitHint', retry: false },
  ENTITY_NOT_FOUND: { title: 'errorNotFoundTitle', hint: 'errorNotFoundHint', retry: false },
  HTTP_ERROR: { title: 'errorHttpTitle', hint: 'errorHttpHint', retry: true },
  UNAUTHENTICATED: { title: 'errorAuthTitle', hint: 'errorAuthHint', retry: false },
  FORBIDDEN: { title: 'errorAuthTitle', hint: 'errorAuthHint', retry: false },
};

/** The error in words, in the language; the server's own message as the hint of an unknown code. */
export function errorText(error: GraphQLRequestError, language: Language = currentLanguage()): { title: string; hint: string; retry: boolean } {
  const known = MESSAGES[error.code];
  if (!known) return { title: message(language, 'errorOtherTitle'), hint: error.message, retry: true };
  return { title: message(language, known.title), hint: message(language, known.hint), retry: known.retry };
}

export function ErrorMessage({ error, onRetry, compact = false }: { error: GraphQLRequestError; onRetry?: () => void; compact?: boolean }) {
  const t = useMessages();
  const text = errorText(error);
  return (
    <div className={compact ? 'error-message compact' : 'error-message'} role="alert" data-code={error.code}>
      <p className="error-title">{text.title}</p>
      {!compact && <p className="error-hint">{text.hint}</p>}
      {!compact && text.hint !== error.message && <p className="error-detail">{error.message}</p>}
      {onRetry && text.retry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
