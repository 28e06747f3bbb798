/**
 * The extraction contract: the JSON object the pipeline returns for one article and that other
 * tools read (`npm run ingest -- --dry-run --offline --format json FILE`). The keys named here are
 * fixed; the optional ones are extras that readers may ignore.
 */
import type { EntityType, Language, PolicyKind, Predicate } from '../../schema/vocabulary.ts';

/** A span of the article's text: `text === articleText.slice(start, end)` (UTF-16 offsets). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface ExtractedMention extends Span {
  /** The gazetteer alias, or the rule, that produced this mention. */
  rule: string;
  alias?: string;
}

export interface ProposedPolicy {
  kind: PolicyKind;
  /** Ids of governments that issue it and of chips, companies or governments it targets. */
  actors: string[];
}

export interface ExtractedEntity {
  id: string;
  type: EntityType;
  name: string;
  isNew: boolean;
  mentions: ExtractedMention[];
  /** For a new policy: its guessed kind and actors. */
  policy?: ProposedPolicy;
}

export interface ExtractedRelation {
  subject: string;
  predicate: Predicate;
  object: string;
  confidence: number;
  rule: string;
  evidence: Span;
  /** ISO date (or YYYY-MM / YYYY) the text gives for the fact. */
  date?: string;
  /** Money or share tied to the fact, as written ("15 %", "$5.5 billion"). */
  amount?: string;
}

export interface ExtractionWarning {
  code: string;
  message: string;
}

export interface ExtractionResult {
  language: Language | 'other';
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  warnings: ExtractionWarning[];
  title?: string;
  date?: string;
  url?: string;
  /** Present when offsets refer to a text other than the file as read (HTML, or NFC changed it). */
  text?: string;
}
