/**
 * An entity's stored properties as the details panel lists them: in a reading order, named in the
 * interface's language, coded values in words ("EXPORT_CONTROL": "export control", "contrôle des
 * exportations"), days as the language writes them, yes/no, lists joined. Pure.
 */
import type { EntityDetail } from '../api/explorer-api.ts';
import { formatDay, type Language } from '../i18n/language.ts';
import { hasMessage, message, type MessageKey } from '../i18n/messages.ts';

type Properties = EntityDetail['properties'];
type PropertyName = Exclude<keyof Properties, '__typename'>;

/**
 * Each property, in the order the panel shows them, with its name's key and how to write it. A
 * Record: a property the API gains is a type error here until it has words.
 */
const PROPERTIES: Record<PropertyName, readonly [MessageKey, 'text' | 'day' | 'coded' | 'alias']> = {
  kind: ['propertyKind', 'coded'],
  sector: ['propertySector', 'coded'],
  status: ['propertyStatus', 'coded'],
  summary: ['propertySummary', 'text'],
  country: ['propertyCountry', 'text'],
  ticker: ['propertyTicker', 'text'],
  vendor: ['propertyVendor', 'text'],
  family: ['propertyFamily', 'text'],
  isFamily: ['propertyIsFamily', 'text'],
  architecture: ['propertyArchitecture', 'text'],
  processNode: ['propertyProcessNode', 'text'],
  memory: ['propertyMemory', 'text'],
  performance: ['propertyPerformance', 'text'],
  announced: ['propertyAnnounced', 'day'],
  effective: ['propertyEffective', 'day'],
  ended: ['propertyEnded', 'day'],
  roles: ['propertyRoles', 'text'],
  learnedAliases: ['propertyLearnedAliases', 'alias'],
  createdBy: ['propertyCreatedBy', 'text'],
  createdAt: ['propertyCreatedAt', 'day'],
  asOf: ['propertyAsOf', 'day'],
};

/** The catalogue's key for a coded value: EXPORT_CONTROL → valueExportControl. */
function valueKey(code: string): string {
  return `value${code
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}`;
}

/** A coded value in words, or as stored when the catalogue has no words for it. */
export function codedValue(code: string, language: Language): string {
  const key = valueKey(code);
  return /^[A-Z][A-Z_]*$/.test(code) && hasMessage(key) ? message(language, key) : code;
}

/** The properties that have a value, as [name, text] in the language. */
export function propertyRows(properties: Properties, language: Language): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const [name, [label, kind]] of Object.entries(PROPERTIES) as Array<[PropertyName, (typeof PROPERTIES)[PropertyName]]>) {
    const value = properties[name];
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    const write = (item: string): string => (kind === 'day' ? formatDay(item, language) : kind === 'coded' ? codedValue(item, language) : item);
    let text: string;
    if (typeof value === 'boolean') text = message(language, value ? 'propertyYes' : 'propertyNo');
    // A learned alias is stored with the article it came from (alias|articleId): the names only, once each.
    else if (Array.isArray(value)) text = [...new Set(value.map((item) => (kind === 'alias' ? (item.split('|')[0] ?? item) : write(item))))].join(', ');
    else text = write(String(value));
    rows.push([message(language, label), text]);
  }
  return rows;
}
