/**
 * Offline gazetteer entries: the curated knowledge base in `seed/knowledge/*.json`, with each
 * policy's actors (who issues it, what it targets), each agency's state, each company's home state
 * and what each person leads taken from the curated relations. The server builds the same entries from Neo4j.
 */
import { loadKnowledge, type Knowledge } from '../knowledge/load-knowledge.ts';
import type { GazetteerEntry } from './build-gazetteer.ts';

export function gazetteerEntriesFromKnowledge(knowledge: Knowledge): GazetteerEntry[] {
  const actors = new Map<string, Set<string>>();
  const issuers = new Map<string, Set<string>>();
  const partOf = new Map<string, string>();
  const makers = new Map<string, Set<string>>();
  const homes = new Map<string, Set<string>>();
  const leads = new Map<string, Set<string>>();
  const addActor = (policy: string, actor: string): void => {
    const set = actors.get(policy) ?? new Set<string>();
    set.add(actor);
    actors.set(policy, set);
  };
  for (const relation of knowledge.relations) {
    if (relation.predicate === 'ISSUES' || relation.predicate === 'RESCINDS') {
      addActor(relation.object, relation.subject);
      issuers.set(relation.object, (issuers.get(relation.object) ?? new Set<string>()).add(relation.subject));
    }
    if (relation.predicate === 'TARGETS') addActor(relation.subject, relation.object);
    if (relation.predicate === 'PART_OF' && !partOf.has(relation.subject)) partOf.set(relation.subject, relation.object);
    if (relation.predicate === 'HEADQUARTERED_IN') homes.set(relation.subject, (homes.get(relation.subject) ?? new Set<string>()).add(relation.object));
    if (relation.predicate === 'LEADS') leads.set(relation.subject, (leads.get(relation.subject) ?? new Set<string>()).add(relation.object));
    if (relation.predicate === 'MAKES' || relation.predicate === 'DESIGNS' || relation.predicate === 'FABRICATES') {
      makers.set(relation.object, (makers.get(relation.object) ?? new Set<string>()).add(`${relation.predicate}|${relation.subject}`));
    }
  }
  return knowledge.entities.map((record) => {
    const entry: GazetteerEntry = {
      id: record.id,
      type: record.type,
      name: record.name,
      aliases: Object.values(record.aliases).flat().filter((alias): alias is string => typeof alias === 'string'),
      about: record.type === 'Policy' ? `${record.description} ${record.summary}` : record.description,
    };
    if (record.type === 'Policy') {
      entry.kind = record.kind;
      entry.actors = [...(actors.get(record.id) ?? [])].sort();
      entry.issuers = [...(issuers.get(record.id) ?? [])].sort();
      entry.dates = [record.announced, record.effective, record.ended].filter((date): date is string => typeof date === 'string');
    } else if (record.type === 'Government') {
      entry.kind = record.kind;
      entry.country = record.country;
      const parent = partOf.get(record.id);
      if (parent) entry.partOf = parent;
    } else if (record.type === 'Company') {
      entry.sector = record.sector;
      // Only a single home says where the company is.
      const states = [...(homes.get(record.id) ?? [])];
      if (states.length === 1 && states[0]) entry.home = states[0];
    } else if (record.type === 'Chip') {
      entry.makers = [...(makers.get(record.id) ?? [])].sort();
    } else if (record.type === 'Person') {
      entry.leads = [...(leads.get(record.id) ?? [])].sort();
    }
    return entry;
  });
}

/** Reads `seed/knowledge/` (or `dir`) and returns gazetteer entries. */
export async function loadGazetteerEntries(dir?: string): Promise<GazetteerEntry[]> {
  return gazetteerEntriesFromKnowledge(await loadKnowledge(dir));
}
