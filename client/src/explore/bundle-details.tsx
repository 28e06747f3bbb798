/**
 * The right-hand panel when a bundle is selected: the relationships between two nodes that the
 * canvas draws as one edge ("3 relationships"), each with its sources and time; picking one
 * selects it (the canvas draws the bundle open meanwhile) and shows its sources.
 */
import { edgeTimeWords } from '../graph/graph-filters.ts';
import type { CanvasModel } from '../graph/canvas-model.ts';
import { parseBundleId, predicateWords } from '../graph/to-elements.ts';
import type { CanvasTarget } from '../graph/use-cytoscape.ts';
import { useLanguage } from '../i18n/language.ts';
import { sourcesFromPublications, useMessages } from '../i18n/messages.ts';
import { bundleMembers } from './explore-state.ts';
import { TypeBadge } from './type-badge.tsx';

interface BundleDetailsProps {
  id: string;
  model: CanvasModel;
  onSelect(target: CanvasTarget): void;
}

export function BundleDetails({ id, model, onSelect }: BundleDetailsProps) {
  const t = useMessages();
  const language = useLanguage();
  const members = bundleMembers(model, id)
    .map((edgeId) => model.edges.get(edgeId))
    .filter((edge) => edge !== undefined)
    .sort((x, y) => y.sources - x.sources || y.confidence - x.confidence);
  // The two nodes in the order of the best supported relationship ("between NVIDIA and H20").
  const ends = parseBundleId(id);
  const first = members[0]?.source ?? ends?.a;
  const a = first ? model.nodes.get(first) : undefined;
  const b = ends ? model.nodes.get(first === ends.a ? ends.b : ends.a) : undefined;
  const name = (nodeId: string): string => model.nodes.get(nodeId)?.name ?? nodeId;
  return (
    <div className="details bundle-details">
      <header className="details-header">
        <h2>{t('bundleHeading', { count: members.length })}</h2>
        {a && b && (
          <p className="edge-statement">
            {t('bundleBetween', { a: a.name, b: b.name })}
          </p>
        )}
      </header>
      <p className="muted small">{t('bundleHint')}</p>
      <ul className="bundle-members" aria-label={t('bundleHeading', { count: members.length })}>
        {members.map((edge) => {
          const subject = model.nodes.get(edge.source);
          return (
            <li key={edge.id}>
              <button type="button" className="relation-link" onClick={() => onSelect({ kind: 'edge', id: edge.id })}>
                {subject && <TypeBadge type={subject.type} />}
                <span>
                  {name(edge.source)} <span className="predicate-words">{predicateWords(edge.predicate, language)}</span> {name(edge.target)}
                </span>
                <span className="count">
                  {sourcesFromPublications(t, edge.sources, edge.publications)} · {edgeTimeWords(edge, language) ?? t('undated')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
