/**
 * The canvas legend: the style of each node type and what edge width and dashes mean. It lies over
 * the canvas, so it folds into a small button (remembered in the browser) when it is in the way.
 */
import { useState } from 'react';
import { NODE_TYPES } from '../../../schema/vocabulary.ts';
import { useMessages } from '../i18n/messages.ts';
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
  const t = useMessages();
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
      <button type="button" className="legend legend-folded" data-canvas-overlay aria-expanded="false" onClick={() => fold(false)}>
        {t('legend')}
      </button>
    );
  }
  return (
    <section className="legend" data-canvas-overlay aria-label={t('legend')}>
      <button type="button" className="legend-fold" aria-expanded="true" aria-label={t('legendHide')} title={t('legendHide')} onClick={() => fold(true)}>
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
          <span className="edge-sample thick" aria-hidden="true" /> {t('legendMoreSources')}
        </li>
        <li>
          <span className="edge-sample dashed" aria-hidden="true" /> {t('legendLowConfidence')}
        </li>
        <li>
          <span className="edge-sample bundle" aria-hidden="true" /> {t('legendBundle')}
        </li>
      </ul>
    </section>
  );
}
