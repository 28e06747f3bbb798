/**
 * An error as a user should read it, in words of the catalogue: what happened (title), what to do
 * (hint), and whether a retry may help. The server's own message stands as the hint of a code
 * without words here.
 */
import type { ErrorCode } from '../api/graphql-client.ts';
import { currentLanguage, type Language } from '../i18n/language.ts';
import { message, type MessageKey } from '../i18n/messages.ts';

/** What an error carries that its words depend on: a GraphQLRequestError or an operation's error. */
export interface ErrorLike {
  code: ErrorCode;
  message: string;
  /** Seconds the server asks to wait before trying again. */
  retryAfter?: number | undefined;
}

export interface ErrorText {
  title: string;
  hint: string;
  retry: boolean;
  /** False when the code has no words of its own (the title is "Something went wrong"). */
  known: boolean;
}

const WORDS: Partial<Record<ErrorCode, { title: MessageKey; hint: MessageKey; retry: boolean }>> = {
  DATABASE_UNAVAILABLE: { title: 'errorDatabaseTitle', hint: 'errorDatabaseHint', retry: true },
  NETWORK_ERROR: { title: 'errorNetworkTitle', hint: 'errorNetworkHint', retry: true },
  TIMEOUT: { title: 'errorTimeoutTitle', hint: 'errorTimeoutHint', retry: true },
  LIMIT_EXCEEDED: { title: 'errorLimitTitle', hint: 'errorLimitHint', retry: false },
  ENTITY_NOT_FOUND: { title: 'errorNotFoundTitle', hint: 'errorNotFoundHint', retry: false },
  HTTP_ERROR: { title: 'errorHttpTitle', hint: 'errorHttpHint', retry: true },
  UNAUTHENTICATED: { title: 'errorAuthTitle', hint: 'errorAuthHint', retry: false },
  FORBIDDEN: { title: 'errorAuthTitle', hint: 'errorAuthHint', retry: false },
  BUSY: { title: 'errorBusyTitle', hint: 'errorBusyHint', retry: true },
  RATE_LIMITED: { title: 'errorRateTitle', hint: 'errorRateHint', retry: true },
  EXTRACTION_TIMEOUT: { title: 'errorExtractionTimeoutTitle', hint: 'errorExtractionTimeoutHint', retry: false },
};

/** The error in words, in the language; "try again in N seconds" when the server gave the wait. */
export function errorText(error: ErrorLike, language: Language = currentLanguage()): ErrorText {
  const words = Object.hasOwn(WORDS, error.code) ? WORDS[error.code] : undefined;
  if (!words) return { title: message(language, 'errorOtherTitle'), hint: error.message, retry: true, known: false };
  const seconds = error.retryAfter;
  const hint = words.retry && seconds !== undefined && seconds > 0 ? (seconds === 1 ? message(language, 'errorRetryInOne') : message(language, 'errorRetryIn', { seconds })) : message(language, words.hint);
  return { title: message(language, words.title), hint, retry: words.retry, known: true };
}
