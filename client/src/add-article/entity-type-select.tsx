/** The "Type" choice of an entity the reviewer creates or retypes: one of the vocabulary's entity types. */
import { ENTITY_TYPES, type EntityType } from '../../../schema/vocabulary.ts';
import { typeLabel, useMessages } from '../i18n/messages.ts';

export function EntityTypeSelect({ value, onChange, className = 'select-label' }: { value: string; onChange: (type: EntityType) => void; className?: string }) {
  const t = useMessages();
  return (
    <label className={className}>
      {t('entityType')}
      <select value={value} onChange={(event) => onChange(event.target.value as EntityType)}>
        {ENTITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {typeLabel(t, type)}
          </option>
        ))}
      </select>
    </label>
  );
}
