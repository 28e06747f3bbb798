/** The "Type" choice of an entity the reviewer creates or retypes: one of the vocabulary's entity types. */
import { ENTITY_TYPES, type EntityType } from '../../../schema/vocabulary.ts';

export function EntityTypeSelect({ value, onChange, className = 'select-label' }: { value: string; onChange: (type: EntityType) => void; className?: string }) {
  return (
    <label className={className}>
      Type
      <select value={value} onChange={(event) => onChange(event.target.value as EntityType)}>
        {ENTITY_TYPES.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
    </label>
  );
}
