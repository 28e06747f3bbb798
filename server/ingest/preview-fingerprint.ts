/**
 * The fingerprint of a preview: what decides how the pipeline reads an article — the extractor's
 * version, the gazetteer's version and the text. A commit re-extracts the text and applies
 * corrections named by the preview's edge keys and entity ids; when the fingerprint it passes
 * back differs from the one of its own extraction, those names may mean something else (another
 * commit taught the graph a name, or the rules changed), so it is refused with PREVIEW_OUTDATED.
 *
 * - extractor version: a digest of the pipeline's source (`seed/ingest/`, tests aside) and of the
 *   vocabulary and text folding it uses, computed once per process: any change to a rule changes it;
 * - gazetteer version: a digest of every entry (id, type, name, aliases, and for policies and
 *   governments the kind, actors, dates and state that linking reads), kept per compiled gazetteer;
 * - text: the article's content hash (`contentHashOf`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gazetteer, GazetteerEntry } from '../../seed/ingest/build-gazetteer.ts';
import { contentHashOf } from '../graph/writes/commit-article.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Folders (recursively) and files whose source is the extractor. */
const EXTRACTOR_SOURCES = ['seed/ingest', 'schema/vocabulary.ts', 'schema/fold-text.ts'];

function sourceFiles(path: string): string[] {
  if (path.endsWith('.ts')) return [path];
  return readdirSync(join(ROOT, path), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(path, file));
}

let extractorVersionCache: string | undefined;

/** Digest of the extractor's source files, read once per process. */
export function extractorVersion(): string {
  if (extractorVersionCache === undefined) {
    const files = EXTRACTOR_SOURCES.flatMap(sourceFiles).map((file) => file.split('\\').join('/')).sort();
    const hash = createHash('sha256');
    for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(ROOT, file))).update('\n');
    extractorVersionCache = hash.digest('hex');
  }
  return extractorVersionCache;
}

/** An entry as the digest reads it: its fields in a fixed order, separated by control characters. */
function canonicalEntry(entry: GazetteerEntry): string {
  return [
    entry.id, entry.type, entry.name, entry.aliases.join('\u0001'), entry.kind ?? '',
    (entry.actors ?? []).join('\u0001'), (entry.issuers ?? []).join('\u0001'), (entry.dates ?? []).join('\u0001'),
    entry.country ?? '', entry.partOf ?? '', entry.sector ?? '',
  ].join('\u0000');
}

const gazetteerVersions = new WeakMap<Gazetteer, string>();

/** Digest of the gazetteer's entries in id order, computed once per compiled gazetteer. */
export function gazetteerVersion(gazetteer: Gazetteer): string {
  let version = gazetteerVersions.get(gazetteer);
  if (version === undefined) {
    const ids = [...gazetteer.entries.keys()].sort();
    const lines: string[] = [];
    for (const id of ids) lines.push(canonicalEntry(gazetteer.entries.get(id) as GazetteerEntry));
    version = sha256(lines.join('\n'));
    gazetteerVersions.set(gazetteer, version);
  }
  return version;
}

/** The fingerprint a dry run returns and a commit may pass back: 32 hex digits. */
export function previewFingerprint(gazetteer: Gazetteer, text: string): string {
  return sha256(JSON.stringify({ extractor: extractorVersion(), gazetteer: gazetteerVersion(gazetteer), text: contentHashOf(text) })).slice(0, 32);
}
