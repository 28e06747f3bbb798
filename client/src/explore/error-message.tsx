/** An error as a user should read it: what happened, what to do, and a retry when it may help. */
import type { GraphQLRequestError } from '../api/graphql-client.ts';
import { useLanguage } from '../i18n/language.ts';
import { useMessages } from '../i18n/messages.ts';
import { errorText } from './error-text.ts';

export function ErrorMessage({ error, onRetry, compact = false }: { error: GraphQLRequestError; onRetry?: () => void; compact?: boolean }) {
  const t = useMessages();
  const text = errorText(error, useLanguage());
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
