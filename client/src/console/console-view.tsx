/**
 * The query console: GraphQL with the served schema (autocomplete, lint, docs), variables, run
 * with Ctrl-Enter, history, the JSON answer with its errors and their codes, a library of example
 * queries, "Draw" (the answer's entities and relationships onto the explorer's canvas) and
 * "Copy as query" (the canvas as a query). Loaded lazily with its editor.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GraphQLSchema } from 'graphql';
import type { ExploreHandle } from '../explore/explore-view.tsx';
import { asRequestError, GRAPHQL_ENDPOINT, type GraphQLRequestError } from '../api/graphql-client.ts';
import { readToken } from '../add-article/write-token.ts';
import { addTypename } from './add-typename.ts';
import { GraphQLEditor, JsonEditor } from './code-editor.tsx';
import { DEFAULT_QUERY, EXAMPLE_QUERIES, type ExampleQuery } from './example-queries.ts';
import { loadSchema } from './load-schema.ts';
import { historyLabel, pushHistory, readHistory, writeHistory, type HistoryEntry } from './query-history.ts';
import { queryFromCanvas } from './query-from-canvas.ts';
import { resultToGraph } from './result-to-graph.ts';
import { runOperation, type OperationResult } from './run-operation.ts';
import { currentLanguage, useLanguage } from '../i18n/language.ts';
import { message, useMessages } from '../i18n/messages.ts';
import './console.css';

/** Characters of JSON shown at most; the rest is cut with a note (the browser stays responsive). */
const RESULT_DISPLAY_LIMIT = 200_000;
const DRAFT_KEY = 'chipgraph.console.draft';

export interface ConsoleViewProps {
  explore: React.RefObject<ExploreHandle | null>;
  showExplore(): void;
}

type Outcome = { status: 'idle' } | { status: 'running' } | { status: 'done'; result: OperationResult } | { status: 'invalid'; message: string };

function readDraft(): { query: string; variables: string } {
  try {
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as { query?: unknown; variables?: unknown } | null;
    if (draft && typeof draft.query === 'string' && typeof draft.variables === 'string') return { query: draft.query, variables: draft.variables };
  } catch {
    // no draft
  }
  return { query: DEFAULT_QUERY, variables: '{}\n' };
}

export default function ConsoleView({ explore, showExplore }: ConsoleViewProps) {
  const t = useMessages();
  const language = useLanguage();
  const [initial] = useState(readDraft);
  const [query, setQuery] = useState(initial.query);
  const [variables, setVariables] = useState(initial.variables);
  const [schema, setSchema] = useState<GraphQLSchema | null>(null);
  const [schemaError, setSchemaError] = useState<GraphQLRequestError | null>(null);
  const [docs, setDocs] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const [history, setHistory] = useState<HistoryEntry[]>(() => readHistory());
  const [withTypename, setWithTypename] = useState(true);
  const [drawNote, setDrawNote] = useState<string | null>(null);
  const [canvasQuery, setCanvasQuery] = useState<{ text: string; copied: boolean } | null>(null);
  const current = useRef({ query, variables, withTypename });
  current.current = { query, variables, withTypename };
  const abort = useRef<AbortController | null>(null);

  const fetchSchema = useCallback(() => {
    setSchemaError(null);
    loadSchema().then(setSchema, (error: unknown) => setSchemaError(asRequestError(error)));
  }, []);
  useEffect(fetchSchema, [fetchSchema]);

  // The draft survives a reload.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      try {
        localStorage.setItem(DRAFT_KEY, JSON.stringify({ query, variables }));
      } catch {
        // storage full or disabled
      }
    }, 400);
    return () => window.clearTimeout(timer);
  }, [query, variables]);

  const run = useCallback(async () => {
    const { query: text, variables: variablesText, withTypename: typed } = current.current;
    let parsed: Record<string, unknown> = {};
    if (variablesText.trim() !== '') {
      try {
        const value: unknown = JSON.parse(variablesText);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(message(currentLanguage(), 'consoleVariablesObject'));
        parsed = value as Record<string, unknown>;
      } catch (error) {
        setOutcome({ status: 'invalid', message: message(currentLanguage(), 'consoleVariablesInvalid', { reason: (error as Error).message }) });
        return;
      }
    }
    let sent = text;
    // Where the server's error locations lie in the text as written (the sent copy has __typename).
    let toOriginal = (location: { line: number; column: number }) => location;
    if (typed) {
      try {
        const withTypename = addTypename(text);
        sent = withTypename.text;
        toOriginal = withTypename.toOriginal;
      } catch {
        sent = text; // a syntax error: the server will say where
      }
    }
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setOutcome({ status: 'running' });
    setDrawNote(null);
    try {
      const answer = await runOperation(sent, parsed, { token: readToken(), signal: controller.signal });
      const result = { ...answer, errors: answer.errors.map((error) => (error.locations ? { ...error, locations: error.locations.map(toOriginal) } : error)) };
      setOutcome({ status: 'done', result });
      setHistory((entries) => {
        const next = pushHistory(entries, { query: text, variables: variablesText, at: new Date().toISOString() });
        writeHistory(next);
        return next;
      });
    } catch (error) {
      if ((error as Error).name !== 'AbortError') setOutcome({ status: 'invalid', message: (error as Error).message });
    }
  }, []);

  function load(entry: { query: string; variables: string }): void {
    setQuery(entry.query);
    setVariables(entry.variables);
    setOutcome({ status: 'idle' });
    setDrawNote(null);
  }

  function draw(): void {
    if (outcome.status !== 'done') return;
    const graph = resultToGraph(outcome.result.data);
    if (graph.nodes.length === 0) {
      setDrawNote(
        graph.untyped > 0
          ? t('consoleNothingUntyped', { count: graph.untyped })
          : t('consoleNothing'),
      );
      return;
    }
    // The canvas shows first, so that the layout and the fit see its real size.
    showExplore();
    explore.current?.drawSubgraph(graph.nodes, graph.edges, {
      highlight: { nodeIds: graph.nodes.map((n) => n.id), edgeIds: graph.edges.map((e) => e.id) },
    });
  }

  async function copyCanvas(): Promise<void> {
    const view = explore.current?.canvasView() ?? { nodes: [], edges: [] };
    const text = queryFromCanvas(view.nodes, view.edges);
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      copied = false;
    }
    setCanvasQuery({ text, copied });
  }

  const result = outcome.status === 'done' ? outcome.result : null;
  const json = result?.data !== undefined && result?.data !== null ? JSON.stringify(result.data, null, 2) : '';
  const drawable = result ? resultToGraph(result.data) : null;

  return (
    <main className="console" aria-label={t('consoleLabel')}>
      <aside className="console-library" aria-label={t('consoleLibrary')}>
        <h2>{t('consoleExamples')}</h2>
        <ul className="example-list">
          {EXAMPLE_QUERIES.map((example: ExampleQuery) => (
            <li key={example.id}>
              <button type="button" className="example-button" onClick={() => load(example)} title={example.description[language]}>
                <span className="example-title">{example.title[language]}</span>
                <span className="example-description">{example.description[language]}</span>
              </button>
            </li>
          ))}
        </ul>
        <h2 className="history-heading">
          {t('consoleHistory')} <span className="count">{history.length}</span>
        </h2>
        {history.length === 0 ? (
          <p className="muted small">{t('consoleHistoryEmpty')}</p>
        ) : (
          <ol className="history-list" aria-label={t('consoleHistory')}>
            {history.map((entry) => (
              <li key={`${entry.at}-${entry.query.length}`}>
                <button type="button" className="history-button" onClick={() => load(entry)}>
                  <span className="history-query">{historyLabel(entry.query)}</span>
                  <time className="muted small" dateTime={entry.at}>
                    {new Date(entry.at).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB')}
                  </time>
                </button>
              </li>
            ))}
          </ol>
        )}
        {history.length > 0 && (
          <button type="button" className="link-button small" onClick={() => (writeHistory([]), setHistory([]))}>
            {t('consoleClearHistory')}
          </button>
        )}
      </aside>

      <section className="console-editors" aria-label={t('consoleQuery')}>
        <div className="console-toolbar">
          <button type="button" className="button primary" onClick={() => void run()} disabled={outcome.status === 'running'} aria-keyshortcuts="Control+Enter">
            ▶ {t('consoleRun')} <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </button>
          <label className="check small" title={t('consoleTypenameTitle')}>
            <input type="checkbox" checked={withTypename} onChange={(event) => setWithTypename(event.target.checked)} /> {t('consoleTypename')}
          </label>
          <span className="schema-status small" role="status">
            {schema ? t('consoleSchemaLoaded') : schemaError ? '' : t('consoleSchemaLoading')}
          </span>
          <a className="graphiql-link small" href={GRAPHQL_ENDPOINT} target="_blank" rel="noreferrer">
            {t('consoleGraphiql')}
          </a>
        </div>
        {schemaError && (
          <div className="error-message compact" role="alert">
            <p className="error-title">{t('consoleSchemaError')}</p>
            <p className="error-detail">{schemaError.message}</p>
            <button type="button" className="button small" onClick={fetchSchema}>
              {t('retry')}
            </button>
          </div>
        )}
        <div className="query-pane">
          <GraphQLEditor label={t('consoleQueryEditor')} value={query} onChange={setQuery} onRun={() => void run()} schema={schema} onDocs={setDocs} />
        </div>
        <h3 className="variables-heading" id="variables-label">
          {t('consoleVariables')}
        </h3>
        <div className="variables-pane">
          <JsonEditor label={t('consoleVariables')} value={variables} onChange={setVariables} onRun={() => void run()} />
        </div>
        <section className="docs-panel" aria-label={t('consoleDocs')} aria-live="polite">
          <h3>{t('consoleDocs')}</h3>
          <p className="docs-text">{docs ?? t('consoleDocsHint')}</p>
        </section>
      </section>

      <section className="console-result" aria-label={t('consoleResult')}>
        <div className="console-toolbar">
          <button type="button" className="button" onClick={draw} disabled={!drawable || drawable.nodes.length === 0} title={t('consoleDrawTitle')}>
            {drawable && drawable.nodes.length > 0 ? t('consoleDrawCount', { nodes: drawable.nodes.length, edges: drawable.edges.length }) : t('consoleDraw')}
          </button>
          <button type="button" className="button" onClick={() => void copyCanvas()} title={t('consoleCopyTitle')}>
            {t('consoleCopy')}
          </button>
          {result && (
            <span className="muted small result-meta">
              HTTP {result.status || '—'} · {Math.round(result.ms)} ms
            </span>
          )}
        </div>
        {drawNote && (
          <p className="console-note" role="status">
            {drawNote}
          </p>
        )}
        {canvasQuery && (
          <div className="canvas-query" role="region" aria-label={t('consoleCanvasQuery')}>
            <p className="small">
              {canvasQuery.copied ? t('consoleCopied') : t('consoleCopyByHand')} {t('consoleCopyThen')}
            </p>
            <pre className="canvas-query-text" tabIndex={0}>{canvasQuery.text}</pre>
            <div className="tool-group">
              <button type="button" className="button small primary" onClick={() => (load({ query: canvasQuery.text, variables: '{}\n' }), setCanvasQuery(null))}>
                {t('consoleOpenEditor')}
              </button>
              <button type="button" className="button small" onClick={() => setCanvasQuery(null)}>
                {t('consoleClose')}
              </button>
            </div>
          </div>
        )}
        <div className="result-body">
          {outcome.status === 'idle' && <p className="muted">{t('consoleIdle')}</p>}
          {outcome.status === 'running' && (
            <p className="loading" role="status">
              <span className="spinner" aria-hidden="true" /> {t('consoleRunning')}
            </p>
          )}
          {outcome.status === 'invalid' && (
            <div className="error-message compact" role="alert" data-code="BAD_VARIABLES">
              <p className="error-title">{outcome.message}</p>
            </div>
          )}
          {result && result.errors.length > 0 && (
            <ul className="result-errors" role="alert" aria-label={t('consoleErrors')}>
              {result.errors.map((error, index) => (
                <li key={index} className="result-error">
                  <code className="error-code">{error.code}</code> {error.message}
                  {error.path && <span className="muted small"> {t('consoleAt', { path: error.path.join('.') })}</span>}
                  {error.locations?.[0] && (
                    <span className="muted small">
                      {' '}
                      {t('consoleLine', { line: error.locations[0].line, column: error.locations[0].column })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {result && json && (
            <pre className="result-json" tabIndex={0} aria-label={t('consoleJson')} data-testid="result-json">
              {json.length > RESULT_DISPLAY_LIMIT ? `${json.slice(0, RESULT_DISPLAY_LIMIT)}\n${t('consoleMore', { count: json.length - RESULT_DISPLAY_LIMIT })}` : json}
            </pre>
          )}
        </div>
      </section>
    </main>
  );
}
