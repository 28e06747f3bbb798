/**
 * Choosing an entity for one end of a relationship: a list of the article's entities (only those
 * that fit, when a predicate is known) and, for any other entity of the graph, the search box.
 */
import { useId, useState } from 'react';
import { SearchBox } from '../explore/search-box.tsx';
import { typeLabel, useMessages } from '../i18n/messages.ts';
import type { EntityRef } from './review-state.ts';

interface EntityChoiceProps {
  /** Visible label ("Subject", "Object"). */
  label: string;
  value: EntityRef | null;
  /** The article's entities. */
  options: readonly EntityRef[];
  /** Why an entity cannot stand here, or null when it can. */
  refusal(entity: EntityRef): string | null;
  onChange(entity: EntityRef): void;
  disabled?: boolean;
}

export function EntityChoice({ label, value, options, refusal, onChange, disabled = false }: EntityChoiceProps) {
  const id = useId();
  const t = useMessages();
  const [problem, setProblem] = useState<string | null>(null);
  const fitting = options.filter((entity) => refusal(entity) === null || entity.id === value?.id);
  const shown = value && !fitting.some((entity) => entity.id === value.id) ? [...fitting, value] : fitting;

  function choose(entity: EntityRef): void {
    const why = refusal(entity);
    setProblem(why);
    if (why === null) onChange(entity);
  }

  return (
    <div className="entity-choice">
      <label className="choice-label" htmlFor={`${id}-select`}>
        {label}
      </label>
      <select
        id={`${id}-select`}
        className="entity-select"
        value={value?.id ?? ''}
        disabled={disabled}
        onChange={(event) => {
          const entity = shown.find((e) => e.id === event.target.value);
          if (entity) choose(entity);
        }}
      >
        <option value="" disabled>
          {t('choose')}
        </option>
        {shown.map((entity) => (
          <option key={entity.id} value={entity.id}>
            {entity.name} · {typeLabel(t, entity.type)}
          </option>
        ))}
      </select>
      {!disabled && (
        <SearchBox
          label={t('chooseSearch', { label })}
          placeholder={t('chooseSearchPlaceholder')}
          className="end-search"
          onPick={(hit) => choose({ id: hit.id, name: hit.name, type: hit.type })}
        />
      )}
      {problem && (
        <p className="field-problem small" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
