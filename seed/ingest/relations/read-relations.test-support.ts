/**
 * Test support for the relation families: runs the whole pipeline on a short text with the
 * knowledge base's gazetteer and lists what it read as `subject PREDICATE object` lines
 * (`subject PREDICATE object [rule]` with `rules: true`).
 */
import { buildGazetteer, type Gazetteer } from '../build-gazetteer.ts';
import { extractArticle } from '../extract-article.ts';
import { loadGazetteerEntries } from '../load-gazetteer.ts';
import { readArticle } from '../read-article.ts';

let gazetteer: Gazetteer | undefined;

export async function relationsIn(text: string, options: { date?: string; rules?: boolean } = {}): Promise<string[]> {
  gazetteer ??= buildGazetteer(await loadGazetteerEntries());
  const body = options.date ? `---\ntitle: t\ndate: ${options.date}\n---\n${text}` : text;
  const result = extractArticle(readArticle({ bytes: new TextEncoder().encode(body), name: options.date ? 'a.md' : 'a.txt' }), gazetteer);
  return result.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}${options.rules ? ` [${r.rule}]` : ''}`);
}
