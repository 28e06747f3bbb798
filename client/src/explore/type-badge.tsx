/** A node type's glyph in its colour, as in the canvas and the legend. */
import type { NodeType } from '../api/generated.ts';
import { NODE_STYLES } from '../graph/node-styles.ts';
import { typeLabel, useMessages } from '../i18n/messages.ts';

export function TypeBadge({ type, withLabel = false }: { type: NodeType; withLabel?: boolean }) {
  const style = NODE_STYLES[type];
  const label = typeLabel(useMessages(), type);
  return (
    <span className="type-badge" title={label}>
      <span className={`type-glyph shape-${style.shape}`} style={{ backgroundColor: style.color }} aria-hidden="true">
        {style.glyph}
      </span>
      {withLabel ? <span className="type-label">{label}</span> : <span className="visually-hidden">{label}</span>}
    </span>
  );
}
