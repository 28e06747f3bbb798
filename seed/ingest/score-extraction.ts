/**
 * Scores an extraction against a hand-made gold reading (`*.gold.json`): entity and relation
 * precision/recall counts, and the share of offsets that point at the text they claim.
 * Entities match by id; relations by (subject, predicate, object), COMPETES_WITH in either
 * direction. A new entity's id is a slug of whatever name its reader chose ("military-end-user-list"
 * for the annotator's "us-military-end-user-list"), so a predicted new entity stands for a new gold
 * entity of its type when they share a mention's words (`alignNewEntities`), one to one.
 */
import { fold } from '../../schema/fold-text.ts';
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
  /** Predicted new entity id → the new gold entity it stands for. */
  aligned: Record<string, string>;
}

/** The key of a relation in the scores (a symmetric predicate's ends in one order). */
export function relationKey(subject: string, predicate: string, object: string): string {
  const symmetric = (PREDICATES[predicate as Predicate] as { symmetric?: boolean } | undefined)?.symmetric === true;
  return symmetric && subject > object ? `${object} ${predicate} ${subject}` : `${subject} ${predicate} ${object}`;
}

/**
 * Which predicted new entity stands for which new gold entity: same type, and a mention (or the
 * name) with the same words once folded. The pairs sharing most mentions are taken first, each
 * entity at most once; a gold entity the prediction already names by its id is left alone.
 */
export function alignNewEntities(result: ExtractionResult, gold: GoldReading): Map<string, string> {
  const predictedIds = new Set(result.entities.map((e) => e.id));
  const goldNew = gold.entities.filter((e) => e.isNew && !predictedIds.has(e.id));
  const candidates: Array<{ predicted: string; gold: string; shared: number }> = [];
  for (const entity of result.entities) {
    if (!entity.isNew || gold.entities.some((g) => g.id === entity.id)) continue;
    const words = new Set([entity.name, ...entity.mentions.map((m) => m.text)].map(fold));
    for (const g of goldNew) {
      if (g.type !== entity.type) continue;
      const shared = [g.name, ...g.mentions].map(fold).filter((w) => words.has(w)).length;
      if (shared > 0) candidates.push({ predicted: entity.id, gold: g.id, shared });
    }
  }
  candidates.sort((a, b) => b.shared - a.shared || a.predicted.localeCompare(b.predicted) || a.gold.localeCompare(b.gold));
  const aligned = new Map<string, string>();
  const taken = new Set<string>();
  for (const { predicted, gold: goldId } of candidates) {
    if (aligned.has(predicted) || taken.has(goldId)) continue;
    aligned.set(predicted, goldId);
    taken.add(goldId);
  }
  return aligned;
}

export function scoreExtraction(result: ExtractionResult, gold: GoldReading, fileText: string): ExtractionScore {
  const text = result.text ?? fileText;
  const aligned = alignNewEntities(result, gold);
  const id = (predicted: string): string => aligned.get(predicted) ?? predicted;
  const predictedEntities = new Set(result.entities.map((e) => id(e.id)));
  const goldEntities = new Set(gold.entities.map((e) => e.id));
  const predictedRelations = new Set(result.relations.map((r) => relationKey(id(r.subject), r.predicate, id(r.object))));
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
  return { entities: compare(predictedEntities, goldEntities), relations: compare(predictedRelations, goldRelations), offsets, aligned: Object.fromEntries(aligned) };
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
