/** Controls over the canvas: undo/redo of expansions, zoom, fit, layout, and exports. */
import { LAYOUT_LABELS, LAYOUT_NAMES, isLayoutName, type LayoutName } from '../graph/layouts.ts';

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
  onExportPng(): void;
  onExportJson(): void;
  onClear(): void;
}

export function CanvasToolbar(props: CanvasToolbarProps) {
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
      <div className="tool-group">
        <button type="button" className="icon-button" onClick={props.onUndo} disabled={!props.canUndo} title="Undo (Ctrl+Z)" aria-label="Undo">
          ↶
        </button>
        <button type="button" className="icon-button" onClick={props.onRedo} disabled={!props.canRedo} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">
          ↷
        </button>
      </div>
      <div className="tool-group">
        <button type="button" className="icon-button" onClick={() => props.onZoom(1.25)} disabled={props.empty} title="Zoom in" aria-label="Zoom in">
          +
        </button>
        <button type="button" className="icon-button" onClick={() => props.onZoom(0.8)} disabled={props.empty} title="Zoom out" aria-label="Zoom out">
          −
        </button>
        <button type="button" className="button small" onClick={props.onFit} disabled={props.empty} title="Fit the graph in view (F)">
          Fit
        </button>
      </div>
      <div className="tool-group">
        <label className="select-label">
          <span>Layout</span>
          <select value={props.layout} onChange={(event) => isLayoutName(event.target.value) && props.onLayout(event.target.value)}>
            {LAYOUT_NAMES.map((name) => (
              <option key={name} value={name}>
                {LAYOUT_LABELS[name]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="tool-group">
        <button type="button" className="button small" onClick={props.onExportPng} disabled={props.empty}>
          PNG
        </button>
        <button type="button" className="button small" onClick={props.onExportJson} disabled={props.empty}>
          JSON
        </button>
        <button type="button" className="button small" onClick={props.onClear} disabled={props.empty}>
          Clear
        </button>
      </div>
    </div>
  );
}
