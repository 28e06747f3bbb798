/**
 * The review of one analysed article: its text with the mentions highlighted by type (new
 * candidates marked), the relationships with their evidence sentence (relationship words in
 * bold) and confidence — each accepted, rejected, given another fitting predicate or other ends —
 * and the entities, whose new candidates can change type or be linked to an existing entity. The
 * reviewer adds what the pipeline missed: a relationship whose evidence is selected in the text,
 * and words of the text marked as an entity. Article text is rendered as React text nodes, never
 * as HTML.
 */
import { useLanguage } from '../i18n/language.ts';
import { typeLabel, useMessages } from '../i18n/messages.ts';
import { useMemo, useRef, useState } from 'react';
import { ENTITY_TYPES, PREDICATE_NAMES, fitsPredicate, isEntityType, type EntityType, type Predicate } from '../../../schema/vocabulary.ts';
import { SearchBox } from '../explore/search-box.tsx';
import { TypeBadge } from '../explore/type-badge.tsx';
import { errorText } from '../explore/error-text.ts';
import type { OperationError } from '../console/run-operation.ts';
import { predicateWords } from '../graph/to-elements.ts';
import { NODE_STYLES } from '../graph/node-styles.ts';
import { splitAtSpans, type Span } from '../text/text-segments.ts';
import type { ArticleMetadata } from './read-metadata.ts';
import type { IngestResult } from './ingest-request.ts';
import { relationWordSpans } from './relation-words.ts';
import type { Item } from './add-article-view.tsx';
import { AddRelationForm } from './add-relation-form.tsx';
import { EntityChoice } from './entity-choice.tsx';
import { EntityTypeSelect } from './entity-type-select.tsx';
import { MarkEntityForm } from './mark-entity-form.tsx';
import { articleEntities, fitsEnd, shownMentions, type AddedRelation, type EntityMark, type EntityRef, type Review, type ShownMention, type TextSpan } from './review-state.ts';
import { selectedSpan } from './selection-offsets.ts';

export { correctionsOf, EMPTY_REVIEW, type Review } from './review-state.ts';

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
  /** Analyse the article again (after PREVIEW_OUTDATED), keeping the corrections that still apply. */
  onReanalyse(): void;
}

const percent = (value: number): string => `${Math.round(value * 100)}%`;

type Tool = 'relation' | 'entity' | null;

export function ArticleReview({ item, busy, onMeta, onReview, onCommit, onShow, onForgetToken, onReanalyse }: ArticleReviewProps) {
  const preview = item.preview;
  const { review, meta } = item;
  const entities = useMemo(() => new Map((preview?.entities ?? []).map((entity) => [entity.id, entity] as const)), [preview]);
  const choices = useMemo(() => (preview ? articleEntities(preview, review) : []), [preview, review]);
  const [tool, setTool] = useState<Tool>(null);
  const t = useMessages();
  const [selection, setSelection] = useState<TextSpan | null>(null);

  if (!preview) {
    return (
      <div className="review">
        <h2>{item.label}</h2>
        {item.error ? <ErrorBanner error={item.error} /> : <p className="muted">{item.phase === 'analysing' ? t('addPhaseAnalysing') : t('revNotAnalysed')}</p>}
      </div>
    );
  }

  const refOf = (id: string): EntityRef => {
    const linked = review.links.get(id);
    if (linked) return linked;
    const entity = entities.get(id);
    return { id, name: entity?.name ?? id, type: review.types.get(id) ?? entity?.type ?? 'Company' };
  };
  const set = (patch: Partial<Review>): void => onReview({ ...review, ...patch });
  const newCount = preview.entities.filter((entity) => entity.isNew && !review.links.has(entity.id)).length + review.marks.filter((mark) => mark.isNew).length;
  const accepted = preview.relations.filter((relation) => !review.rejected.has(relation.edgeId)).length;
  const done = item.phase === 'done';
  const outdated = item.error?.code === 'PREVIEW_OUTDATED';

  return (
    <div className="review">
      <header className="review-header">
        <div className="review-meta">
          <label className="field grow">
            <span>{t('addTitle')}</span>
            <input value={meta.title} onChange={(event) => onMeta({ ...meta, title: event.target.value })} disabled={done} />
          </label>
          <label className="field">
            <span>{t('addPublished')}</span>
            <input type="date" value={meta.date} onChange={(event) => onMeta({ ...meta, date: event.target.value })} disabled={done} />
          </label>
          <label className="field grow">
            <span>{t('addSourceUrl')}</span>
            <input type="url" value={meta.url} onChange={(event) => onMeta({ ...meta, url: event.target.value })} disabled={done || item.source.kind === 'url'} />
          </label>
        </div>
        <div className="review-actions">
          <p className="small review-summary">
            {preview.language === 'fr' ? t('french') : preview.language === 'en' ? t('english') : t('revLanguage', { language: preview.language })} · {t('revSummary', { entities: preview.entities.length + review.marks.length, fresh: newCount })} ·{' '}
            {t('revAccepted', { accepted, count: preview.relations.length })}{review.added.length > 0 ? t('revAdded', { count: review.added.length }) : ''}
          </p>
          {!done && (
            <button type="button" className="button primary" onClick={onCommit} disabled={busy || item.phase === 'committing' || outdated}>
              {t('revCommit')}
            </button>
          )}
          {item.outcome && item.outcome.status !== 'UNCHANGED' && (
            <button type="button" className="button" onClick={onShow}>
              {t('revShow')}
            </button>
          )}
          <button type="button" className="link-button small" onClick={onForgetToken}>
            {t('revChangeToken')}
          </button>
        </div>
        {item.known && !item.outcome && (
          <p className="notice-banner" role="status">
            {t('revKnown')}
          </p>
        )}
        {item.outcome && <OutcomeBanner outcome={item.outcome} />}
        {item.error && <ErrorBanner error={item.error} />}
        {outdated && (
          <p className="notice-banner" role="status">
            {t('revOutdated')}{' '}
            <button type="button" className="button small" onClick={onReanalyse} disabled={busy}>
              {t('revAnalyseAgain')}
            </button>{' '}
            {t('revKept')}
          </p>
        )}
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
        <section className="review-text" aria-label={t('revText')}>
          {!done && (
            <div className="review-tools">
              <div className="tool-group" role="group" aria-label={t('revComplete')}>
                <button type="button" className="button small" aria-expanded={tool === 'relation'} onClick={() => setTool(tool === 'relation' ? null : 'relation')}>
                  {t('revAddRelation')}
                </button>
                <button type="button" className="button small" aria-expanded={tool === 'entity'} onClick={() => setTool(tool === 'entity' ? null : 'entity')}>
                  {t('revMarkEntity')}
                </button>
              </div>
              <p className="small muted selection-note" role="status">
                {selection ? t('revSelected', { text: selection.text.length > 80 ? `${selection.text.slice(0, 79)}…` : selection.text }) : t('revSelectHint')}
              </p>
              {tool === 'relation' && (
                <AddRelationForm
                  preview={preview}
                  review={review}
                  selection={selection}
                  onCancel={() => setTool(null)}
                  onAdd={(relation) => {
                    set({ added: [...review.added, relation] });
                    setTool(null);
                  }}
                />
              )}
              {tool === 'entity' && (
                <MarkEntityForm
                  text={preview.text}
                  entities={choices}
                  selection={selection}
                  onCancel={() => setTool(null)}
                  onMark={(mark) => {
                    set({ marks: [...review.marks.filter((other) => other.span.end <= mark.span.start || other.span.start >= mark.span.end), mark] });
                    setTool(null);
                  }}
                />
              )}
            </div>
          )}
          <p className="reader-legend small">
            {ENTITY_TYPES.map((type) => (
              <span key={type} className={`mention-sample mention-${type}`}>
                <TypeBadge type={type} withLabel />
              </span>
            ))}
            <mark className="mention is-new legend-new" style={{ ['--mention-color' as string]: '#4b5563' }}>
              {t('revNew')}
            </mark>
          </p>
          <MarkedText text={preview.text} mentions={shownMentions(preview, review)} onSelect={setSelection} />
        </section>

        <section className="review-lists">
          <h3>{t('revRelationships', { count: preview.relations.length + review.added.length })}</h3>
          {preview.relations.length === 0 && review.added.length === 0 && <p className="muted small">{t('revNoRelation')}</p>}
          <ol className="relation-list">
            {review.added.map((added) => (
              <AddedRelationCard key={added.key} relation={added} disabled={done} onRemove={() => set({ added: review.added.filter((other) => other.key !== added.key) })} />
            ))}
            {preview.relations.map((relation) => (
              <RelationCard
                key={`${relation.edgeId}@${relation.evidence.start}`}
                relation={relation}
                entities={preview.entities}
                choices={choices}
                review={review}
                refOf={refOf}
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
                onEnds={(ends) => {
                  const next = new Map(review.ends);
                  const subject = ends?.subject && ends.subject.id !== relation.subject ? ends.subject : undefined;
                  const object = ends?.object && ends.object.id !== relation.object ? ends.object : undefined;
                  if (subject || object) next.set(relation.edgeId, { ...(subject ? { subject } : {}), ...(object ? { object } : {}) });
                  else next.delete(relation.edgeId);
                  set({ ends: next });
                }}
              />
            ))}
          </ol>

          <h3>{t('revEntities', { count: preview.entities.length + review.marks.length })}</h3>
          <ul className="entity-list">
            {review.marks.map((mark) => (
              <MarkCard key={mark.key} mark={mark} disabled={done} onRemove={() => set({ marks: review.marks.filter((other) => other.key !== mark.key) })} />
            ))}
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
  const t = useMessages();
  if (outcome.status === 'UNCHANGED') {
    return (
      <p className="outcome-banner unchanged" role="status" data-status="UNCHANGED">
        {t('revUnchanged')}
      </p>
    );
  }
  return (
    <p className="outcome-banner created" role="status" data-status={outcome.status}>
      {t('revOutcome', { what: t(outcome.status === 'UPDATED' ? 'revUpdated' : 'addOutcomeCreated'), entities: outcome.addedEntities.length, edges: outcome.addedEdges.length, statements: outcome.statements.length })}
      {outcome.retractedEdges.length > 0 ? t('revRetracted', { count: outcome.retractedEdges.length }) : ''}.
    </p>
  );
}

/** What went wrong, in words when the code has them (with what to do), else the code and the server's message. */
function ErrorBanner({ error }: { error: OperationError }) {
  const text = errorText(error, useLanguage());
  return (
    <div className="error-message compact" role="alert" data-code={error.code}>
      {text.known ? (
        <>
          <p className="error-title">{text.title}</p>
          <p className="error-hint">{text.hint}</p>
        </>
      ) : (
        <p className="error-title">
          <code className="error-code">{error.code}</code> {error.message}
        </p>
      )}
    </div>
  );
}

/**
 * The article's text with its mentions highlighted. Each piece carries `data-start` so that a
 * selection made in it (mouse, or keyboard with caret browsing) becomes offsets in the text.
 */
function MarkedText({ text, mentions, onSelect }: { text: string; mentions: readonly ShownMention[]; onSelect(span: TextSpan | null): void }) {
  const root = useRef<HTMLElement>(null);
  const t = useMessages();
  const segments = useMemo(() => splitAtSpans(text, mentions.map((mention) => ({ start: mention.start, end: mention.end, value: mention }))), [text, mentions]);
  const capture = (): void => {
    const span = selectedSpan(window.getSelection(), root.current, text);
    if (span) onSelect(span);
  };
  return (
    <article
      ref={root}
      className="article-text review-article"
      tabIndex={0}
      aria-label={t('revTextLabel')}
      onMouseUp={capture}
      onKeyUp={capture}
    >
      {segments.map((segment) => {
        const mention = segment.span?.value;
        if (!mention) return <span key={segment.start} data-start={segment.start}>{segment.text}</span>;
        const { entity } = mention;
        return (
          <mark
            key={segment.start}
            data-start={segment.start}
            className={`mention mention-${entity.type}${mention.isNew ? ' is-new' : ''}${mention.byReviewer ? ' by-reviewer' : ''}`}
            style={{ ['--mention-color' as string]: NODE_STYLES[entity.type].color }}
            title={`${entity.type}${mention.isNew ? ' (new)' : ''}${mention.byReviewer ? ', marked by you' : ''}: ${entity.name}`}
            data-entity={entity.id}
          >
            {segment.text}
          </mark>
        );
      })}
    </article>
  );
}

function Evidence({ text, start, subject, object, predicate, entities }: { text: string; start: number; subject: string; object: string; predicate: Predicate; entities: readonly Entity[] }) {
  // Subject and object mentions inside the sentence, and the relationship's words.
  const segments = useMemo(() => {
    const spans: Span<'subject' | 'object' | 'words'>[] = [];
    const end = start + text.length;
    for (const entity of entities) {
      const role = entity.id === subject ? 'subject' : entity.id === object ? 'object' : null;
      if (!role) continue;
      for (const mention of entity.mentions) {
        if (mention.start >= start && mention.end <= end) spans.push({ start: mention.start - start, end: mention.end - start, value: role });
      }
    }
    for (const word of relationWordSpans(text, predicate)) spans.push({ ...word, value: 'words' });
    return splitAtSpans(text, spans);
  }, [text, start, subject, object, predicate, entities]);
  return (
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
  );
}

function EndName({ entity, changed }: { entity: EntityRef; changed: boolean }) {
  const t = useMessages();
  return (
    <span className={changed ? 'relation-end changed' : 'relation-end'}>
      <TypeBadge type={entity.type} /> {entity.name}
      {changed && <span className="visually-hidden">{t('revChangedByYou')}</span>}
    </span>
  );
}

function RelationCard(props: {
  relation: Relation;
  entities: readonly Entity[];
  choices: readonly EntityRef[];
  review: Review;
  refOf(id: string): EntityRef;
  disabled: boolean;
  onReject(rejected: boolean): void;
  onPredicate(predicate: Predicate): void;
  onEnds(ends: { subject?: EntityRef; object?: EntityRef } | null): void;
}) {
  const { relation, review, refOf, disabled } = props;
  const [editing, setEditing] = useState(false);
  const t = useMessages();
  const rejected = review.rejected.has(relation.edgeId);
  const predicate = review.predicates.get(relation.edgeId) ?? (relation.predicate as Predicate);
  const ends = review.ends.get(relation.edgeId);
  const subject = ends?.subject ?? refOf(relation.subject);
  const object = ends?.object ?? refOf(relation.object);
  const options = PREDICATE_NAMES.filter((p) => (p === relation.predicate && !ends) || (isEntityType(subject.type) && isEntityType(object.type) && fitsPredicate(p, subject.type, object.type)));
  const { evidence } = relation;
  const label = `${subject.name} ${predicateWords(predicate)} ${object.name}`;

  return (
    <li className={rejected ? 'relation-card rejected' : 'relation-card'} data-edge={relation.edgeId}>
      <div className="relation-head">
        <EndName entity={subject} changed={ends?.subject !== undefined} />
        <label className="visually-hidden" htmlFor={`predicate-${relation.edgeId}-${evidence.start}`}>
          {t('relRelationship')}
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
        <EndName entity={object} changed={ends?.object !== undefined} />
        <span className="confidence" title={t('revConfidence')}>
          {percent(relation.confidence)}
        </span>
      </div>
      <Evidence text={evidence.text} start={evidence.start} subject={subject.id} object={object.id} predicate={predicate} entities={props.entities} />
      {editing && !rejected && !disabled && (
        <div className="ends-editor" role="group" aria-label={t('revEndsOf', { label })}>
          <EntityChoice
            label={t('relSubject')}
            value={subject}
            options={props.choices}
            refusal={(entity) => (fitsEnd(predicate, 'subject', entity, object) ? null : t('relCannotBeSubject', { name: entity.name, type: typeLabel(t, entity.type), predicate: predicateWords(predicate), object: object.name }))}
            onChange={(entity) => props.onEnds({ ...ends, subject: entity })}
          />
          <EntityChoice
            label={t('relObject')}
            value={object}
            options={props.choices}
            refusal={(entity) => (fitsEnd(predicate, 'object', entity, subject) ? null : t('relCannotBeObject', { name: entity.name, type: typeLabel(t, entity.type), subject: subject.name, predicate: predicateWords(predicate) }))}
            onChange={(entity) => props.onEnds({ ...ends, object: entity })}
          />
          {ends && (
            <button type="button" className="link-button small" onClick={() => props.onEnds(null)}>
              {t('revBackToRead')}
            </button>
          )}
        </div>
      )}
      <div className="relation-foot">
        <span className="muted small">
          {t('revRule', { rule: relation.rule })}
          {relation.date ? ` · ${relation.date}` : ''}
          {relation.amount ? ` · ${relation.amount}` : ''}
        </span>
        <span className="tool-group" role="group" aria-label={label}>
          <button type="button" className="button small" aria-expanded={editing} disabled={disabled || rejected} onClick={() => setEditing(!editing)}>
            {t('revChangeEnds')}
          </button>
          <button type="button" className="button small" aria-pressed={!rejected} disabled={disabled} onClick={() => props.onReject(false)}>
            {t('revAccept')}
          </button>
          <button type="button" className="button small danger" aria-pressed={rejected} disabled={disabled} onClick={() => props.onReject(true)}>
            {t('revReject')}
          </button>
        </span>
      </div>
    </li>
  );
}

function AddedRelationCard({ relation, disabled, onRemove }: { relation: AddedRelation; disabled: boolean; onRemove(): void }) {
  const label = `${relation.subject.name} ${predicateWords(relation.predicate)} ${relation.object.name}`;
  const t = useMessages();
  return (
    <li className="relation-card added" data-edge={`${relation.subject.id}|${relation.predicate}|${relation.object.id}`}>
      <div className="relation-head">
        <EndName entity={relation.subject} changed={false} />
        <span className="predicate-words">{predicateWords(relation.predicate)}</span>
        <EndName entity={relation.object} changed={false} />
        <span className="added-tag">{t('revAddedByYou')}</span>
      </div>
      <blockquote className="evidence-sentence">{relation.evidence.text}</blockquote>
      <div className="relation-foot">
        <span className="muted small">{t('revReviewerRule')}</span>
        {!disabled && (
          <button type="button" className="button small danger" aria-label={t('revRemoveLabel', { label })} onClick={onRemove}>
            {t('revRemove')}
          </button>
        )}
      </div>
    </li>
  );
}

function MarkCard({ mark, disabled, onRemove }: { mark: EntityMark; disabled: boolean; onRemove(): void }) {
  const t = useMessages();
  return (
    <li className={mark.isNew ? 'entity-card is-new marked' : 'entity-card marked'} data-entity={mark.entity.id}>
      <div className="entity-head">
        <TypeBadge type={mark.entity.type} />
        <span className="entity-name">{mark.entity.name}</span>
        {mark.isNew && <span className="new-tag">{t('revNew')}</span>}
        <span className="added-tag">{t('revMarkedByYou')}</span>
        <span className="muted small">“{mark.span.text}”</span>
        {!disabled && (
          <button type="button" className="link-button small" aria-label={t('revRemoveMark', { text: mark.span.text })} onClick={onRemove}>
            {t('revRemoveSmall')}
          </button>
        )}
      </div>
    </li>
  );
}

function EntityCard({ entity, review, disabled, onType, onLink }: { entity: Entity; review: Review; disabled: boolean; onType(type: EntityType): void; onLink(target: EntityRef | null): void }) {
  const link = review.links.get(entity.id);
  const type = review.types.get(entity.id) ?? entity.type;
  const mentions = [...new Set(entity.mentions.map((m) => m.text))];
  const t = useMessages();
  return (
    <li className={entity.isNew && !link ? 'entity-card is-new' : 'entity-card'} data-entity={entity.id}>
      <div className="entity-head">
        <TypeBadge type={link?.type ?? type} />
        <span className="entity-name">{entity.name}</span>
        {entity.isNew && !link && <span className="new-tag">{t('revNew')}</span>}
        <span className="muted small">
          “{mentions.slice(0, 3).join('”, “')}”{mentions.length > 3 ? '…' : ''} · {entity.mentions.length}×
        </span>
      </div>
      {entity.isNew && !disabled && (
        <div className="entity-actions">
          {link ? (
            <p className="small">
              {t('revLinkedTo')} <strong>{link.name}</strong>{' '}
              <button type="button" className="link-button" onClick={() => onLink(null)}>
                {t('revUndo')}
              </button>
            </p>
          ) : (
            <>
              <EntityTypeSelect value={type} onChange={onType} className="select-label small" />
              <SearchBox label={t('revLinkLabel', { name: entity.name })} placeholder={t('revLinkPlaceholder')} className="link-search" onPick={(hit) => onLink({ id: hit.id, name: hit.name, type: hit.type })} />
            </>
          )}
        </div>
      )}
    </li>
  );
}
