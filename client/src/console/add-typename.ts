/**
 * Adds `__typename` to every selection set below the operation's root, so that any result can be
 * drawn (entities are recognised by `id` + `__typename`). The user's text is left as written; this
 * runs on the copy that is sent.
 */
import { Kind, parse, print, visit, type FieldNode, type SelectionSetNode } from 'graphql';

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

export function addTypename(query: string): string {
  const document = parse(query);
  const withTypename = visit(document, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent): SelectionSetNode | undefined {
        // Operation roots (Query, Mutation) need no __typename.
        if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
        const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias);
        return has ? undefined : { ...node, selections: [TYPENAME, ...node.selections] };
      },
    },
  });
  return print(withTypename);
}
