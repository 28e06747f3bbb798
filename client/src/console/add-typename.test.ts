/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, print } from 'graphql';
import { addTypename } from './add-typename.ts';

describe('__typename added to what the console sends', () => {
  it('asks for __typename in every selection below the root, keeping the user’s lines', () => {
    const query = 'query { chips(limit: 2) { id madeBy { name __typename } } }';
    const typed = addTypename(query);
    assert.equal(typed.text, 'query { chips(limit: 2) { __typename id madeBy { name __typename } } }');
    assert.equal(print(parse(typed.text)), print(parse('query { chips(limit: 2) { __typename id madeBy { name __typename } } }')));
    const multi = 'query {\n  chips {\n    id\n  }\n}\nfragment F on Chip { name }';
    assert.equal(addTypename(multi).text, 'query {\n  chips { __typename\n    id\n  }\n}\nfragment F on Chip { __typename name }');
  });

  it('maps an error’s line and column back to the query as written', () => {
    // One line: a printed copy would put the unknown field on line 5; the user wrote it on line 1.
    const query = '{ chips { id nope } companies { name } }';
    const typed = addTypename(query);
    const sentAt = typed.text.indexOf('nope');
    assert.deepEqual(typed.toOriginal({ line: 1, column: sentAt + 1 }), { line: 1, column: query.indexOf('nope') + 1 });
    const later = typed.text.indexOf('companies');
    assert.deepEqual(typed.toOriginal({ line: 1, column: later + 1 }), { line: 1, column: query.indexOf('companies') + 1 });
    // On the second line, after an insertion on the first.
    const multi = '{ chips {\n  id nope\n} }';
    const second = addTypename(multi);
    assert.deepEqual(second.toOriginal({ line: 2, column: 6 }), { line: 2, column: 6 });
    // A location inside an insertion is where it went in; one outside the text is left alone.
    assert.deepEqual(typed.toOriginal({ line: 1, column: 12 }), { line: 1, column: 10 });
    assert.deepEqual(typed.toOriginal({ line: 9, column: 1 }), { line: 9, column: 1 });
  });
});
