/**
 * Who may do what: mutations need the write token, except a dry run of `ingestArticle` (it writes
 * nothing, so it is a read); reads need the read token when one is set. Tokens come as
 * `Authorization: Bearer <token>` and are compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { getArgumentValues, getOperationAST, getVariableValues, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { appError } from '../errors.ts';

function sameToken(given: string | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

export interface Tokens {
  write: string | undefined;
  read: string | undefined;
}

/**
 * How the audit log names a token: `token:` and the first 16 hex digits of a SHA-256 of it (with
 * a prefix of its own). It tells two tokens apart without revealing either: the hash cannot be
 * reversed, and a generated token (32 random bytes) cannot be guessed from it.
 */
export function tokenFingerprint(token: string): string {
  return `token:${createHash('sha256').update('chipgraph audit\n').update(token).digest('hex').slice(0, 16)}`;
}

/** What a request's token allows. */
export function accessOf(request: Request, tokens: Tokens): { read: boolean; write: boolean } {
  const token = bearerToken(request);
  const write = sameToken(token, tokens.write);
  const read = write || tokens.read === undefined || sameToken(token, tokens.read);
  return { read, write };
}

/** Mutation fields that write nothing when their `dryRun` argument is true (its default). */
const DRY_RUN_FIELDS = new Set(['ingestArticle']);

/** Whether a mutation only previews: every field is a dry-run field whose `dryRun` resolves to true. */
export function isDryRunOnly(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): boolean {
  const fields = schema.getMutationType()?.getFields() ?? {};
  // The values execution will use: the request's variables coerced, with the operation's own defaults.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (!coerced.coerced) return false;
  const values = coerced.coerced;
  return operation.selectionSet.selections.every((selection) => {
    if (selection.kind !== Kind.FIELD) return false;
    if (selection.name.value === '__typename') return true;
    const definition = fields[selection.name.value];
    if (!definition || !DRY_RUN_FIELDS.has(definition.name)) return false;
    try {
      return getArgumentValues(definition, selection, values)['dryRun'] === true;
    } catch {
      return false; // bad arguments: execution reports them; nothing is allowed on their account
    }
  });
}

/** Refuses operations the request's token does not allow, before anything runs. */
export function useAccessControl(): Plugin<{ access: { read: boolean; write: boolean }; request: Request }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { access, request } = args.contextValue;
      const operation = getOperationAST(args.document as DocumentNode, args.operationName ?? undefined);
      const hasToken = bearerToken(request) !== undefined;
      if (!access.read) {
        setResultAndStopExecution({
          errors: [hasToken ? appError('FORBIDDEN', 'This token cannot read the graph.') : appError('UNAUTHENTICATED', 'Reading this graph needs a token: send Authorization: Bearer <token>.')],
        });
      } else if (operation?.operation === 'mutation' && !access.write && !isDryRunOnly(args.schema, operation, args.variableValues ?? undefined)) {
        setResultAndStopExecution({
          errors: [
            hasToken
              ? appError('FORBIDDEN', 'The write token is not valid. Nothing was written.')
              : appError('UNAUTHENTICATED', 'Writing needs the write token: send Authorization: Bearer <token>. Nothing was written.'),
          ],
        });
      }
    },
  };
}
