/**
 * A bound on the size of a GraphQL answer, after the operation budget (operation-budget.ts,
 * graphql-armor) has bounded what an operation may ask for: an answer whose JSON is larger than
 * `CHIPGRAPH_MAX_ANSWER_BYTES` is not sent; the client gets `LIMIT_EXCEEDED` instead, naming the
 * size and the limit. It is measured on the serialised answer before compression (the plugin runs
 * before `useCompression`), so the limit is what a client would have to parse.
 *
 * Answers without a Content-Length (event streams, incremental delivery) are not buffered here;
 * Chipgraph serves neither.
 */
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../../schema/error-codes.ts';

/** The error body sent in place of an answer over the limit. */
export function answerTooLarge(bytes: number, maxBytes: number): { errors: Array<{ message: string; extensions: Record<string, unknown> }> } {
  return {
    errors: [{
      message: `The answer is ${bytes} bytes; the limit is ${maxBytes} bytes (CHIPGRAPH_MAX_ANSWER_BYTES). Ask for fewer fields, a smaller limit or depth, or one page at a time.`,
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'answerBytes', bytes, maxBytes },
    }],
  };
}

/** Yoga plugin: replaces an answer larger than `maxBytes` by `LIMIT_EXCEEDED`. */
export function useAnswerLimit(maxBytes: number): Plugin {
  return {
    async onResponse({ response, setResponse, fetchAPI }) {
      if (!response.body) return;
      const bytes = Number(response.headers.get('content-length') ?? Number.NaN);
      if (!(bytes > maxBytes)) return;
      await response.body.cancel();
      const headers = new fetchAPI.Headers(response.headers);
      headers.delete('content-length');
      setResponse(new fetchAPI.Response(JSON.stringify(answerTooLarge(bytes, maxBytes)), { status: ERROR_CODES.LIMIT_EXCEEDED.status, headers }));
    },
  };
}
