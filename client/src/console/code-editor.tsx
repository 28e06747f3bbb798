/**
 * CodeMirror 6 editors of the console: the GraphQL editor (cm6-graphql fed the served schema:
 * autocomplete, lint, a hover tooltip and the docs of what is under the cursor) and the JSON
 * variables editor (lint by JSON.parse). Both are uncontrolled: `value` only seeds or replaces the
 * text when it changes from outside (an example, the history).
 */
import { useEffect, useRef } from 'react';
import { basicSetup, EditorView } from 'codemirror';
import { EditorState, Prec, type Extension } from '@codemirror/state';
import { hoverTooltip, keymap } from '@codemirror/view';
import { linter, type Diagnostic } from '@codemirror/lint';
import { graphql, updateSchema } from 'cm6-graphql';
import { getHoverInformation, offsetToPosition } from 'graphql-language-service';
import type { GraphQLSchema } from 'graphql';
import { currentLanguage } from '../i18n/language.ts';
import { message } from '../i18n/messages.ts';

/** Docs text of what is at `offset` in the query (field, argument, type), or null. */
export function docsAt(schema: GraphQLSchema, query: string, offset: number): string | null {
  try {
    const contents = getHoverInformation(schema, query, offsetToPosition(query, offset), undefined, { useMarkdown: false });
    const text = typeof contents === 'string' ? contents : Array.isArray(contents) ? contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n') : contents.value;
    return text.trim().length > 0 ? text.trim() : null;
  } catch {
    return null;
  }
}

const THEME = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', backgroundColor: '#fff' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace', lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: '#f7f8fa', color: '#4f5a6a', borderRight: '1px solid #d9dee6' },
  '.cm-tooltip.cm-docs-tooltip': { maxWidth: '420px', padding: '6px 8px', whiteSpace: 'pre-wrap', fontSize: '12px', lineHeight: '1.4' },
});

interface EditorProps {
  value: string;
  onChange(value: string): void;
  /** Ctrl-Enter / Cmd-Enter. */
  onRun(): void;
  label: string;
}

function useEditor(container: React.RefObject<HTMLDivElement | null>, props: EditorProps, extensions: () => Extension[]): React.RefObject<EditorView | null> {
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;
  useEffect(() => {
    if (!container.current) return;
    const editor = new EditorView({
      parent: container.current,
      state: EditorState.create({
        doc: latest.current.value,
        extensions: [
          Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (latest.current.onRun(), true) }])),
          basicSetup,
          THEME,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': latest.current.label }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
          ...extensions(),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once; later props arrive through `latest` and the effect below.
  }, []);
  // A value from outside (example, history) replaces the text.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== props.value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: props.value } });
    }
  }, [props.value]);
  return view;
}

export function GraphQLEditor(props: EditorProps & { schema: GraphQLSchema | null; onDocs(docs: string | null): void }) {
  const container = useRef<HTMLDivElement>(null);
  const schemaRef = useRef(props.schema);
  schemaRef.current = props.schema;
  const onDocs = useRef(props.onDocs);
  onDocs.current = props.onDocs;
  const view = useEditor(container, props, () => [
    graphql(props.schema ?? undefined),
    hoverTooltip((editor, pos) => {
      const schema = schemaRef.current;
      if (!schema) return null;
      const docs = docsAt(schema, editor.state.doc.toString(), pos + 1);
      if (!docs) return null;
      return {
        pos,
        above: true,
        create: () => {
          const dom = document.createElement('div');
          dom.className = 'cm-docs-tooltip';
          dom.textContent = docs; // text, never HTML
          return { dom };
        },
      };
    }),
    EditorView.updateListener.of((update) => {
      const schema = schemaRef.current;
      if (!schema || !(update.selectionSet || update.docChanged)) return;
      onDocs.current(docsAt(schema, update.state.doc.toString(), update.state.selection.main.head));
    }),
  ]);
  useEffect(() => {
    if (view.current && props.schema) updateSchema(view.current, props.schema);
  }, [props.schema, view]);
  return <div ref={container} className="code-editor" data-testid="query-editor" />;
}

function jsonDiagnostics(text: string): Diagnostic[] {
  if (text.trim() === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return [{ from: 0, to: text.length, severity: 'error', message: message(currentLanguage(), 'consoleVariablesObject') }];
    }
    return [];
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    const from = Math.min(at ? Number(at[1]) : 0, text.length);
    return [{ from, to: Math.min(from + 1, text.length), severity: 'error', message: (error as Error).message }];
  }
}

export function JsonEditor(props: EditorProps) {
  const container = useRef<HTMLDivElement>(null);
  useEditor(container, props, () => [linter((editor) => jsonDiagnostics(editor.state.doc.toString()), { delay: 300 })]);
  return <div ref={container} className="code-editor" data-testid="variables-editor" />;
}
