/** Controls over the canvas: undo/redo of expansions, zoom, fit, layout, and exports. */
import { useState } from 'react';
import { useMessages, type MessageKey } from '../i18n/messages.ts';
import { LAYOUT_NAMES, isLayoutName, type LayoutName } from '../graph/layouts.ts';

interface CanvasToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  empty: boolean;
  layout: LayoutName;
  onUndo(): void;
  onRedo(): void;
  onZoom(factor: number): void;
  onFit(): void;
  onLayout(layout: LayoutName): void;
  onExport(format: ExportFormat): void;
  onClear(): void;
}

export type ExportFormat = 'png' | 'svg' | 'json' | 'graphml' | 'gexf';

const EXPORTS: ReadonlyArray<{ format: ExportFormat; label: MessageKey; hint: MessageKey }> = [
  { format: 'png', label: 'exportPng', hint: 'exportPngHint' },
  { format: 'svg', label: 'exportSvg', hint: 'exportSvgHint' },
  { format: 'json', label: 'exportJson', hint: 'exportJsonHint' },
  { format: 'graphml', label: 'exportGraphml', hint: 'exportGraphmlHint' },
  { format: 'gexf', label: 'exportGexf', hint: 'exportGexfHint' },
];

const LAYOUT_WORDS: Record<LayoutName, MessageKey> = { fcose: 'layoutFcose', concentric: 'layoutConcentric', hierarchy: 'layoutHierarchy', grid: 'layoutGrid' };

export function CanvasToolbar(props: CanvasToolbarProps) {
  const [exportOpen, setExportOpen] = useState(false);
  const t = useMessages();
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('toolbarCanvas')}>
      <div className="tool-group">
        <button type="button" className="icon-button" onClick={props.onUndo} disabled={!props.canUndo} title={`${t('undo')} (Ctrl+Z)`} aria-label={t('undo')}>
          ↶
        </button>
        <button type="button" className="icon-button" onClick={props.onRedo} disabled={!props.canRedo} title={`${t('redo')} (Ctrl+Shift+Z)`} aria-label={t('redo')}>
          ↷
        </button>
      </div>
      <div className="tool-group">
        <button type="button" className="icon-button" onClick={() => props.onZoom(1.25)} disabled={props.empty} title={t('zoomIn')} aria-label={t('zoomIn')}>
          +
        </button>
        <button type="button" className="icon-button" onClick={() => props.onZoom(0.8)} disabled={props.empty} title={t('zoomOut')} aria-label={t('zoomOut')}>
          −
        </button>
        <button type="button" className="button small" onClick={props.onFit} disabled={props.empty} title={t('fitTitle')}>
          {t('fit')}
        </button>
      </div>
      <div className="tool-group">
        <label className="select-label">
          <span>{t('layout')}</span>
          <select value={props.layout} onChange={(event) => isLayoutName(event.target.value) && props.onLayout(event.target.value)}>
            {LAYOUT_NAMES.map((name) => (
              <option key={name} value={name}>
                {t(LAYOUT_WORDS[name])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="tool-group">
        <div className="menu-anchor">
          <button type="button" className="button small" aria-haspopup="menu" aria-expanded={exportOpen} onClick={() => setExportOpen((open) => !open)} disabled={props.empty}>
            {t('export')}
          </button>
          {exportOpen && (
            <ul className="menu" role="menu" aria-label={t('exportMenu')}>
              {EXPORTS.map((item) => (
                <li key={item.format} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    onClick={() => {
                      setExportOpen(false);
                      props.onExport(item.format);
                    }}
                  >
                    {t(item.label)} <span className="muted small">{t(item.hint)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <button type="button" className="button small" onClick={props.onClear} disabled={props.empty}>
          {t('clear')}
        </button>
      </div>
    </div>
  );
}
