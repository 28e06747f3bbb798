/** A node type's glyph in its colour, as in the canvas and the legend. */
import type { NodeType } from '../api/generated.ts';
import { NODE_STYLES } from '../graph/node-styles.ts';

export function TypeBadge({ type, withLabel = false }: { type: NodeType; withLabel?: boolean }) {
  const style = NODE_STYLES[type];
  return (
    <span className="type-badge" title={style.label}>
      <span className={`type-glyph shape-${style.shape}`} style={{ backgroundColor: style.color }} aria-hidden="true">
        {style.glyph}
      </span>
      {withLabel ? <span className="type-label">{style.label}</span> : <span className="visually-hidden">{style.label}</span>}
    </span>
  );
}
