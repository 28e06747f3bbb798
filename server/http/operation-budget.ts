/**
 * What one GraphQL operation may ask for, judged on the operation and its variables before
 * anything runs (no Cypher is built, nothing reaches Neo4j):
 *
 * - **cost**: an upper bound of the values the answer can hold. A scalar costs 1 (its weight in
 *   `FIELD_WEIGHTS` for bulky ones such as an article's text); an object field costs 1 plus its
 *   selection; a list field multiplies its selection by the most items it can return: its
 *   `limit` or `first` argument, clamped to the list maximum, or else the list default (both set
 *   on every generated type with `@limit` in `schema/type-defs.ts`). `{ articles { statements {
 *   article { statements … } } } }` therefore grows as 100^depth and is refused from depth 4.
 *   Introspection (`__schema`, `__type`) costs a flat `introspectionCost` each.
 * - **`where` nesting**: relationship filters (`some`, `all`, `none`, `single`) nest at most
 *   `maxWhereNesting` deep, and one `where` holds at most `maxWhereNodes` conditions.
 * - **pagination**: `limit`, `offset` and `first` are never negative (BAD_USER_INPUT).
 */
import {
  getArgumentValues, getNamedType, getNullableType, getOperationAST, getVariableValues, isListType, isObjectType, isInterfaceType, isUnionType,
  Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType, type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIST_LIMITS } from '../../schema/type-defs.ts';
import { appError } from '../errors.ts';

/** Limits of one operation, each with its unit. */
export const OPERATION_BUDGET = {
  maxCost: 5_000_000, // values an answer may hold at most (see the cost model above); the explorer's largest asks ~300 000
  maxWhereNesting: 2, // relationship filters inside relationship filters
  maxWhereNodes: 100, // conditions (input fields) in one where argument
  introspectionCost: 1_000_000, // flat cost of one __schema or __type field: a few per operation
} as const;

/** Scalars that weigh more than one value: `Type.field` -> cost. */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  'Article.text': 1_000, // up to 1 MB of text
  'IngestResult.text': 1_000,
  'ArticleView.text': 1_000,
};

const QUANTIFIERS = new Set(['some', 'all', 'none', 'single']);
const PAGINATION = ['limit', 'offset', 'first'];

export interface OperationVerdict {
  cost: number;
  /** The first limit the operation breaks, as a catalogue error; undefined when it may run. */
  error?: ReturnType<typeof appError>;
}

/** Judges one operation with its variables against the budget. */
export function judgeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  budget: typeof OPERATION_BUDGET = OPERATION_BUDGET,
): OperationVerdict {
  const operation = getOperationAST(document, operationName);
  if (!operation) return { cost: 0 };
  const rootType = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!rootType) return { cost: 0 };
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (!coerced.coerced) return { cost: 0 }; // execution reports bad variables itself
  const values = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  let failure: ReturnType<typeof appError> | undefined;

  const argumentsOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> => {
    try {
      return getArgumentValues(field, node, values);
    } catch {
      return {}; // bad arguments: execution reports them
    }
  };

  const checkPagination = (args: Record<string, unknown>, path: string): void => {
    for (const name of PAGINATION) {
      const value = args[name];
      if (typeof value === 'number' && value < 0) failure ??= appError('BAD_USER_INPUT', `${name} of ${path} must not be negative, got ${value}.`, { argument: name });
    }
  };

  const checkWhere = (where: unknown, path: string): void => {
    let nodes = 0;
    let deepest = 0;
    const walk = (value: unknown, nesting: number): void => {
      if (Array.isArray(value)) { for (const item of value) walk(item, nesting); return; }
      if (value === null || typeof value !== 'object') return;
      for (const [key, inner] of Object.entries(value)) {
        nodes++;
        const next = QUANTIFIERS.has(key) ? nesting + 1 : nesting;
        deepest = Math.max(deepest, next);
        walk(inner, next);
      }
    };
    walk(where, 0);
    if (deepest > budget.maxWhereNesting) {
      failure ??= appError('LIMIT_EXCEEDED', `The where filter of ${path} nests relationship filters ${deepest} deep; at most ${budget.maxWhereNesting} are allowed.`, { max: budget.maxWhereNesting });
    } else if (nodes > budget.maxWhereNodes) {
      failure ??= appError('LIMIT_EXCEEDED', `The where filter of ${path} holds ${nodes} conditions; at most ${budget.maxWhereNodes} are allowed.`, { max: budget.maxWhereNodes });
    }
  };

  const costOf = (type: GraphQLNamedType, selectionSet: SelectionSetNode | undefined, path: string, seen: ReadonlySet<string>): number => {
    if (!selectionSet) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) ?? type : type;
        total += costOf(inner, selection.selectionSet, path, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue; // cycles are a validation error
        const inner = schema.getType(fragment.typeCondition.name.value) ?? type;
        total += costOf(inner, fragment.selectionSet, path, new Set([...seen, fragment.name.value]));
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename') { total += 1; continue; }
      if (name === '__schema' || name === '__type') { total += budget.introspectionCost; continue; }
      if (!(isObjectType(type) || isInterfaceType(type))) continue;
      const field = type.getFields()[name];
      if (!field) continue; // unknown fields are a validation error
      const fieldPath = `${path}.${name}`;
      const args = argumentsOf(field, selection);
      checkPagination(args, fieldPath);
      if (args['where'] !== undefined) checkWhere(args['where'], fieldPath);
      const named = getNamedType(field.type);
      const composite = isObjectType(named) || isInterfaceType(named) || isUnionType(named);
      if (!composite) {
        total += FIELD_WEIGHTS[`${type.name}.${name}`] ?? 1;
        continue;
      }
      const items = isListType(getNullableType(field.type)) ? listSize(args) : 1;
      total += 1 + items * costOf(named, selection.selectionSet, fieldPath, seen);
    }
    return total;
  };

  const cost = costOf(rootType, operation.selectionSet, operation.operation, new Set());
  if (!failure && cost > budget.maxCost) {
    failure = appError('LIMIT_EXCEEDED', `The operation could return about ${formatCost(cost)} values; the limit is ${budget.maxCost.toLocaleString('en')}. Ask for fewer nested lists or give them a smaller limit.`, { cost: Math.min(cost, Number.MAX_SAFE_INTEGER), max: budget.maxCost });
  }
  return failure ? { cost, error: failure } : { cost };
}

/** Most items a list can return: its limit or first argument (at most the maximum), or the default. */
function listSize(args: Record<string, unknown>): number {
  const asked = [args['limit'], args['first']].find((value): value is number => typeof value === 'number');
  if (asked === undefined) return LIST_LIMITS.default;
  return Math.max(0, Math.min(asked, LIST_LIMITS.max));
}

function formatCost(cost: number): string {
  return cost > 1e15 ? cost.toExponential(1) : Math.round(cost).toLocaleString('en');
}

/** Refuses an operation over budget before it executes. */
export function useOperationBudget(budget: typeof OPERATION_BUDGET = OPERATION_BUDGET): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const verdict = judgeOperation(args.schema, args.document as DocumentNode, args.operationName ?? undefined, (args.variableValues ?? undefined) as Record<string, unknown> | undefined, budget);
      if (verdict.error) setResultAndStopExecution({ errors: [verdict.error] });
    },
  };
}
