/** The canvas legend: the style of each node type and what edge width and dashes mean. */
import { NODE_TYPES } from '../../../schema/vocabulary.ts';
import { TypeBadge } from './type-badge.tsx';

export function Legend() {
  return (
    <section className="legend" aria-label="Legend">
      <ul>
        {NODE_TYPES.map((type) => (
          <li key={type}>
            <TypeBadge type={type} withLabel />
          </li>
        ))}
      </ul>
      <ul className="legend-edges">
        <li>
          <span className="edge-sample thick" aria-hidden="true" /> more sources
        </li>
        <li>
          <span className="edge-sample dashed" aria-hidden="true" /> confidence &lt; 0.7
        </li>
      </ul>
    </section>
  );
}
