/**
 * The review of one analysed article: its text with the mentions highlighted by type (new
 * candidates marked), the relationships with their evidence sentence (relationship words in
 * bold) and confidence — each accepted, rejected or given another fitting predicate — and the
 * entities, whose new candidates can change type or be linked to an existing entity. Article text
 * is rendered as React text nodes, never as HTML.
 */
import { useMemo } from 'react';
import { ENTITY_TYPES, PREDICATE_NAMES, fitsPredicate, isEntityType, type EntityType, type Predicate } from '../../../schema/vocabulary.ts';
import type { NodeType } from '../api/generated.ts';
import { SearchBox } from '../explore/search-box.tsx';
import { TypeBadge } from '../explore/type-badge.tsx';
import { predicateWords } from '../graph/to-elements.ts';
import { NODE_STYLES } from '../graph/node-styles.ts';
import { splitAtSpans, type Span } from '../text/text-segments.ts';
import type { ArticleMetadata } from './read-metadata.ts';
import type { IngestResult, ReviewCorrections } from './ingest-request.ts';
import { relationWordSpans } from './relation-words.ts';
import type { Item } from './add-article-view.tsx';

export interface Review {
  /** Edge keys of rejected relationships. */
  readonly rejected: ReadonlySet<string>;
  /** New predicate by edge key. */
  readonly predicates: ReadonlyMap<string, Predicate>;
  /** New type by candidate id. */
  readonly types: ReadonlyMap<string, EntityType>;
  /** Existing entity by candidate id. */
  readonly links: ReadonlyMap<string, { id: string; name: string; type: NodeType }>;
}

export const EMPTY_REVIEW: Review = { rejected: new Set(), predicates: new Map(), types: new Map(), links: new Map() };

export function correctionsOf(review: Review): ReviewCorrections {
  return {
    dropRelations: [...review.rejected],
    changePredicates: [...review.predicates].filter(([edge]) => !review.rejected.has(edge)).map(([edge, predicate]) => ({ edge, predicate })),
    changeTypes: [...review.types].filter(([id]) => !review.links.has(id)).map(([entityId, type]) => ({ entityId, type })),
    links: [...review.links].map(([candidateId, entity]) => ({ candidateId, entityId: entity.id })),
  };
}

type Entity = IngestResult['entities'][number];
type Relation = IngestResult['relations'][number];

interface ArticleReviewProps {
  item: Item;
  busy: boolean;
  onMeta(meta: ArticleMetadata): void;
  onReview(review: Review): void;
  onCommit(): void;
  onShow(): void;
  onForgetToken(): void;
}

const percent = (value: number): string => `${Math.round(value * 100)}%`;

export function ArticleReview({ item, busy, onMeta, onReview, onCommit, onShow, onForgetToken }: ArticleReviewProps) {
  const preview = item.preview;
  const { review, meta } = item;
  const entities = useMemo(() => new Map((preview?.entities ?? []).map((entity) => [entity.id, entity] as const)), [preview]);

  if (!preview) {
    return (
      <div className="review">
        <h2>{item.label}</h2>
        {item.error ? <ErrorBanner code={item.error.code} message={item.error.message} /> : <p className="muted">{item.phase === 'analysing' ? 'Analysing…' : 'Not analysed yet.'}</p>}
      </div>
    );
  }

  const typeOf = (id: string): NodeType => review.links.get(id)?.type ?? review.types.get(id) ?? entities.get(id)?.type ?? 'Company';
  const nameOf = (id: string): string => review.links.get(id)?.name ?? entities.get(id)?.name ?? id;
  const set = (patch: Partial<Review>): void => onReview({ ...review, ...patch });
  const newCount = preview.entities.filter((entity) => entity.isNew && !review.links.has(entity.id)).length;
  const accepted = preview.relations.filter((relation) => !review.rejected.has(relation.edgeId)).length;
  const done = item.phase === 'done';

  return (
    <div className="review">
      <header className="review-header">
        <div className="review-meta">
          <label className="field grow">
            <span>Title</span>
            <input value={meta.title} onChange={(event) => onMeta({ ...meta, title: event.target.value })} disabled={done} />
          </label>
          <label className="field">
            <span>Published</span>
            <input type="date" value={meta.date} onChange={(event) => onMeta({ ...meta, date: event.target.value })} disabled={done} />
          </label>
          <label className="field grow">
            <span>Source URL</span>
            <input type="url" value={meta.url} onChange={(event) => onMeta({ ...meta, url: event.target.value })} disabled={done || item.source.kind === 'url'} />
          </label>
        </div>
        <div className="review-actions">
          <p className="small review-summary">
            {preview.language === 'fr' ? 'French' : preview.language === 'en' ? 'English' : `Language: ${preview.language}`} · {preview.entities.length} entities ({newCount} new) ·{' '}
            {accepted} of {preview.relations.length} relationships accepted
          </p>
          {!done && (
            <button type="button" className="button primary" onClick={onCommit} disabled={busy || item.phase === 'committing'}>
              Commit to the graph
            </button>
          )}
          {item.outcome && item.outcome.status !== 'UNCHANGED' && (
            <button type="button" className="button" onClick={onShow}>
              Show on the canvas
            </button>
          )}
          <button type="button" className="link-button small" onClick={onForgetToken}>
            Change token
          </button>
        </div>
        {item.known && !item.outcome && (
          <p className="notice-banner" role="status">
            This article is already in the graph. Committing it again with the same title, date and corrections changes nothing.
          </p>
        )}
        {item.outcome && <OutcomeBanner outcome={item.outcome} />}
        {item.error && <ErrorBanner code={item.error.code} message={item.error.message} />}
        {preview.warnings.length > 0 && (
          <ul className="warnings small">
            {preview.warnings.map((warning, index) => (
              <li key={index}>
                <code>{warning.code}</code> {warning.message}
              </li>
            ))}
          </ul>
        )}
      </header>

      <div className="review-columns">
        <section className="review-text" aria-label="Article text with the names found">
          <p className="reader-legend small">
            {ENTITY_TYPES.map((type) => (
              <span key={type} className={`mention-sample mention-${type}`}>
                <TypeBadge type={type} withLabel />
              </span>
            ))}
            <mark className="mention is-new legend-new" style={{ ['--mention-color' as string]: '#4b5563' }}>
              new
            </mark>
          </p>
          <MarkedText text={preview.text} entities={preview.entities} typeOf={typeOf} review={review} />
        </section>

        <section className="review-lists">
          <h3>Relationships ({preview.relations.length})</h3>
          {preview.relations.length === 0 && <p className="muted small">No relationship was read in this article.</p>}
          <ol className="relation-list">
            {preview.relations.map((relation) => (
              <RelationCard
                key={`${relation.edgeId}@${relation.evidence.start}`}
                relation={relation}
                text={preview.text}
                entities={preview.entities}
                review={review}
                typeOf={typeOf}
                nameOf={nameOf}
                disabled={done}
                onReject={(rejected) => {
                  const next = new Set(review.rejected);
                  if (rejected) next.add(relation.edgeId);
                  else next.delete(relation.edgeId);
                  set({ rejected: next });
                }}
                onPredicate={(predicate) => {
                  const next = new Map(review.predicates);
                  if (predicate === relation.predicate) next.delete(relation.edgeId);
                  else next.set(relation.edgeId, predicate);
                  set({ predicates: next });
                }}
              />
            ))}
          </ol>

          <h3>Entities ({preview.entities.length})</h3>
          <ul className="entity-list">
            {preview.entities.map((entity) => (
              <EntityCard
                key={entity.id}
                entity={entity}
                review={review}
                disabled={done}
                onType={(type) => set({ types: new Map(review.types).set(entity.id, type) })}
                onLink={(target) => {
                  const next = new Map(review.links);
                  if (target) next.set(entity.id, target);
                  else next.delete(entity.id);
                  set({ links: next });
                }}
              />
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

function OutcomeBanner({ outcome }: { outcome: IngestResult }) {
  if (outcome.status === 'UNCHANGED') {
    return (
      <p className="outcome-banner unchanged" role="status" data-status="UNCHANGED">
        Already in the graph: this article was committed before with the same text, details and corrections. Nothing was changed.
      </p>
    );
  }
  return (
    <p className="outcome-banner created" role="status" data-status={outcome.status}>
      {outcome.status === 'UPDATED' ? 'Updated the earlier version of this article' : 'Added to the graph'}: {outcome.addedEntities.length} new entities, {outcome.addedEdges.length} new relationships,{' '}
      {outcome.statements.length} sourced statements{outcome.retractedEdges.length > 0 ? `, ${outcome.retractedEdges.length} relationships retracted` : ''}.
    </p>
  );
}

function ErrorBanner({ code, message }: { code: string; message: string }) {
  return (
    <div className="error-message compact" role="alert" data-code={code}>
      <p className="error-title">
        <code className="error-code">{code}</code> {message}
      </p>
    </div>
  );
}

function MarkedText({ text, entities, typeOf, review }: { text: string; entities: readonly Entity[]; typeOf(id: string): NodeType; review: Review }) {
  const segments = useMemo(() => {
    const spans: Span<Entity>[] = entities.flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, value: entity })));
    return splitAtSpans(text, spans);
  }, [text, entities]);
  return (
    <article className="article-text review-article">
      {segments.map((segment) => {
        const entity = segment.span?.value;
        if (!entity) return <span key={segment.start}>{segment.text}</span>;
        const type = typeOf(entity.id);
        const isNew = entity.isNew && !review.links.has(entity.id);
        return (
          <mark
            key={segment.start}
            className={`mention mention-${type}${isNew ? ' is-new' : ''}`}
            style={{ ['--mention-color' as string]: NODE_STYLES[type].color }}
            title={`${type}${isNew ? ' (new)' : ''}: ${review.links.get(entity.id)?.name ?? entity.name}`}
            data-entity={entity.id}
          >
            {segment.text}
          </mark>
        );
      })}
    </article>
  );
}

function RelationCard(props: {
  relation: Relation;
  text: string;
  entities: readonly Entity[];
  review: Review;
  typeOf(id: string): NodeType;
  nameOf(id: string): string;
  disabled: boolean;
  onReject(rejected: boolean): void;
  onPredicate(predicate: Predicate): void;
}) {
  const { relation, review, typeOf, nameOf, disabled } = props;
  const rejected = review.rejected.has(relation.edgeId);
  const predicate = review.predicates.get(relation.edgeId) ?? relation.predicate;
  const subjectType = typeOf(relation.subject);
  const objectType = typeOf(relation.object);
  const options = PREDICATE_NAMES.filter((p) => p === relation.predicate || (isEntityType(subjectType) && isEntityType(objectType) && fitsPredicate(p, subjectType, objectType)));
  const { evidence } = relation;

  // Evidence: subject and object mentions inside the sentence, and the relationship's words.
  const segments = useMemo(() => {
    const spans: Span<'subject' | 'object' | 'words'>[] = [];
    for (const entity of props.entities) {
      const role = entity.id === relation.subject ? 'subject' : entity.id === relation.object ? 'object' : null;
      if (!role) continue;
      for (const mention of entity.mentions) {
        if (mention.start >= evidence.start && mention.end <= evidence.end) spans.push({ start: mention.start - evidence.start, end: mention.end - evidence.start, value: role });
      }
    }
    for (const word of relationWordSpans(evidence.text, predicate)) spans.push({ ...word, value: 'words' });
    return splitAtSpans(evidence.text, spans);
  }, [props.entities, relation, evidence, predicate]);

  return (
    <li className={rejected ? 'relation-card rejected' : 'relation-card'} data-edge={relation.edgeId}>
      <div className="relation-head">
        <span className="relation-end">
          <TypeBadge type={subjectType} /> {nameOf(relation.subject)}
        </span>
        <label className="visually-hidden" htmlFor={`predicate-${relation.edgeId}-${evidence.start}`}>
          Relationship
        </label>
        <select
          id={`predicate-${relation.edgeId}-${evidence.start}`}
          className="predicate-select"
          value={predicate}
          disabled={disabled || rejected}
          onChange={(event) => props.onPredicate(event.target.value as Predicate)}
        >
          {options.map((p) => (
            <option key={p} value={p}>
              {predicateWords(p)}
            </option>
          ))}
        </select>
        <span className="relation-end">
          <TypeBadge type={objectType} /> {nameOf(relation.object)}
        </span>
        <span className="confidence" title="Confidence of the rule that read it">
          {percent(relation.confidence)}
        </span>
      </div>
      <blockquote className="evidence-sentence">
        {segments.map((segment) =>
          segment.span ? (
            segment.span.value === 'words' ? (
              <strong key={segment.start} className="relation-words">
                {segment.text}
              </strong>
            ) : (
              <mark key={segment.start} className={`evidence-${segment.span.value}`}>
                {segment.text}
              </mark>
            )
          ) : (
            <span key={segment.start}>{segment.text}</span>
          ),
        )}
      </blockquote>
      <div className="relation-foot">
        <span className="muted small">
          rule {relation.rule}
          {relation.date ? ` · ${relation.date}` : ''}
          {relation.amount ? ` · ${relation.amount}` : ''}
        </span>
        <span className="tool-group" role="group" aria-label={`${nameOf(relation.subject)} ${predicateWords(predicate)} ${nameOf(relation.object)}`}>
          <button type="button" className="button small" aria-pressed={!rejected} disabled={disabled} onClick={() => props.onReject(false)}>
            Accept
          </button>
          <button type="button" className="button small danger" aria-pressed={rejected} disabled={disabled} onClick={() => props.onReject(true)}>
            Reject
          </button>
        </span>
      </div>
    </li>
  );
}

function EntityCard({ entity, review, disabled, onType, onLink }: { entity: Entity; review: Review; disabled: boolean; onType(type: EntityType): void; onLink(target: { id: string; name: string; type: NodeType } | null): void }) {
  const link = review.links.get(entity.id);
  const type = review.types.get(entity.id) ?? entity.type;
  const mentions = [...new Set(entity.mentions.map((m) => m.text))];
  return (
    <li className={entity.isNew && !link ? 'entity-card is-new' : 'entity-card'} data-entity={entity.id}>
      <div className="entity-head">
        <TypeBadge type={link?.type ?? type} />
        <span className="entity-name">{entity.name}</span>
        {entity.isNew && !link && <span className="new-tag">new</span>}
        <span className="muted small">
          “{mentions.slice(0, 3).join('”, “')}”{mentions.length > 3 ? '…' : ''} · {entity.mentions.length}×
        </span>
      </div>
      {entity.isNew && !disabled && (
        <div className="entity-actions">
          {link ? (
            <p className="small">
              Linked to <strong>{link.name}</strong>{' '}
              <button type="button" className="link-button" onClick={() => onLink(null)}>
                undo
              </button>
            </p>
          ) : (
            <>
              <label className="select-label small">
                Type
                <select value={type} onChange={(event) => onType(event.target.value as EntityType)}>
                  {ENTITY_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </select>
              </label>
              <SearchBox label={`Link ${entity.name} to an existing entity`} placeholder="Or link to an existing entity…" className="link-search" onPick={(hit) => onLink({ id: hit.id, name: hit.name, type: hit.type })} />
            </>
          )}
        </div>
      )}
    </li>
  );
}
