/**
 * A synthetic graph of realistic shape for the benchmarks, generated from a seeded PRNG (the same
 * seed gives the same graph) and loaded on top of the curated knowledge base:
 * - entities of the five types in news-like proportions (many companies and chips, fewer
 *   governments, policies and persons), names with accents, nicknames, French forms and typos;
 * - typed edges for every predicate of the vocabulary, each within its domain and range
 *   (`fitsPredicate`), with skewed degrees: endpoints are drawn by preferential attachment (a Zipf
 *   law over a ranking that puts the curated hubs such as NVIDIA, the US and China first);
 * - provenance: articles whose text is made of the sentences of the statements they state, with
 *   STATES links and MENTIONS {starts, ends, texts} at real offsets into that text.
 * Loaded with UNWIND batches, one transaction per batch; labels and types from schema/vocabulary.ts.
 */
import type { Driver } from 'neo4j-driver';
import { edgeId, orientEdge } from '../schema/edge-id.ts';
import {
  ENTITY_TYPES, fitsPredicate, GOVERNMENT_KINDS, MENTIONS, POLICY_KINDS, POLICY_STATUSES, PREDICATE_NAMES, PREDICATES,
  CHIP_STATUSES, type EntityType, type Predicate,
} from '../schema/vocabulary.ts';
import type { Knowledge } from '../seed/knowledge/load-knowledge.ts';
import { setEdgeRanks } from '../server/graph/cypher-fragments.ts';
import { prng } from './prng.ts';

export interface GraphShape {
  /** PRNG seed. */
  seed: number;
  /** Synthetic entities of each type (the curated ones come on top). */
  entities: Record<EntityType, number>;
  /** Synthetic typed edges of each predicate (before duplicates are dropped). */
  edges: Record<Predicate, number>;
  /** Share of endpoints drawn by preferential attachment (the rest uniformly), 0..1. */
  hubShare: number;
  /** Exponent of the Zipf law over each type's ranking (1 = classic power law). */
  zipfExponent: number;
  /** Share of edges that get an article statement, 0..1. */
  statementShare: number;
  /** Articles the statements are spread over. */
  articles: number;
}

/** The default shape: 102,000 entities and about 540,000 relationships. */
export const DEFAULT_SHAPE: GraphShape = {
  seed: 20_251_129,
  entities: { Company: 40_000, Chip: 45_000, Government: 3_000, Policy: 8_000, Person: 6_000 },
  edges: {
    MAKES: 45_000, DESIGNS: 30_000, FABRICATES: 40_000, SELLS_TO: 70_000, BUYS: 60_000, COMPETES_WITH: 50_000,
    ACQUIRES: 8_000, SUPPLIES: 60_000, HEADQUARTERED_IN: 35_000, ISSUES: 10_000, RESCINDS: 1_500, TARGETS: 40_000,
    RESTRICTS_EXPORT_OF: 20_000, ALLOWS_EXPORT_OF: 8_000, INVESTIGATES: 8_000, URGES_AVOIDANCE_OF: 3_000, PAYS: 4_000,
    LEADS: 8_000, BASED_ON: 15_000, SUCCESSOR_OF: 20_000, PART_OF: 2_800,
  },
  hubShare: 0.5,
  zipfExponent: 1.0,
  statementShare: 0.2,
  articles: 4_000,
};

/** Largest BENCH_SCALE: 5 is about a million nodes and four million relationships. */
export const MAX_SCALE = 5;

/**
 * The shape the benchmark uses: the default, or scaled by BENCH_SCALE (e.g. 0.05 for a quick trial
 * run, 0.1, 1 and 5 for the growth table; the report says which scale was measured).
 */
export function benchShape(scale = Number(process.env['BENCH_SCALE'] ?? '1')): GraphShape {
  if (!(scale > 0 && scale <= MAX_SCALE)) throw new Error(`BENCH_SCALE must be in (0, ${MAX_SCALE}]`);
  const times = <K extends string>(counts: Record<K, number>): Record<K, number> =>
    Object.fromEntries(Object.entries<number>(counts).map(([k, v]) => [k, Math.max(1, Math.round(v * scale))])) as Record<K, number>;
  return { ...DEFAULT_SHAPE, entities: times(DEFAULT_SHAPE.entities), edges: times(DEFAULT_SHAPE.edges), articles: Math.max(1, Math.round(DEFAULT_SHAPE.articles * scale)) };
}

/** Rows per UNWIND transaction. */
const BATCH_SIZE = 10_000;
/** Share of the synthetic governments that are states; the rest are agencies PART_OF a state. */
const STATE_SHARE = 0.08;
/** Curated entities ranked first (the hubs of the news), when the knowledge base has them. */
const PREFERRED_HUBS = ['nvidia', 'huawei', 'tsmc', 'amd', 'intel', 'smic', 'us-government', 'china-government', 'h20', 'h100', 'blackwell'];

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const pad = (n: number, width = 6): string => String(n).padStart(width, '0');

// Words to build names from: some accented, some French, some that look like real vendors.
const SYLLABLES = ['Shen', 'Hua', 'Zhong', 'Nova', 'Quant', 'Sili', 'Tera', 'Vex', 'Lumi', 'Kyo', 'Ares', 'Orion', 'Heli', 'Astra', 'Xin', 'Ming', 'Kai', 'Zen', 'Pho', 'Neuro', 'Gra', 'Hex', 'Vol', 'Cer', 'Bor', 'Mar', 'Rhé', 'Tai', 'Sam', 'Jin', 'Yun', 'Feng', 'Long', 'Tian', 'Bei', 'Mü', 'Zür', 'Göt', 'Sé', 'Élé', 'Ångs', 'Niç', 'Corv', 'Dra', 'Inno', 'Moor'];
const MIDDLES = ['tech', 'tron', 'lix', 'vara', 'nix', 'gen', 'core', 'sys', 'wave', 'chip', 'logic', 'semi', 'ion', 'ora', 'ex', 'dyne', 'scale', 'mind'];
const SUFFIXES = ['Semiconductor', 'Technologies', 'Microelectronics', 'AI', 'Systems', 'Electronics', 'Computing', 'Labs', 'Holdings', 'GmbH', 'SA', 'Co., Ltd.', 'Électronique', 'Halbleiter', 'Integrated Circuits', 'Cloud'];
const CITIES = ['Shenzhen', 'Hangzhou', 'Hsinchu', 'Austin', 'Santa Clara', 'Grenoble', 'Eindhoven', 'Dresden', 'Osaka', 'Seoul', 'Bengaluru', 'Penang', 'Montréal', 'Zürich', 'Wuxi', 'Hefei'];
const SECTORS = ['CHIP_DESIGNER', 'FOUNDRY', 'MEMORY', 'EQUIPMENT', 'HYPERSCALER', 'BUYER', 'OTHER'] as const;
const SERIES = ['X', 'MLU', 'Ascend ', 'Kun', 'H', 'B', 'MI', 'Gaudi ', 'TPU v', 'Tera', 'NPU-', 'Kirin ', 'Titan ', 'Orin ', 'Éclair ', 'Hélix '];
const VARIANTS = ['', 'A', 'C', 'X', ' Pro', ' Max', ' Lite', 'e', 'B', 'D'];
const FAMILIES = ['Hopper', 'Blackwell', 'Rubin', 'Ascend', 'Instinct', 'Gaudi', 'Kunlun', 'Siyuan', 'Lumière', 'Zéphyr', 'Tempête', 'Aurora'];
const COUNTRY_ROOTS = ['Xand', 'Belv', 'Cor', 'Dalm', 'Estr', 'Fel', 'Gal', 'Hern', 'Ist', 'Jov', 'Kal', 'Lor', 'Mor', 'Nar', 'Ost', 'Pal', 'Quel', 'Ruth', 'Sard', 'Tol', 'Urb', 'Vel', 'Wes', 'Yor', 'Zal', 'Ém', 'Çal', 'Øst'];
const COUNTRY_ENDS = ['ia', 'land', 'ova', 'istan', 'ay', 'ea', 'ora', 'ovia', 'ania', 'eria'];
const AGENCIES: Array<[string, string, (typeof GOVERNMENT_KINDS)[number]]> = [
  ['Ministry of Commerce', 'Ministère du Commerce', 'MINISTRY'],
  ['Bureau of Industry', 'Bureau de l’Industrie', 'AGENCY'],
  ['Customs Administration', 'Administration des douanes', 'AGENCY'],
  ['Cyberspace Administration', 'Administration du cyberespace', 'REGULATOR'],
  ['Ministry of Industry', 'Ministère de l’Industrie', 'MINISTRY'],
  ['Competition Authority', 'Autorité de la concurrence', 'REGULATOR'],
  ['Trade Commission', 'Commission du commerce', 'REGULATOR'],
  ['Export Control Agency', 'Agence de contrôle des exportations', 'AGENCY'],
  ['Parliament', 'Parlement', 'LEGISLATURE'],
  ['Office of the President', 'Présidence', 'EXECUTIVE'],
];
const POLICY_WORDS: Record<(typeof POLICY_KINDS)[number], [string, string]> = {
  EXPORT_CONTROL: ['export controls on advanced chips', 'contrôles à l’exportation des puces avancées'],
  LICENCE_REQUIREMENT: ['licence requirement for AI accelerators', 'obligation de licence pour les accélérateurs'],
  BAN: ['ban on foreign GPUs', 'interdiction des GPU étrangers'],
  INVESTIGATION: ['antitrust investigation', 'enquête antitrust'],
  REVENUE_SHARE: ['revenue-share arrangement', 'accord de partage des revenus'],
  TARIFF: ['semiconductor tariff', 'droit de douane sur les semi-conducteurs'],
  GUIDANCE: ['procurement guidance', 'consigne d’achat'],
  SUBSIDY: ['chip subsidy programme', 'programme de subventions'],
  LIST: ['entity list update', 'mise à jour de la liste noire'],
  LAW: ['chips act', 'loi sur les puces'],
};
const FIRST_NAMES = ['Jensen', 'Lisa', 'Wei', 'Mei', 'Hiroshi', 'Sébastien', 'Zoë', 'José', 'Ana', 'Björn', 'François', 'Hélène', 'Jürgen', 'Chloé', 'Raj', 'Priya', 'Li', 'Min-jun', 'Olga', 'Ingrid', 'Kenji', 'Yuki', 'Amélie', 'Gustavo', 'Noor', 'Sven', 'Inès', 'Łukasz', 'Ólafur', 'Thảo'];
const LAST_NAMES = ['Huang', 'Su', 'Zhang', 'Wang', 'Müller', 'Dubois', 'Lefèvre', 'García', 'Núñez', 'Tanaka', 'Sato', 'Kim', 'Park', 'Novák', 'Smith', 'Johnson', 'Okafor', 'Haddad', 'Ramírez', 'Østergaard', 'Nguyễn', 'Brontë', 'Çelik', 'Kowalski', 'Moreau', 'Lambert', 'Chen', 'Liu', 'Yamamoto', 'Singh'];

/** A plausible typo: two neighbouring letters swapped, or one dropped. */
function typo(rng: Rng, name: string): string {
  if (name.length < 5) return name;
  const i = 1 + Math.floor(rng() * (name.length - 3));
  if (rng() < 0.5) return name.slice(0, i) + (name[i + 1] ?? '') + (name[i] ?? '') + name.slice(i + 2);
  return name.slice(0, i) + name.slice(i + 1);
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

export interface EntityRow {
  id: string;
  type: EntityType;
  properties: Record<string, unknown>;
}

export interface EdgeRow {
  predicate: Predicate;
  subject: string;
  object: string;
  id: string;
  confidence: number;
  sources: number;
  firstSeen: string;
  date: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface StatementRow {
  id: string;
  articleId: string;
  properties: Record<string, unknown>;
}

export interface ArticleRow {
  id: string;
  properties: Record<string, unknown>;
  mentions: Array<{ entity: string; starts: number[]; ends: number[]; texts: string[] }>;
}

export interface GeneratedGraph {
  entities: EntityRow[];
  edges: EdgeRow[];
  statements: StatementRow[];
  articles: ArticleRow[];
  /** Ids ranked first in each type (the hubs), and names to search for. */
  hubs: Record<EntityType, string[]>;
  names: Array<{ id: string; name: string; aliases: string[] }>;
}

function isoDate(rng: Rng, fromYear = 2015, toYear = 2025): string {
  const year = fromYear + Math.floor(rng() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function names(all: string[]): { aliases: string[]; aliasesEn: string[]; aliasesFr: string[] } {
  return { aliases: [...new Set(all)], aliasesEn: [], aliasesFr: [] };
}

/** Builds the synthetic entities of one type; the curated ones of the type are not included. */
function syntheticEntities(rng: Rng, type: EntityType, count: number, states: string[], stateNames: string[]): EntityRow[] {
  const rows: EntityRow[] = [];
  for (let i = 0; i < count; i++) {
    const id = `g-${type.toLowerCase()}-${pad(i)}`;
    let name: string;
    let en: string[] = [];
    let fr: string[] = [];
    const extra: Record<string, unknown> = {};
    switch (type) {
      case 'Company': {
        const short = `${pick(rng, SYLLABLES)}${pick(rng, MIDDLES)}`;
        name = rng() < 0.25 ? `${pick(rng, CITIES)} ${short} ${pick(rng, SUFFIXES)}` : `${short} ${pick(rng, SUFFIXES)}`;
        en = [short, short.toUpperCase().slice(0, 4)];
        if (rng() < 0.3) en.push(typo(rng, short));
        if (rng() < 0.2) fr = [`la société ${short}`];
        if (stripAccents(short) !== short) en.push(stripAccents(short));
        extra['sector'] = pick(rng, SECTORS);
        break;
      }
      case 'Chip': {
        const series = pick(rng, SERIES);
        const model = `${series}${10 + Math.floor(rng() * 9980)}${pick(rng, VARIANTS)}`;
        name = rng() < 0.4 ? `${pick(rng, SYLLABLES)}${pick(rng, MIDDLES)} ${model}` : model;
        en = [model.replace(/\s+/g, '')];
        if (/0/.test(model) && rng() < 0.3) en.push(model.replace('0', 'O'));
        if (rng() < 0.2) en.push(typo(rng, model));
        extra['family'] = pick(rng, FAMILIES);
        extra['status'] = pick(rng, CHIP_STATUSES);
        extra['announced'] = isoDate(rng);
        extra['isFamily'] = rng() < 0.05;
        break;
      }
      case 'Government': {
        if (i < states.length) {
          name = stateNames[i] ?? `State ${i}`;
          en = [`Republic of ${name}`, `${name} government`];
          fr = [`gouvernement de ${name}`, `République de ${name}`];
          extra['kind'] = 'STATE';
          extra['country'] = name.slice(0, 2).toUpperCase();
        } else {
          const state = stateNames[i % stateNames.length] ?? 'Xandria';
          const [agencyEn, agencyFr, kind] = pick(rng, AGENCIES);
          name = `${state} ${agencyEn}`;
          en = [`${agencyEn} of ${state}`];
          fr = [`${agencyFr} de ${state}`];
          extra['kind'] = kind;
          extra['country'] = state.slice(0, 2).toUpperCase();
        }
        break;
      }
      case 'Policy': {
        const kind = pick(rng, POLICY_KINDS);
        const state = pick(rng, stateNames);
        const year = 2015 + Math.floor(rng() * 11);
        const [wordsEn, wordsFr] = POLICY_WORDS[kind];
        name = `${state} ${wordsEn} (${year})`;
        en = [`Rule ${year}-${1 + Math.floor(rng() * 99)}`];
        fr = [`${wordsFr} de ${state}`];
        extra['kind'] = kind;
        extra['status'] = pick(rng, POLICY_STATUSES);
        extra['announced'] = isoDate(rng, year, year);
        if (rng() < 0.6) extra['effective'] = isoDate(rng, year, Math.min(2025, year + 1));
        extra['summary'] = `${name}: a ${kind.toLowerCase().replace('_', ' ')} of ${state}.`;
        break;
      }
      case 'Person': {
        const first = pick(rng, FIRST_NAMES);
        const last = pick(rng, LAST_NAMES);
        name = `${first} ${last}`;
        en = [`${first[0]}. ${last}`];
        if (stripAccents(name) !== name) en.push(stripAccents(name));
        if (rng() < 0.2) en.push(typo(rng, name));
        extra['roles'] = [`executive ${i}`];
        break;
      }
    }
    const aliasNames = names([...en, ...fr]);
    rows.push({
      id,
      type,
      properties: {
        id,
        name,
        ...aliasNames,
        aliasesEn: en,
        aliasesFr: fr,
        description: `Synthetic ${type.toLowerCase()} ${i} for benchmarks.`,
        asOf: '2025-11-30',
        sources: [],
        ...extra,
      },
    });
  }
  return rows;
}

/** Draws indexes in [0, n): Zipf(exponent) with probability `hubShare`, else uniform. */
function endpointSampler(rng: Rng, n: number, hubShare: number, exponent: number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / Math.pow(r + 1, exponent);
    cumulative[r] = total;
  }
  return () => {
    if (rng() >= hubShare) return Math.floor(rng() * n);
    const u = rng() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function generateGraph(knowledge: Knowledge, shape: GraphShape = DEFAULT_SHAPE): GeneratedGraph {
  const rng = prng(shape.seed);
  const stateCount = Math.max(1, Math.round(shape.entities.Government * STATE_SHARE));
  const stateNames = Array.from({ length: stateCount }, (_, i) => `${COUNTRY_ROOTS[i % COUNTRY_ROOTS.length]}${COUNTRY_ENDS[Math.floor(i / COUNTRY_ROOTS.length) % COUNTRY_ENDS.length]}${i >= COUNTRY_ROOTS.length * COUNTRY_ENDS.length ? ` ${Math.floor(i / (COUNTRY_ROOTS.length * COUNTRY_ENDS.length)) + 1}` : ''}`);
  const stateIds = stateNames.map((_, i) => `g-government-${pad(i)}`);

  const entities: EntityRow[] = [];
  // Appended one by one: a spread of a type's rows overflows the stack beyond about 100,000.
  for (const type of ENTITY_TYPES) for (const row of syntheticEntities(rng, type, shape.entities[type], stateIds, stateNames)) entities.push(row);

  // Each type's ranking for preferential attachment: curated hubs first, then curated, then synthetic.
  const curatedByType = new Map<EntityType, string[]>(ENTITY_TYPES.map((t) => [t, []]));
  for (const record of knowledge.entities) curatedByType.get(record.type)?.push(record.id);
  const rank = (ids: string[]): string[] => [...PREFERRED_HUBS.filter((id) => ids.includes(id)), ...ids.filter((id) => !PREFERRED_HUBS.includes(id))];
  const pools = new Map<EntityType, string[]>();
  for (const type of ENTITY_TYPES) {
    pools.set(type, [...rank(curatedByType.get(type) ?? []), ...entities.filter((e) => e.type === type).map((e) => e.id)]);
  }
  // Governments that are states (curated kind STATE or BLOC, and the synthetic states).
  const curatedStates = knowledge.entities.filter((e) => e.type === 'Government' && (e.kind === 'STATE' || e.kind === 'BLOC')).map((e) => e.id);
  const statePool = [...rank(curatedStates), ...stateIds];
  const agencies = entities.filter((e) => e.type === 'Government' && e.properties['kind'] !== 'STATE');
  const samplers = new Map<string, () => number>();
  const sampler = (key: string, n: number): (() => number) => {
    let s = samplers.get(key);
    if (!s) {
      s = endpointSampler(rng, n, shape.hubShare, shape.zipfExponent);
      samplers.set(key, s);
    }
    return s;
  };
  const drawFrom = (type: EntityType | 'State'): string => {
    const pool = type === 'State' ? statePool : (pools.get(type) ?? []);
    return pool[sampler(type, pool.length)()] ?? '';
  };

  const seen = new Set<string>(knowledge.relations.map((r) => edgeId(r.subject, r.predicate, r.object)));
  const edges: EdgeRow[] = [];
  const addEdge = (predicate: Predicate, subjectType: EntityType, subject: string, objectType: EntityType, object: string): void => {
    if (subject === object || !fitsPredicate(predicate, subjectType, objectType)) return;
    const id = edgeId(subject, predicate, object);
    if (seen.has(id)) return;
    seen.add(id);
    const oriented = orientEdge(subject, predicate, object);
    const dated = rng() < 0.4;
    const period = rng() < 0.15;
    const from = period ? isoDate(rng) : null;
    edges.push({
      predicate,
      subject: oriented.subject,
      object: oriented.object,
      id,
      confidence: Math.round((0.5 + rng() * 0.5) * 100) / 100,
      sources: 1,
      firstSeen: `${isoDate(rng, 2024, 2025)}T12:00:00Z`,
      date: dated ? isoDate(rng) : null,
      validFrom: from,
      validTo: period && rng() < 0.5 && from ? `${Number(from.slice(0, 4)) + 1}${from.slice(4)}` : null,
    });
  };

  // PART_OF: every synthetic agency belongs to one state (the rest of the budget to curated states).
  for (const agency of agencies) addEdge('PART_OF', 'Government', agency.id, 'Government', drawFrom('State'));
  for (const predicate of PREDICATE_NAMES) {
    if (predicate === 'PART_OF') continue;
    const def = PREDICATES[predicate];
    const target = shape.edges[predicate];
    for (let k = 0; k < target; k++) {
      const subjectType = pick(rng, def.domain);
      const objectType = pick(rng, def.range);
      const stateObject = objectType === 'Government' && (predicate === 'HEADQUARTERED_IN' || predicate === 'SELLS_TO' || predicate === 'PAYS');
      addEdge(predicate, subjectType, drawFrom(subjectType), objectType, stateObject ? drawFrom('State') : drawFrom(objectType));
    }
  }

  // Provenance: a share of the edges is stated by articles whose text is those statements' sentences.
  const nameOf = new Map<string, string>();
  for (const e of entities) nameOf.set(e.id, String(e.properties['name']));
  for (const r of knowledge.entities) nameOf.set(r.id, r.name);
  const perArticle: EdgeRow[][] = Array.from({ length: shape.articles }, () => []);
  for (const edge of edges) {
    if (rng() < shape.statementShare) perArticle[Math.floor(rng() * shape.articles)]?.push(edge);
  }
  const statements: StatementRow[] = [];
  const articles: ArticleRow[] = [];
  const statementsPerEdge = new Map<string, number>();
  perArticle.forEach((stated, index) => {
    const id = `g-article-${pad(index)}`;
    const language = rng() < 0.6 ? 'en' : 'fr';
    const publishedAt = isoDate(rng, 2023, 2025);
    let text = `Synthetic dispatch ${index}.\n\n`;
    const mentions = new Map<string, { entity: string; starts: number[]; ends: number[]; texts: string[] }>();
    const mention = (entity: string): void => {
      const name = nameOf.get(entity) ?? entity;
      const start = text.length;
      text += name;
      const m = mentions.get(entity) ?? { entity, starts: [], ends: [], texts: [] };
      m.starts.push(start);
      m.ends.push(text.length);
      m.texts.push(name);
      mentions.set(entity, m);
    };
    for (const edge of stated) {
      const start = text.length;
      mention(edge.subject);
      text += ` ${language === 'en' ? PREDICATES[edge.predicate].en : PREDICATES[edge.predicate].fr} `;
      mention(edge.object);
      text += '.';
      const end = text.length;
      text += ' ';
      statements.push({
        id: `${id}:${edge.id}:${start}-${end}`,
        articleId: id,
        properties: {
          id: `${id}:${edge.id}:${start}-${end}`,
          edgeId: edge.id,
          predicate: edge.predicate,
          subjectId: edge.subject,
          objectId: edge.object,
          sentence: text.slice(start, end),
          start,
          end,
          confidence: edge.confidence,
          rule: 'synthetic',
          date: edge.date,
          validFrom: edge.validFrom,
          validTo: edge.validTo,
        },
      });
      statementsPerEdge.set(edge.id, (statementsPerEdge.get(edge.id) ?? 0) + 1);
    }
    articles.push({
      id,
      properties: {
        id,
        title: `Synthetic dispatch ${index}`,
        url: `https://example.org/dispatch/${index}`,
        language,
        publishedAt,
        source: 'benchmark',
        text,
        contentHash: `synthetic-${index}`,
      },
      mentions: [...mentions.values()],
    });
  });
  for (const edge of edges) edge.sources = Math.max(1, statementsPerEdge.get(edge.id) ?? 0);

  const hubs = Object.fromEntries(ENTITY_TYPES.map((type) => [type, (pools.get(type) ?? []).slice(0, 5)])) as Record<EntityType, string[]>;
  const nameList = entities.map((e) => ({ id: e.id, name: String(e.properties['name']), aliases: e.properties['aliases'] as string[] }));
  return { entities, edges, statements, articles, hubs, names: nameList };
}

async function inBatches<T>(driver: Driver, cypher: string, rows: readonly T[], toParam: (row: T) => unknown): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const batch = rows.slice(i, i + BATCH_SIZE).map(toParam);
    await driver.executeQuery(cypher, { rows: batch });
  }
}

export interface LoadReport {
  entities: number;
  relationships: number;
  statements: number;
  articles: number;
  mentions: number;
  seconds: number;
}

/** Writes the generated graph into an empty (or knowledge-base-only) database, batch by batch. */
export async function loadGeneratedGraph(driver: Driver, graph: GeneratedGraph): Promise<LoadReport> {
  const started = performance.now();
  for (const type of ENTITY_TYPES) {
    await inBatches(driver, `
UNWIND $rows AS row
CREATE (n:Entity:${type})
SET n = row
`, graph.entities.filter((e) => e.type === type), (e) => e.properties);
  }
  for (const predicate of PREDICATE_NAMES) {
    await inBatches(driver, `
UNWIND $rows AS row
MATCH (subject:Entity {id: row.subject})
MATCH (object:Entity {id: row.object})
CREATE (subject)-[r:${predicate}]->(object)
SET r.id = row.id, r.confidence = row.confidence, r.sources = toInteger(row.sources), r.firstSeen = datetime(row.firstSeen),
    r.date = row.date, r.validFrom = row.validFrom, r.validTo = row.validTo
// The rank keys read the sources and confidence just set: in a SET clause of their own (the items
// of one SET all read the values from before it, which ranked every edge as unsupported).
WITH r
SET ${setEdgeRanks('r')}
`, graph.edges.filter((e) => e.predicate === predicate), (e) => e);
  }
  await inBatches(driver, `
UNWIND $rows AS row
CREATE (a:Article)
SET a = row, a.ingestedAt = datetime()
`, graph.articles, (a) => a.properties);
  await inBatches(driver, `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (a)-[:STATES]->(s:Statement)
SET s = row.properties, s.start = toInteger(row.properties.start), s.end = toInteger(row.properties.end), s.firstSeen = datetime()
`, graph.statements, (s) => s);
  const mentions = graph.articles.flatMap((a) => a.mentions.map((m) => ({ article: a.id, ...m })));
  await inBatches(driver, `
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
CREATE (a)-[:${MENTIONS} {starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], texts: row.texts}]->(e)
`, mentions, (m) => m);
  await driver.executeQuery('CALL db.awaitIndexes(600)');
  return {
    entities: graph.entities.length,
    relationships: graph.edges.length,
    statements: graph.statements.length,
    articles: graph.articles.length,
    mentions: mentions.length,
    seconds: (performance.now() - started) / 1000,
  };
}
