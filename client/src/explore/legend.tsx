/**
 * The canvas legend: the style of each node type and what edge width and dashes mean. It lies over
 * the canvas, so it folds into a small button (remembered in the browser) when it is in the way.
 */
import { useState } from 'react';
import { NODE_TYPES } from '../../../schema/vocabulary.ts';
import { TypeBadge } from './type-badge.tsx';

const FOLDED_KEY = 'chipgraph.legend-folded';

function readFolded(): boolean {
  try {
    return localStorage.getItem(FOLDED_KEY) === 'true';
  } catch {
    return false; // storage refused (private mode): the legend starts open
  }
}

export function Legend() {
  const [folded, setFolded] = useState(readFolded);
  const fold = (value: boolean): void => {
    setFolded(value);
    try {
      localStorage.setItem(FOLDED_KEY, String(value));
    } catch {
      // not remembered: it still folds for this page
    }
  };
  if (folded) {
    return (
      <button type="button" className="legend legend-folded" aria-expanded="false" onClick={() => fold(false)}>
        Legend
      </button>
    );
  }
  return (
    <section className="legend" aria-label="Legend">
      <button type="button" className="legend-fold" aria-expanded="true" aria-label="Hide the legend" title="Hide the legend" onClick={() => fold(true)}>
        ×
      </button>
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
