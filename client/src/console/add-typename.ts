/**
 * Adds `__typename` to every selection set below the operation's root, so that any result can be
 * drawn (entities are recognised by `id` + `__typename`). The user's text is left as written; this
 * runs on the copy that is sent, which keeps the user's lines: ` __typename` goes in just after
 * each `{`, and the server's error locations are mapped back to the text the user wrote.
 */
import { Kind, parse, visit, type SelectionSetNode } from 'graphql';

const INSERTED = ' __typename';

export interface TypedQuery {
  /** The query to send. */
  text: string;
  /** A line and column of `text` (1-based, as GraphQL errors give them) in the user's text. */
  toOriginal(location: { line: number; column: number }): { line: number; column: number };
}

export function addTypename(query: string): TypedQuery {
  const document = parse(query);
  const offsets: number[] = [];
  visit(document, {
    SelectionSet: {
      enter(node: SelectionSetNode, _key, parent): void {
        // Operation roots (Query, Mutation) need no __typename.
        if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return;
        const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias);
        if (!has && node.loc) offsets.push(node.loc.start + 1); // just after its `{`
      },
    },
  });
  offsets.sort((a, b) => a - b);
  let text = '';
  let from = 0;
  for (const offset of offsets) {
    text += query.slice(from, offset) + INSERTED;
    from = offset;
  }
  text += query.slice(from);
  return {
    text,
    toOriginal(location) {
      let sent = offsetOf(text, location);
      if (sent === null) return location;
      // Every insertion before this point moved it right; a point inside one is where it went in.
      let shift = 0;
      for (const offset of offsets) {
        const start = offset + shift;
        if (sent >= start + INSERTED.length) shift += INSERTED.length;
        else {
          if (sent >= start) sent = start;
          break;
        }
      }
      return locationOf(query, sent - shift);
    },
  };
}

/** The offset of a 1-based line and column in `text`, or null when it lies outside. */
function offsetOf(text: string, { line, column }: { line: number; column: number }): number | null {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return null;
    start = next + 1;
  }
  const offset = start + column - 1;
  return offset >= 0 && offset <= text.length ? offset : null;
}

function locationOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
