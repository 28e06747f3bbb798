/**
 * "How is A connected to B?": two entity pickers, the shortest paths drawn on the canvas
 * (highlighted) and listed, each step in words, the best supported and least hub-bound first
 * (rank-paths.ts). Loaded lazily.
 */
import { useState } from 'react';
import { fetchPaths, type PathsResult, type SearchHit } from '../api/explorer-api.ts';
import { asRequestError, type GraphQLRequestError } from '../api/graphql-client.ts';
import type { CanvasModel } from '../graph/canvas-model.ts';
import type { GraphFilters } from '../graph/graph-filters.ts';
import { predicateWords } from '../graph/to-elements.ts';
import { useLanguage } from '../i18n/language.ts';
import { useMessages } from '../i18n/messages.ts';
import { ErrorMessage } from './error-message.tsx';
import { rankPaths } from './rank-paths.ts';
import { SearchBox } from './search-box.tsx';
import { TypeBadge } from './type-badge.tsx';

interface PathsPanelProps {
  paths: PathsResult | null;
  pathIndex: number | null;
  model: CanvasModel;
  filters: GraphFilters;
  onPaths(paths: PathsResult | null): void;
  onPathIndex(index: number | null): void;
}

/** Longest path asked for, in relationships. */
const MAX_LENGTH = 4;

export default function PathsPanel({ paths, pathIndex, model, filters, onPaths, onPathIndex }: PathsPanelProps) {
  const [from, setFrom] = useState<SearchHit | null>(null);
  const [to, setTo] = useState<SearchHit | null>(null);
  const [status, setStatus] = useState<{ kind: 'idle' } | { kind: 'loading' } | { kind: 'error'; error: GraphQLRequestError }>({ kind: 'idle' });
  const t = useMessages();
  const language = useLanguage();

  async function find(): Promise<void> {
    if (!from || !to) return;
    setStatus({ kind: 'loading' });
    try {
      const predicates = filters.predicates.filter((p) => p !== 'MENTIONS');
      const data = await fetchPaths({ from: from.id, to: to.id, maxLength: MAX_LENGTH, limit: 5, ...(predicates.length > 0 ? { predicates } : {}) });
      setStatus({ kind: 'idle' });
      onPaths(rankPaths(data.paths));
    } catch (error) {
      setStatus({ kind: 'error', error: asRequestError(error) });
    }
  }

  const names = new Map<string, { name: string; type: SearchHit['type'] }>([
    ...[...model.nodes.values()].map((n) => [n.id, n] as const),
    ...(paths?.graph.nodes ?? []).map((n) => [n.id, n] as const),
  ]);
  const edges = new Map((paths?.graph.edges ?? []).map((e) => [e.id, e] as const));

  return (
    <div className="paths-panel">
      <div className="panel-heading">
        <h2>{t('paths')}</h2>
        {paths && (
          <button type="button" className="link-button" onClick={() => onPaths(null)}>
            {t('pathsClear')}
          </button>
        )}
      </div>
      <p className="muted small">{t('pathsIntro', { max: MAX_LENGTH })}</p>
      <SearchBox label={t('pathsFrom')} placeholder={t('pathsFromPlaceholder')} keepPicked onPick={setFrom} className="compact" />
      <SearchBox label={t('pathsTo')} placeholder={t('pathsToPlaceholder')} keepPicked onPick={setTo} className="compact" />
      <button type="button" className="button primary wide" disabled={!from || !to || status.kind === 'loading'} onClick={() => void find()}>
        {status.kind === 'loading' ? t('pathsFinding') : t('pathsFind')}
      </button>
      {status.kind === 'error' && <ErrorMessage error={status.error} onRetry={() => void find()} />}
      {paths && paths.paths.length === 0 && (
        <p className="empty-note" role="status">
          {t(filters.predicates.length > 0 ? 'pathsNoneFiltered' : 'pathsNone', { max: MAX_LENGTH })}
        </p>
      )}
      {paths?.cut && (
        <p className="empty-note" role="status">
          {t('pathsCut')}
        </p>
      )}
      {paths && paths.paths.length > 0 && (
        <ol className="path-list" aria-label={t('pathsList')}>
          {paths.paths.map((path, index) => (
            <li key={path.edgeIds.join('>')}>
              <button
                type="button"
                className={pathIndex === index ? 'path-item active' : 'path-item'}
                aria-pressed={pathIndex === index}
                onClick={() => onPathIndex(pathIndex === index ? null : index)}
              >
                <span className="path-length">{path.length === 1 ? t('pathsOneStep') : t('pathsSteps', { count: path.length })}</span>
                <span className="path-steps">
                  {path.nodeIds.map((id, step) => {
                    const node = names.get(id);
                    const edge = path.edgeIds[step] ? edges.get(path.edgeIds[step] ?? '') : undefined;
                    const forward = edge ? edge.source === id : true;
                    return (
                      <span key={`${id}-${step}`} className="path-step">
                        <span className="path-node">
                          {node && <TypeBadge type={node.type} />} {node?.name ?? id}
                        </span>
                        {edge && (
                          <span className="path-edge">
                            {forward ? '—' : '←'} {predicateWords(edge.predicate, language)} {forward ? '→' : '—'}
                          </span>
                        )}
                      </span>
                    );
                  })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
