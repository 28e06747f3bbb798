import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, writeFile, cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fitsPredicate, isPredicate, GOVERNMENT_KINDS, POLICY_KINDS, POLICY_STATUSES, CHIP_STATUSES,
} from '../../schema/vocabulary.ts';
import { loadKnowledge } from './load-knowledge.ts';
import type { EntityRecord } from './records.ts';

const knowledge = await loadKnowledge();
const byId = new Map<string, EntityRecord>(knowledge.entities.map((e) => [e.id, e]));
const sourceIds = new Set(knowledge.sources.map((s) => s.id));

/** Case-, accent-free and apostrophe-insensitive form used to compare names. */
function norm(s: string): string {
  return s.normalize('NFKC').replace(/[’‘`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}
function namesOf(e: EntityRecord): string[] {
  return [e.name, ...(e.aliases.en ?? []), ...(e.aliases.fr ?? [])];
}

/**
 * Aliases that two entities may share on purpose: a name that belongs to both (a city that stands
 * for a government and its agency would go here). Each entry lists the alias and the entities.
 */
const SHARED_ALIAS_ALLOW_LIST: ReadonlyArray<{ alias: string; ids: readonly string[] }> = [];

const MANDATORY_IDS = [
  'nvidia', 'h20', 'china-government', 'us-government', 'cambricon', 'huawei', 'jensen-huang', 'blackwell',
  'us-h20-export-license-requirement-2025', 'china-cac-h20-security-inquiry-2025',
];

test('every entity id is unique across all entity files and slug-shaped', () => {
  const seen = new Set<string>();
  for (const e of knowledge.entities) {
    assert.match(e.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `id "${e.id}" is not a lower-case slug`);
    assert.ok(!seen.has(e.id), `id "${e.id}" appears twice`);
    seen.add(e.id);
  }
});

test('every source id is unique and slug-shaped, and no source names a local path', () => {
  const seen = new Set<string>();
  for (const s of knowledge.sources) {
    assert.match(s.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `source id "${s.id}" is not a slug`);
    assert.ok(!seen.has(s.id), `source id "${s.id}" appears twice`);
    seen.add(s.id);
    if (s.url !== undefined) assert.match(s.url, /^https?:\/\//, `source "${s.id}" has a non-web url`);
  }
});

test('every relation links existing entities and respects the predicate domain and range', () => {
  for (const r of knowledge.relations) {
    assert.ok(isPredicate(r.predicate), `unknown predicate ${r.predicate}`);
    const s = byId.get(r.subject);
    const o = byId.get(r.object);
    assert.ok(s, `relation subject "${r.subject}" does not exist`);
    assert.ok(o, `relation object "${r.object}" does not exist`);
    assert.ok(fitsPredicate(r.predicate, s.type, o.type),
      `${r.subject} (${s.type}) -${r.predicate}-> ${r.object} (${o.type}) breaks the domain/range`);
    assert.notEqual(r.subject, r.object, `relation ${r.subject} -${r.predicate}-> itself`);
  }
});

test('no relation is listed twice', () => {
  const seen = new Set<string>();
  for (const r of knowledge.relations) {
    const key = `${r.subject}|${r.predicate}|${r.object}|${r.validFrom ?? ''}|${r.validTo ?? ''}`;
    assert.ok(!seen.has(key), `duplicate relation ${key}`);
    seen.add(key);
  }
});

test('every source reference of entities and relations exists in sources.json', () => {
  for (const e of knowledge.entities) {
    for (const s of e.sources) assert.ok(sourceIds.has(s), `entity "${e.id}" cites unknown source "${s}"`);
  }
  for (const r of knowledge.relations) {
    assert.ok(sourceIds.has(r.source), `relation ${r.subject} -${r.predicate}-> ${r.object} cites unknown source "${r.source}"`);
  }
});

test('dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD)', () => {
  const iso = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  const check = (where: string, value: string | undefined) => {
    if (value !== undefined) assert.match(value, iso, `${where}: "${value}" is not an ISO date`);
  };
  for (const s of knowledge.sources) check(`source ${s.id}`, s.date);
  for (const e of knowledge.entities) {
    check(`${e.id}.asOf`, e.asOf);
    if (e.type === 'Chip') check(`${e.id}.announced`, e.announced);
    if (e.type === 'Policy') { check(`${e.id}.announced`, e.announced); check(`${e.id}.effective`, e.effective); check(`${e.id}.ended`, e.ended); }
  }
  for (const r of knowledge.relations) {
    for (const k of ['asOf', 'date', 'validFrom', 'validTo'] as const) check(`${r.subject} -${r.predicate}-> ${r.object}.${k}`, r[k]);
  }
});

test('the knowledge base reaches the minimum count of each entity type and of relations', () => {
  const count = (t: EntityRecord['type']) => knowledge.entities.filter((e) => e.type === t).length;
  assert.ok(count('Company') >= 45, `only ${count('Company')} companies`);
  assert.ok(count('Government') >= 17, `only ${count('Government')} governments`);
  assert.ok(count('Chip') >= 55, `only ${count('Chip')} chips`);
  assert.ok(count('Policy') >= 28, `only ${count('Policy')} policies`);
  assert.ok(count('Person') >= 12, `only ${count('Person')} persons`);
  assert.ok(knowledge.relations.length >= 200, `only ${knowledge.relations.length} relations`);
});

test('no alias or name is shared by two entities unless the allow-list says so', () => {
  const owners = new Map<string, Set<string>>();
  for (const e of knowledge.entities) {
    for (const n of namesOf(e)) {
      const k = norm(n);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(e.id);
    }
  }
  for (const [alias, ids] of owners) {
    if (ids.size < 2) continue;
    const allowed = SHARED_ALIAS_ALLOW_LIST.find((a) => norm(a.alias) === alias);
    assert.ok(allowed && [...ids].every((id) => allowed.ids.includes(id)),
      `alias "${alias}" is shared by ${[...ids].join(', ')}`);
  }
});

test('no entity lists "H2O" as an alias of the H20 (the linker handles O/0 confusion)', () => {
  for (const e of knowledge.entities) {
    assert.ok(!namesOf(e).some((n) => norm(n) === 'h2o'), `${e.id} has the alias "H2O"`);
  }
});

test('the mandatory ids of the gold file are present', () => {
  for (const id of MANDATORY_IDS) assert.ok(byId.has(id), `missing mandatory entity "${id}"`);
});

test('the ten gold entities can be found by every gold mention string, as name or alias', () => {
  for (const g of GOLD_MENTIONS) {
    const e = byId.get(g.id);
    assert.ok(e, `gold entity "${g.id}" is missing`);
    assert.equal(e.type, g.type, `gold entity "${g.id}" has type ${e.type}, gold says ${g.type}`);
    const names = new Set(namesOf(e).map(norm));
    for (const m of g.mentions) {
      if (norm(m) === 'h2o') continue;
      assert.ok(names.has(norm(m)), `gold mention "${m}" does not reach "${g.id}"`);
    }
  }
});

/** The entities and mention strings of the seed article's gold reading (seed-h20-china-fr.gold.json). */
const GOLD_MENTIONS = [
  { id: 'nvidia', type: 'Company', mentions: ['NVIDIA', 'Team Green'] },
  { id: 'h20', type: 'Chip', mentions: ['H2O', 'H20'] },
  { id: 'china-government', type: 'Government', mentions: ['Chine', 'gouvernement chinois', 'autorités chinoises'] },
  { id: 'us-government', type: 'Government', mentions: ['administration Trump', 'gouvernement américain'] },
  { id: 'cambricon', type: 'Company', mentions: ['Cambricon'] },
  { id: 'huawei', type: 'Company', mentions: ['Huawei'] },
  { id: 'jensen-huang', type: 'Person', mentions: ['Jensen Huang'] },
  { id: 'blackwell', type: 'Chip', mentions: ['Blackwell'] },
  // The article names both measures in everyday words ("contrôles à l’exportation", "enquête"),
  // which the policy finder links by kind, actors and date: they are no one's alias (tested below).
  { id: 'us-h20-export-license-requirement-2025', type: 'Policy', mentions: [] },
  { id: 'china-cac-h20-security-inquiry-2025', type: 'Policy', mentions: [] },
];

test('no policy takes an everyday phrase as its alias (any export control, any inquiry would link to it)', () => {
  const everyday = ['contrôles à l’exportation', "contrôles à l'exportation", 'export controls', 'enquête', 'investigation', 'la liste noire', 'restrictions'].map(norm);
  for (const e of knowledge.entities) {
    if (e.type !== 'Policy') continue;
    const generic = namesOf(e).filter((n) => everyday.includes(norm(n)));
    assert.deepEqual(generic, [], `${e.id} has everyday aliases`);
  }
});

test('the relations of the gold file are all in the knowledge base', () => {
  const have = new Set(knowledge.relations.map((r) => `${r.subject}|${r.predicate}|${r.object}`));
  const gold = [
    'nvidia|MAKES|h20', 'us-government|ALLOWS_EXPORT_OF|h20', 'china-government|ISSUES|china-cac-h20-security-inquiry-2025',
    'china-cac-h20-security-inquiry-2025|TARGETS|h20', 'china-government|INVESTIGATES|h20', 'cambricon|COMPETES_WITH|nvidia',
    'huawei|COMPETES_WITH|nvidia', 'jensen-huang|LEADS|nvidia',
  ];
  for (const g of gold) assert.ok(have.has(g), `gold relation ${g} is missing`);
});

test('policy kinds and statuses, government kinds and chip statuses come from the vocabulary', () => {
  for (const e of knowledge.entities) {
    if (e.type === 'Policy') {
      assert.ok((POLICY_KINDS as readonly string[]).includes(e.kind), `${e.id}: kind ${e.kind}`);
      assert.ok((POLICY_STATUSES as readonly string[]).includes(e.status), `${e.id}: status ${e.status}`);
      assert.ok(e.summary.trim().length > 0, `${e.id}: empty summary`);
    }
    if (e.type === 'Government') {
      assert.ok((GOVERNMENT_KINDS as readonly string[]).includes(e.kind), `${e.id}: kind ${e.kind}`);
      assert.match(e.country, /^[A-Z]{2}$/, `${e.id}: country ${e.country}`);
    }
    if (e.type === 'Chip') {
      if (e.status !== undefined) assert.ok((CHIP_STATUSES as readonly string[]).includes(e.status), `${e.id}: status ${e.status}`);
      const vendor = byId.get(e.vendor);
      assert.ok(vendor && vendor.type === 'Company', `${e.id}: vendor "${e.vendor}" is not a company`);
    }
  }
});

test('every agency, ministry, regulator, legislature and executive is part of a state or bloc', () => {
  const partOf = new Set(knowledge.relations.filter((r) => r.predicate === 'PART_OF').map((r) => r.subject));
  for (const e of knowledge.entities) {
    if (e.type === 'Government' && e.kind !== 'STATE' && e.kind !== 'BLOC') {
      assert.ok(partOf.has(e.id), `${e.id} (${e.kind}) has no PART_OF relation`);
    }
  }
});

const KNOWLEDGE_DIR = fileURLToPath(new URL('.', import.meta.url));

type JsonRecord = Record<string, unknown>;

/**
 * Loads a copy of the knowledge base in which `file` was rewritten by `change` (given the parsed
 * records, it returns the new file text) and expects the load to fail with `message`.
 */
async function rejectsWith(file: string, change: (records: JsonRecord[]) => string, message: RegExp): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'knowledge-'));
  try {
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    const records = JSON.parse(await readFile(join(dir, file), 'utf8')) as JsonRecord[];
    await writeFile(join(dir, file), change(records));
    await assert.rejects(loadKnowledge(dir), (error: Error) => {
      assert.match(error.message, message);
      return true;
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Applies `edit` to record `index` and writes the records back as JSON. */
function editRecord(index: number, edit: (record: JsonRecord) => void): (records: JsonRecord[]) => string {
  return (records) => {
    edit(records[index]!);
    return JSON.stringify(records);
  };
}

test('the loader names the file, the record and the field of a missing field', async () => {
  const id = (JSON.parse(await readFile(join(KNOWLEDGE_DIR, 'chips.json'), 'utf8')) as JsonRecord[])[1]!.id as string;
  await rejectsWith('chips.json', editRecord(1, (r) => { delete r.name; }),
    new RegExp(`^chips\\.json: record #1 \\(id "${id}"\\): "name" is required$`));
});

test('the loader names a field of the wrong kind', async () => {
  await rejectsWith('companies.json', editRecord(0, (r) => { r.ticker = 42; }),
    /^companies\.json: record #0 \(id "[a-z0-9-]+"\): "ticker" must be a string$/);
});

test('the loader rejects a blank string', async () => {
  await rejectsWith('sources.json', editRecord(3, (r) => { r.title = '  '; }),
    /^sources\.json: record #3 \(id "[a-z0-9-]+"\): "title" must not be empty$/);
});

test('the loader rejects a value outside the vocabulary and lists the allowed ones', async () => {
  await rejectsWith('relations.json', editRecord(2, (r) => { r.predicate = 'OWNS'; }),
    /^relations\.json: record #2: "predicate" must be one of MAKES, .*PART_OF$/);
  await rejectsWith('policies.json', editRecord(0, (r) => { r.status = 'ACTIVE'; }),
    /^policies\.json: record #0 \(id "[a-z0-9-]+"\): "status" must be one of PROPOSED, ANNOUNCED, IN_FORCE/);
});

test('the loader rejects a record of another type than its file holds', async () => {
  await rejectsWith('persons.json', editRecord(4, (r) => { r.type = 'Company'; }),
    /^persons\.json: record #4 \(id "[a-z0-9-]+"\): "type" must be "Person" in this file/);
});

test('the loader rejects a misspelt field name instead of ignoring it', async () => {
  await rejectsWith('chips.json', editRecord(0, (r) => { r.annouced = r.announced ?? '2024'; }),
    /^chips\.json: record #0 \(id "[a-z0-9-]+"\): unknown field "annouced"$/);
});

test('the loader rejects a date that is not ISO', async () => {
  await rejectsWith('relations.json', editRecord(5, (r) => { r.validFrom = '01/04/2025'; }),
    /^relations\.json: record #5: "validFrom" must be an ISO date/);
});

test('the loader names the path of a bad nested value', async () => {
  await rejectsWith('companies.json', editRecord(2, (r) => { r.aliases = { en: ['Team Green', 7] }; }),
    /^companies\.json: record #2 \(id "[a-z0-9-]+"\): "aliases\.en\[1\]" must be a string$/);
  await rejectsWith('companies.json', editRecord(2, (r) => { r.aliases = { de: ['Grün'] }; }),
    /^companies\.json: record #2 \(id "[a-z0-9-]+"\): "aliases" has an unknown key "de"$/);
  await rejectsWith('governments.json', editRecord(0, (r) => { r.sources = []; }),
    /^governments\.json: record #0 \(id "[a-z0-9-]+"\): "sources" must cite at least one source$/);
});

test('the loader lists every problem of a record, not only the first', async () => {
  await rejectsWith('chips.json', editRecord(0, (r) => { delete r.vendor; r.isFamily = 'yes'; }),
    /"vendor" is required; "isFamily" must be true or false$/);
});

test('the loader rejects a record that is not an object', async () => {
  await rejectsWith('sources.json', (records) => JSON.stringify([records[0], 'bis-rule']),
    /^sources\.json: record #1: is not an object$/);
});

test('the loader rejects a file that is not JSON, not an array, or missing', async () => {
  await rejectsWith('relations.json', () => '[{"subject":"a"', /^relations\.json: invalid JSON/);
  await rejectsWith('persons.json', () => '{"records": []}', /^persons\.json: expected a JSON array of records$/);
  const dir = await mkdtemp(join(tmpdir(), 'knowledge-'));
  try {
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    await rm(join(dir, 'policies.json'));
    await assert.rejects(loadKnowledge(dir), /^Error: policies\.json: cannot read the file/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
