/**
 * Scores an extraction against a hand-made gold reading (`*.gold.json`): entity and relation
 * precision/recall counts, and the share of offsets that point at the text they claim.
 * Entities match by id (a new entity's slug is its id); relations by (subject, predicate,
 * object), COMPETES_WITH in either direction.
 */
import { PREDICATES, type Predicate } from '../../schema/vocabulary.ts';
import type { ExtractionResult } from './extraction-contract.ts';

export interface GoldReading {
  article: string;
  entities: Array<{ id: string; type: string; name: string; isNew?: boolean; mentions: string[] }>;
  relations: Array<{ subject: string; predicate: string; object: string; evidence?: string }>;
}

export interface ExtractionScore {
  entities: { truePositives: number; predicted: number; gold: number; missed: string[]; extra: string[]; found: string[] };
  relations: { truePositives: number; predicted: number; gold: number; missed: string[]; extra: string[]; found: string[] };
  offsets: { valid: number; total: number; invalid: string[] };
}

/** The key of a relation in the scores (a symmetric predicate's ends in one order). */
export function relationKey(subject: string, predicate: string, object: string): string {
  const symmetric = (PREDICATES[predicate as Predicate] as { symmetric?: boolean } | undefined)?.symmetric === true;
  return symmetric && subject > object ? `${object} ${predicate} ${subject}` : `${subject} ${predicate} ${object}`;
}

export function scoreExtraction(result: ExtractionResult, gold: GoldReading, fileText: string): ExtractionScore {
  const text = result.text ?? fileText;
  const predictedEntities = new Set(result.entities.map((e) => e.id));
  const goldEntities = new Set(gold.entities.map((e) => e.id));
  const predictedRelations = new Set(result.relations.map((r) => relationKey(r.subject, r.predicate, r.object)));
  const goldRelations = new Set(gold.relations.map((r) => relationKey(r.subject, r.predicate, r.object)));
  const offsets: ExtractionScore['offsets'] = { valid: 0, total: 0, invalid: [] };
  const check = (span: { text: string; start: number; end: number }): void => {
    offsets.total++;
    if (text.slice(span.start, span.end) === span.text) offsets.valid++;
    else offsets.invalid.push(`${span.start}-${span.end} "${span.text}"`);
  };
  for (const entity of result.entities) for (const mention of entity.mentions) check(mention);
  for (const relation of result.relations) check(relation.evidence);
  const compare = (predicted: Set<string>, expected: Set<string>): ExtractionScore['entities'] => ({
    truePositives: [...predicted].filter((k) => expected.has(k)).length,
    predicted: predicted.size,
    gold: expected.size,
    missed: [...expected].filter((k) => !predicted.has(k)).sort(),
    extra: [...predicted].filter((k) => !expected.has(k)).sort(),
    found: [...predicted].filter((k) => expected.has(k)).sort(),
  });
  return { entities: compare(predictedEntities, goldEntities), relations: compare(predictedRelations, goldRelations), offsets };
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export function precisionRecall(truePositives: number, predicted: number, gold: number): PrecisionRecall {
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = gold === 0 ? 1 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
