/**
 * The right-hand panel: what is selected. A node shows its properties, aliases, relationships by
 * predicate and the articles that mention it, with actions (expand, expand by relationship,
 * collapse, pin, remove); an edge shows each supporting source with its sentence quoted.
 */
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { isPredicate, PREDICATES } from '../../../schema/vocabulary.ts';
import { useQuery } from '@tanstack/react-query';
import type { EdgeDetail, EntityDetail, Evidence, GraphEdge, Predicate } from '../api/explorer-api.ts';
import { edgeQuery, entityQuery } from '../api/query-client.ts';
import type { CanvasModel } from '../graph/canvas-model.ts';
import { hiddenDegreeOf } from '../graph/canvas-model.ts';
import { edgeTimeWords } from '../graph/graph-filters.ts';
import { predicateWords } from '../graph/to-elements.ts';
import type { CanvasTarget } from '../graph/use-cytoscape.ts';
import { parseEdgeId } from '../../../schema/edge-id.ts';
import { EntityTimeline } from './entity-timeline.tsx';
import { publicationCount, sourcesFromPublications, useMessages, type Translate } from '../i18n/messages.ts';
import { formatDay, formatNumber, useLanguage, type Language } from '../i18n/language.ts';
import { groupByPublication } from './group-evidence.ts';
import { propertyRows } from './property-rows.ts';
import { mergeSymmetricGroups } from './relation-groups.ts';
import { ErrorMessage } from './error-message.tsx';
import { EvidenceQuote, termsOf } from './evidence-quote.tsx';
import { TypeBadge } from './type-badge.tsx';

export interface NodeActions {
  onExpand(id: string, predicates?: Predicate[]): void;
  onCollapse(id: string): void;
  onRemove(id: string): void;
  onPin(id: string): void;
  onSelect(target: CanvasTarget): void;
  /** Adds an entity to the canvas (when absent) and selects it. */
  onShowEntity(id: string): void;
  onOpenArticle(id: string): void;
  /** Selects a relationship, drawing its ends when absent. */
  onShowEdge(id: string, subject: string, object: string): void;
  onEdgeLoaded(detail: EdgeDetail): void;
}

interface DetailsPanelProps extends NodeActions {
  selected: CanvasTarget | null;
  model: CanvasModel;
  /** Aliases of entities already loaded, to highlight them in sentences. */
  aliases: ReadonlyMap<string, readonly string[]>;
  onEntityLoaded(detail: EntityDetail): void;
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { selected } = props;
  const t = useMessages();
  if (!selected) {
    return (
      <div className="details empty-details">
        <h2>{t('details')}</h2>
        <p className="muted">{t('detailsEmpty')}</p>
        <ul className="hints">
          <li>{withElements(t('detailsHintExpand'), { doubleClick: <kbd>{t('detailsDoubleClick')}</kbd>, enter: <kbd>{t('detailsEnter')}</kbd> })}</li>
          <li>{t('detailsHintHover')}</li>
          <li>{t('detailsHintEdge')}</li>
        </ul>
      </div>
    );
  }
  return selected.kind === 'node' ? <NodeDetails key={selected.id} id={selected.id} {...props} /> : <EdgeDetails key={selected.id} id={selected.id} {...props} />;
}

function NodeDetails({ id, model, onEntityLoaded, ...actions }: DetailsPanelProps & { id: string }) {
  const t = useMessages();
  const language = useLanguage();
  const remote = useQuery(entityQuery(id));
  const [menuOpen, setMenuOpen] = useState(false);
  const loaded = remote.data ?? null;
  useEffect(() => {
    if (loaded) onEntityLoaded(loaded);
  }, [loaded, onEntityLoaded]);
  const node = model.nodes.get(id);
  const hidden = hiddenDegreeOf(model, id);
  const expanded = model.expanded.includes(id);
  const pinned = model.pinned.has(id);
  const entity = remote.data ?? null;
  const properties = entity ? propertyRows(entity.properties, language) : [];
  return (
    <div className="details">
      <header className="details-header">
        {(entity ?? node) && <TypeBadge type={(entity ?? node)?.type ?? 'Company'} withLabel />}
        <h2>{entity?.name ?? node?.name ?? id}</h2>
      </header>
      {node && (
        <div className="node-actions">
          <button type="button" className="button primary" onClick={() => actions.onExpand(id)}>
            {hidden > 0 ? t('detailsExpandMore', { count: hidden }) : t('detailsExpand')}
          </button>
          <div className="menu-anchor">
            <button type="button" className="button" aria-haspopup="menu" aria-expanded={menuOpen} onClick={() => setMenuOpen((open) => !open)} disabled={!entity}>
              {t('detailsByRelationship')}
            </button>
            {menuOpen && entity && (
              <ul className="menu" role="menu" aria-label={t('detailsExpandByRelationship')}>
                {groupByPredicate(entity, model).map(({ predicate, count, drawn }) => (
                  <li key={predicate} role="none">
                    <button
                      type="button"
                      role="menuitem"
                      onClick={() => {
                        setMenuOpen(false);
                        actions.onExpand(id, [predicate]);
                      }}
                    >
                      {predicateWords(predicate)} <span className="count">{drawn < count ? `+${count - drawn}` : `${count}`}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" className="button" onClick={() => actions.onCollapse(id)} disabled={!expanded} title={t('detailsCollapseTitle')}>
            {t('detailsCollapse')}
          </button>
          <button type="button" className="button" aria-pressed={pinned} onClick={() => actions.onPin(id)} title={t('detailsPinTitle')}>
            {pinned ? t('detailsUnpin') : t('detailsPin')}
          </button>
          <button type="button" className="button danger" onClick={() => actions.onRemove(id)}>
            {t('detailsRemove')}
          </button>
        </div>
      )}
      {!node && (
        <button type="button" className="button primary" onClick={() => actions.onShowEntity(id)}>
          {t('detailsAddToCanvas')}
        </button>
      )}
      {remote.isPending && <p className="loading" role="status">{t('detailsLoading')}</p>}
      {remote.isError && <ErrorMessage error={remote.error} onRetry={() => void remote.refetch()} />}
      {entity && (
        <>
          {entity.description && <p className="description">{entity.description}</p>}
          {entity.aliases.length > 0 && (
            <section>
              <h3>{t('detailsAlsoCalled')}</h3>
              <ul className="aliases">
                {entity.aliases.map((alias) => (
                  <li key={alias}>{alias}</li>
                ))}
              </ul>
            </section>
          )}
          {properties.length > 0 && (
            <section>
              <h3>{t('detailsProperties')}</h3>
              <dl className="properties">
                {properties.map(([key, value]) => (
                  <div key={key}>
                    <dt>{key}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
          <section>
            <h3>{t('detailsRelationships')}</h3>
            {entity.relations.length === 0 && <p className="muted">{t('detailsNoneRecorded')}</p>}
            {mergeSymmetricGroups(entity.relations).map((group) => (
              <div key={`${group.predicate}-${group.direction}`} className="relation-group">
                <h4>
                  {groupHeading(group.predicate, group.direction)}
                  <span className="count">
                    {group.total > group.edges.length
                      ? t('detailsShownOfTotal', { shown: formatNumber(group.edges.length, language), total: formatNumber(group.total, language) })
                      : group.edges.length}
                  </span>
                </h4>
                <ul>
                  {group.edges.map((detail) => {
                    const other = detail.subject.id === id ? detail.object : detail.subject;
                    return (
                      <li key={detail.edge.id}>
                        <button
                          type="button"
                          className="relation-link"
                          onClick={() => actions.onShowEdge(detail.edge.id, detail.edge.source, detail.edge.target)}
                          title={model.edges.has(detail.edge.id) ? t('detailsShowSources') : t('detailsAddAndShowSources', { name: other.name })}
                        >
                          <TypeBadge type={other.type} />
                          <span className="relation-name">
                            {other.name}
                            <span className="relation-sources muted small">{sourcesFromPublications(t, detail.edge.sources, detail.edge.publications)}</span>
                          </span>
                          <ConfidenceTag edge={detail.edge} />
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </section>
          <EntityTimeline
            id={id}
            onOpenArticle={actions.onOpenArticle}
            onShowEdge={(edgeId) => {
              const ends = parseEdgeId(edgeId);
              if (ends) actions.onShowEdge(edgeId, ends.subject, ends.object);
            }}
          />
          <section>
            <h3>{t('detailsArticles')}</h3>
            {entity.articles.length === 0 && <p className="muted">{t('detailsNoArticle')}</p>}
            <ul className="article-refs">
              {entity.articles.map((article) => (
                <li key={article.id}>
                  <button type="button" className="relation-link" onClick={() => actions.onOpenArticle(article.id)}>
                    <span className="article-title">{article.title}</span>
                    <span className="muted small">
                      {article.publishedAt ? formatDay(article.publishedAt, language) : t('undated')} · {article.language.toUpperCase()} · {article.mentionCount}×
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

function EdgeDetails({ id, model, aliases, ...actions }: DetailsPanelProps & { id: string }) {
  const t = useMessages();
  const language = useLanguage();
  const day = (iso: string | null | undefined): string | undefined => (iso ? formatDay(iso, language) : undefined);
  const remote = useQuery(edgeQuery(id));
  const { onEdgeLoaded } = actions;
  const loaded = remote.data ?? null;
  useEffect(() => {
    if (loaded) onEdgeLoaded(loaded);
  }, [loaded, onEdgeLoaded]);
  const edge = model.edges.get(id);
  const detail = remote.data ?? null;
  const subject = detail?.subject ?? (edge ? model.nodes.get(edge.source) : undefined);
  const object = detail?.object ?? (edge ? model.nodes.get(edge.target) : undefined);
  const predicate = detail?.edge.predicate ?? edge?.predicate;
  const terms = [
    ...termsOf(subject ? [subject.name, ...(aliases.get(subject.id) ?? [])] : [], 'subject'),
    ...termsOf(object ? [object.name, ...(aliases.get(object.id) ?? [])] : [], 'object'),
  ];
  return (
    <div className="details">
      <header className="details-header edge-header">
        <p className="edge-statement">
          {subject && (
            <button type="button" className="entity-link" onClick={() => actions.onSelect({ kind: 'node', id: subject.id })}>
              <TypeBadge type={subject.type} /> {subject.name}
            </button>
          )}{' '}
          <span className="predicate-words">{predicate ? predicateWords(predicate) : ''}</span>{' '}
          {object && (
            <button type="button" className="entity-link" onClick={() => actions.onSelect({ kind: 'node', id: object.id })}>
              <TypeBadge type={object.type} /> {object.name}
            </button>
          )}
        </p>
        {(detail?.edge ?? edge) && <EdgeFacts edge={(detail?.edge ?? edge) as GraphEdge} t={t} />}
      </header>
      {remote.isPending && <p className="loading" role="status">{t('detailsLoadingSources')}</p>}
      {remote.isError && <ErrorMessage error={remote.error} onRetry={() => void remote.refetch()} />}
      {detail && (
        <>
          {detail.conflicts.length > 0 && <Conflicts detail={detail} onSelect={actions.onSelect} t={t} language={language} />}
          <section>
            <h3>
              {t('detailsSources')} <span className="count">{publicationCount(t, groupByPublication(detail.evidence).length)}</span>
            </h3>
            {detail.evidence.length === 0 && <p className="muted">{t('detailsNoSource')}</p>}
            <ol className="evidence-list">
              {groupByPublication(detail.evidence).map(({ evidence: [evidence, ...copies] }) => evidence && (
                <li key={evidence.statementId} className="evidence">
                  {evidence.sentence ? (
                    <EvidenceQuote sentence={evidence.sentence} terms={terms} />
                  ) : (
                    <p className="muted small">{evidence.articleId ? t('detailsNoSentence') : t('detailsCuratedFact')}</p>
                  )}
                  <dl className="evidence-facts">
                    {evidence.articleId ? (
                      <div>
                        <dt>{t('detailsArticle')}</dt>
                        <dd>
                          <button type="button" className="link-button" onClick={() => evidence.articleId && actions.onOpenArticle(evidence.articleId)}>
                            {evidence.articleTitle ?? evidence.articleId}
                          </button>
                          {evidence.articleLanguage && <span className="muted small"> · {evidence.articleLanguage.toUpperCase()}</span>}
                          {evidence.articleUrl && (
                            <>
                              {' · '}
                              <a href={evidence.articleUrl} target="_blank" rel="noreferrer noopener">
                                {t('detailsOriginal')}
                              </a>
                            </>
                          )}
                        </dd>
                      </div>
                    ) : (
                      <div>
                        <dt>{t('detailsSource')}</dt>
                        <dd>
                          {evidence.sourceUrl ? (
                            <a href={evidence.sourceUrl} target="_blank" rel="noreferrer noopener">
                              {evidence.sourceName ?? evidence.sourceUrl}
                            </a>
                          ) : (
                            (evidence.sourceName ?? t('detailsCurated'))
                          )}
                        </dd>
                      </div>
                    )}
                    <Fact label={t('detailsPublished')} value={day(evidence.publishedAt)} />
                    <Fact label={t('detailsDate')} value={day(evidence.date) ?? period(day(evidence.validFrom), day(evidence.validTo), t('now'))} />
                    <Fact label={t('detailsAmount')} value={evidence.amount} />
                    <Fact label={t('detailsConfidence')} value={evidence.confidence.toFixed(2)} />
                    <Fact label={t('detailsRule')} value={evidence.rule} />
                    <Fact label={t('detailsFirstSeen')} value={day(evidence.firstSeen)} />
                  </dl>
                  {copies.length > 0 && <SameStory copies={copies} onOpenArticle={actions.onOpenArticle} />}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}

function Conflicts({ detail, onSelect, t, language }: { detail: EdgeDetail; onSelect(target: CanvasTarget): void; t: Translate; language: Language }) {
  return (
    <section className="conflicts" aria-label={t('detailsConflicts')}>
      <h3>{t('detailsConflicts')}</h3>
      <div className="side-by-side">
        <div className="conflict-card current">
          <p className="predicate-words">{predicateWords(detail.edge.predicate)}</p>
          <p className="muted small">
            {sourcesFromPublications(t, detail.edge.sources, detail.edge.publications)} · {edgeTimeWords(detail.edge, language) ?? t('undated')}
          </p>
        </div>
        {detail.conflicts.map((conflict) => (
          <button key={conflict.id} type="button" className="conflict-card" onClick={() => onSelect({ kind: 'edge', id: conflict.id })}>
            <p className="predicate-words">{predicateWords(conflict.predicate)}</p>
            <p className="muted small">
              {sourcesFromPublications(t, conflict.sources, conflict.publications)} · {edgeTimeWords(conflict, language) ?? t('undated')}
            </p>
          </button>
        ))}
      </div>
    </section>
  );
}

/** Confidence, "N sources from M publications" (copies of one story count once) and time. */
function EdgeFacts({ edge, t }: { edge: GraphEdge; t: Translate }) {
  const language = useLanguage();
  const time = edgeTimeWords(edge, language);
  return (
    <p className="edge-facts muted small">
      {t('detailsEdgeConfidence', { value: edge.confidence.toFixed(2) })} · {sourcesFromPublications(t, edge.sources, edge.publications)}
      {time && <> · {time}</>}
    </p>
  );
}

/** The other copies of a story quoted above: the same sentence, re-published; one line of titles. */
function SameStory({ copies, onOpenArticle }: { copies: readonly Evidence[]; onOpenArticle(id: string): void }) {
  const t = useMessages();
  return (
    <p className="same-story muted small">
      {t('sameStory')}{' '}
      {copies.map((copy, index) => (
        <Fragment key={copy.statementId}>
          {index > 0 && ' · '}
          {copy.articleId ? (
            <button type="button" className="link-button" onClick={() => copy.articleId && onOpenArticle(copy.articleId)}>
              {copy.articleTitle ?? copy.articleId}
            </button>
          ) : (
            (copy.sourceName ?? copy.statementId)
          )}
        </Fragment>
      ))}
    </p>
  );
}

function ConfidenceTag({ edge }: { edge: GraphEdge }) {
  return <span className={edge.confidence < 0.7 ? 'confidence low' : 'confidence'}>{edge.confidence.toFixed(2)}</span>;
}

/** "makes →" for what the entity does, "← makes" for what is done to it; symmetric ones plain. */
function groupHeading(predicate: Predicate, direction: string): string {
  const words = predicateWords(predicate);
  if (isPredicate(predicate) && 'symmetric' in PREDICATES[predicate]) return words;
  return direction === 'IN' ? `← ${words}` : `${words} →`;
}

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function period(from: string | undefined, to: string | undefined, now: string): string | null {
  if (!from && !to) return null;
  return `${from ?? '…'} → ${to ?? now}`;
}

/** A message whose `{name}` placeholders are elements (e.g. keys written as <kbd>). */
function withElements(text: string, elements: Record<string, ReactNode>): ReactNode[] {
  return text.split(/\{(\w+)\}/).map((part, index) => (index % 2 === 1 ? <Fragment key={index}>{elements[part] ?? `{${part}}`}</Fragment> : part));
}

function groupByPredicate(entity: EntityDetail, model: CanvasModel): Array<{ predicate: Predicate; count: number; drawn: number }> {
  const groups = new Map<Predicate, { count: number; drawn: number }>();
  for (const group of entity.relations) {
    const current = groups.get(group.predicate) ?? { count: 0, drawn: 0 };
    const drawn = group.edges.filter((detail) => model.edges.has(detail.edge.id)).length;
    // The group's total in the graph: a hub's panel lists its best supported relationships, not all of them.
    groups.set(group.predicate, { count: current.count + Math.max(group.total, group.edges.length), drawn: current.drawn + drawn });
  }
  return [...groups].map(([predicate, counts]) => ({ predicate, ...counts })).sort((a, b) => b.count - a.count);
}
