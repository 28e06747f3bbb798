/**
 * The shape of the curated knowledge base in `seed/knowledge/*.json`.
 * One JSON file per record kind, pretty-printed with one record per block so that a change reads
 * well in a diff. Every record cites a source (`sources.json`) and says when it was true ("asOf").
 */
import type {
  ChipStatus, EntityType, GovernmentKind, Language, PolicyKind, PolicyStatus, Predicate,
} from '../../schema/vocabulary.ts';

/** ISO date, `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when only that much is known). */
export type IsoDate = string;

/** A publication or document that supports curated facts. */
export interface SourceRecord {
  id: string;             // slug, e.g. "bis-2022-10-07-rule"
  publisher: string;      // e.g. "US Bureau of Industry and Security", "Reuters"
  title: string;
  url?: string;           // public URL, when there is one
  documentId?: string;    // e.g. a Federal Register number
  date?: IsoDate;         // publication date
}

/** Names in each language: nicknames, abbreviations and common misspellings included. */
export type Aliases = Partial<Record<Language, string[]>>;

interface EntityRecordBase {
  id: string;             // stable slug, lower-case with dashes: "nvidia", "us-commerce-department"
  name: string;           // the display name
  aliases: Aliases;
  description: string;    // one or two sentences written here
  sources: string[];      // ids from sources.json
  asOf: IsoDate;
}

export interface CompanyRecord extends EntityRecordBase {
  type: 'Company';
  /** What the company is in the chip world. */
  sector: 'CHIP_DESIGNER' | 'FOUNDRY' | 'MEMORY' | 'EQUIPMENT' | 'HYPERSCALER' | 'BUYER' | 'OTHER';
  ticker?: string;
}

export interface GovernmentRecord extends EntityRecordBase {
  type: 'Government';
  kind: GovernmentKind;
  /** ISO 3166 alpha-2 of the state it belongs to ("US", "CN"); "EU" for the Union. */
  country: string;
}

export interface ChipRecord extends EntityRecordBase {
  type: 'Chip';
  vendor: string;         // company id
  family?: string;        // "Hopper", "Blackwell", "Ascend"
  architecture?: string;
  processNode?: string;   // "TSMC 4N", "SMIC N+2 (7 nm class)"
  memory?: string;        // "96 GB HBM3"
  performance?: string;   // free text: "296 TFLOPS FP8"
  announced?: IsoDate;
  status?: ChipStatus;
  /** True for a family or architecture rather than a single product. */
  isFamily?: boolean;
}

export interface PolicyRecord extends EntityRecordBase {
  type: 'Policy';
  kind: PolicyKind;
  status: PolicyStatus;
  announced?: IsoDate;
  effective?: IsoDate;
  ended?: IsoDate;
  summary: string;
}

export interface PersonRecord extends EntityRecordBase {
  type: 'Person';
  roles: string[];        // "CEO of NVIDIA", "US Secretary of Commerce"
}

export type EntityRecord = CompanyRecord | GovernmentRecord | ChipRecord | PolicyRecord | PersonRecord;

/** A curated relationship: subject -predicate-> object, with its source. */
export interface RelationRecord {
  subject: string;        // entity id
  predicate: Predicate;
  object: string;         // entity id
  source: string;         // id from sources.json
  asOf: IsoDate;
  /** When the relationship happened, or the period it held. */
  date?: IsoDate;
  validFrom?: IsoDate;
  validTo?: IsoDate;
  /** Money tied to the fact, e.g. "15% of China H20 revenue". */
  amount?: string;
  note?: string;
}

export type RecordOfType<T extends EntityType> = Extract<EntityRecord, { type: T }>;
