/**
 * The filters: node types, predicates and minimum confidence (the time window is the time bar
 * under the canvas). They hide elements on the canvas and narrow later expansions.
 */
import { ENTITY_TYPES, PREDICATE_NAMES } from '../../../schema/vocabulary.ts';
import type { GraphStats, NodeType, Predicate } from '../api/explorer-api.ts';
import { hasFilters, NO_FILTERS, type GraphFilters } from '../graph/graph-filters.ts';
import { predicateWords } from '../graph/to-elements.ts';
import { useLanguage } from '../i18n/language.ts';
import { useMessages } from '../i18n/messages.ts';
import { TypeBadge } from './type-badge.tsx';

/** Toggles a value in a "shown" list where empty means everything is shown. */
function toggle<T>(shown: readonly T[], all: readonly T[], value: T): T[] {
  const current = shown.length === 0 ? [...all] : [...shown];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return next.length === all.length ? [] : next;
}

interface FiltersPanelProps {
  filters: GraphFilters;
  stats: GraphStats | null;
  onChange(filters: GraphFilters): void;
}

export function FiltersPanel({ filters, stats, onChange }: FiltersPanelProps) {
  const t = useMessages();
  const language = useLanguage();
  const counts = new Map<string, number>([...(stats?.nodes ?? []).map((n) => [n.type, n.count] as const), ...(stats?.edges ?? []).map((e) => [e.predicate, e.count] as const)]);
  const predicates: Predicate[] = [...PREDICATE_NAMES, 'MENTIONS'];
  const types: readonly NodeType[] = ENTITY_TYPES;
  const entityTypes: NodeType[] = filters.nodeTypes.filter((type) => type !== 'Article');
  const withArticles = filters.nodeTypes.includes('Article');
  const setTypes = (next: NodeType[], articles: boolean): void => onChange({ ...filters, nodeTypes: articles ? [...next, 'Article'] : next });
  return (
    <div className="filters">
      <div className="panel-heading">
        <h2>{t('filters')}</h2>
        <button type="button" className="link-button" disabled={!hasFilters(filters)} onClick={() => onChange(NO_FILTERS)}>
          {t('filtersReset')}
        </button>
      </div>

      <fieldset>
        <legend>{t('filtersNodeTypes')}</legend>
        {types.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={entityTypes.length === 0 || entityTypes.includes(type)}
              onChange={() => setTypes(toggle(entityTypes, types, type), withArticles)}
            />
            <TypeBadge type={type} withLabel />
            <span className="count">{counts.get(type) ?? ''}</span>
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={withArticles} onChange={() => setTypes(entityTypes, !withArticles)} />
          <TypeBadge type="Article" withLabel />
          <span className="muted small">{t('filtersInExpansions')}</span>
          <span className="count">{counts.get('Article') ?? ''}</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('filtersMinConfidence')}</legend>
        <div className="range-row">
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={filters.minConfidence}
            aria-label={t('filtersMinConfidence')}
            aria-valuetext={t('filtersPercent', { value: Math.round(filters.minConfidence * 100) })}
            onChange={(event) => onChange({ ...filters, minConfidence: Number(event.target.value) })}
          />
          <output>{language === 'fr' ? filters.minConfidence.toFixed(2).replace('.', ',') : filters.minConfidence.toFixed(2)}</output>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('filtersRelationships')}</legend>
        <div className="predicate-list">
          {predicates.map((predicate) => (
            <label key={predicate} className="check">
              <input
                type="checkbox"
                checked={filters.predicates.length === 0 || filters.predicates.includes(predicate)}
                onChange={() => onChange({ ...filters, predicates: toggle(filters.predicates, predicates, predicate) })}
              />
              <span>{predicateWords(predicate, language)}</span>
              <span className="count">{counts.get(predicate) ?? ''}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
