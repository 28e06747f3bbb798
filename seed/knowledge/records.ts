/**
 * The shape of the curated knowledge base in `seed/knowledge/*.json`, as zod schemas; the record
 * types are inferred from them, so what is checked at load time and what the code reads are one
 * definition. One JSON file per record kind, pretty-printed with one record per block so that a
 * change reads well in a diff. Every record cites a source (`sources.json`) and says when it was
 * true ("asOf"). Objects are strict: a misspelt field name is an error, not a silent omission.
 */
import { z } from 'zod';
import {
  CHIP_STATUSES, GOVERNMENT_KINDS, LANGUAGES, POLICY_KINDS, POLICY_STATUSES, PREDICATE_NAMES,
  type EntityType,
} from '../../schema/vocabulary.ts';

/** The message of a field that is missing or of the wrong kind. */
function expected(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : what);
}

/** A string with at least one non-space character. */
const text = z.string({ error: expected('must be a string') }).regex(/\S/, 'must not be empty');

/** ISO date, `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when only that much is known). */
const isoDate = z.string({ error: expected('must be a string') })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
export type IsoDate = z.infer<typeof isoDate>;

/** One of a fixed list; the message lists the allowed values. */
function oneOf<const T extends readonly string[]>(values: T) {
  return z.enum(values, { error: expected(`must be one of ${values.join(', ')}`) });
}

/** A publication or document that supports curated facts. */
export const sourceRecord = z.strictObject({
  id: text,                        // slug, e.g. "bis-2022-10-07-rule"
  publisher: text,                 // e.g. "US Bureau of Industry and Security", "Reuters"
  title: text,
  url: text.optional(),            // public URL, when there is one
  documentId: text.optional(),     // e.g. a Federal Register number
  date: isoDate.optional(),        // publication date
});
export type SourceRecord = z.infer<typeof sourceRecord>;

/** Names in each language: nicknames, abbreviations and common misspellings included. */
const aliases = z.partialRecord(oneOf(LANGUAGES), z.array(text, { error: expected('must be an array of names') }), {
  error: expected('must be an object of language -> names'),
});
export type Aliases = z.infer<typeof aliases>;

const entityBase = {
  id: text,                        // stable slug, lower-case with dashes: "nvidia", "us-commerce-department"
  name: text,                      // the display name
  aliases,
  description: text,               // one or two sentences written here
  sources: z.array(text, { error: expected('must be an array of source ids') }).min(1, 'must cite at least one source'),
  asOf: isoDate,
};

/** The `type` field: a file holds records of one type only. */
function typeField<const T extends EntityType>(type: T) {
  return z.literal(type, { error: expected(`must be "${type}" in this file`) });
}

export const companyRecord = z.strictObject({
  ...entityBase,
  type: typeField('Company'),
  /** What the company is in the chip world. */
  sector: oneOf(['CHIP_DESIGNER', 'FOUNDRY', 'MEMORY', 'EQUIPMENT', 'HYPERSCALER', 'BUYER', 'OTHER']),
  ticker: text.optional(),
});

export const governmentRecord = z.strictObject({
  ...entityBase,
  type: typeField('Government'),
  kind: oneOf(GOVERNMENT_KINDS),
  /** ISO 3166 alpha-2 of the state it belongs to ("US", "CN"); "EU" for the Union. */
  country: z.string({ error: expected('must be a string') }).regex(/^[A-Z]{2}$/, 'must be a two-letter country code'),
});

export const chipRecord = z.strictObject({
  ...entityBase,
  type: typeField('Chip'),
  vendor: text,                    // company id
  family: text.optional(),         // "Hopper", "Blackwell", "Ascend"
  architecture: text.optional(),
  processNode: text.optional(),    // "TSMC 4N", "SMIC N+2 (7 nm class)"
  memory: text.optional(),         // "96 GB HBM3"
  performance: text.optional(),    // free text: "296 TFLOPS FP8"
  announced: isoDate.optional(),
  status: oneOf(CHIP_STATUSES).optional(),
  /** True for a family or architecture rather than a single product. */
  isFamily: z.boolean({ error: expected('must be true or false') }).optional(),
});

export const policyRecord = z.strictObject({
  ...entityBase,
  type: typeField('Policy'),
  kind: oneOf(POLICY_KINDS),
  status: oneOf(POLICY_STATUSES),
  announced: isoDate.optional(),
  effective: isoDate.optional(),
  ended: isoDate.optional(),
  summary: text,
});

export const personRecord = z.strictObject({
  ...entityBase,
  type: typeField('Person'),
  roles: z.array(text, { error: expected('must be an array of roles') }),  // "CEO of NVIDIA", "US Secretary of Commerce"
});

export type CompanyRecord = z.infer<typeof companyRecord>;
export type GovernmentRecord = z.infer<typeof governmentRecord>;
export type ChipRecord = z.infer<typeof chipRecord>;
export type PolicyRecord = z.infer<typeof policyRecord>;
export type PersonRecord = z.infer<typeof personRecord>;
export type EntityRecord = CompanyRecord | GovernmentRecord | ChipRecord | PolicyRecord | PersonRecord;
export type RecordOfType<T extends EntityType> = Extract<EntityRecord, { type: T }>;

/** The schema of each entity type's records. */
export const ENTITY_RECORDS = {
  Company: companyRecord,
  Government: governmentRecord,
  Chip: chipRecord,
  Policy: policyRecord,
  Person: personRecord,
} as const satisfies { [T in EntityType]: z.ZodType<RecordOfType<T>> };

/** A curated relationship: subject -predicate-> object, with its source. */
export const relationRecord = z.strictObject({
  subject: text,                   // entity id
  predicate: oneOf(PREDICATE_NAMES),
  object: text,                    // entity id
  source: text,                    // id from sources.json
  asOf: isoDate,
  /** When the relationship happened, or the period it held. */
  date: isoDate.optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  /** Money tied to the fact, e.g. "15% of China H20 revenue". */
  amount: text.optional(),
  note: text.optional(),
});
export type RelationRecord = z.infer<typeof relationRecord>;
