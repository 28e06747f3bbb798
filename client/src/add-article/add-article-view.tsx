/**
 * Add article: give one or several articles (pasted text, .txt/.md/.html files read in the browser,
 * URLs), analyse them (ingestArticle dry run), review what was found — mentions highlighted in the
 * text, relationships with their evidence — correct it, and commit with the write token. Then the
 * article's subgraph is drawn on the canvas with what it added highlighted.
 */
import { useEffect, useRef, useState } from 'react';
import type { ExploreHandle } from '../explore/explore-view.tsx';
import { fetchArticle, fetchSubgraph, type GraphEdge, type GraphNode } from '../api/explorer-api.ts';
import { readToken, saveToken } from './write-token.ts';
import { ingest, TOKEN_ERRORS, type ArticleInput, type IngestResult } from './ingest-request.ts';
import { fileProblem, readMetadata, type ArticleMetadata, type FileProblem } from './read-metadata.ts';
import { useLanguage, type Language } from '../i18n/language.ts';
import { useMessages, type MessageKey, type Translate } from '../i18n/messages.ts';
import { errorText } from '../explore/error-text.ts';
import { ArticleReview, correctionsOf, EMPTY_REVIEW, type Review } from './article-review.tsx';
import { keptReview } from './review-state.ts';
import type { OperationError } from '../console/run-operation.ts';
import './add-article.css';

export interface AddArticleViewProps {
  explore: React.RefObject<ExploreHandle | null>;
  showExplore(): void;
  active: boolean;
}

type Source = { kind: 'text'; text: string } | { kind: 'file'; name: string; base64: string; text: string } | { kind: 'url'; url: string };

type Phase = 'waiting' | 'analysing' | 'review' | 'committing' | 'done' | 'error';

export interface Item {
  key: string;
  label: string;
  source: Source;
  meta: ArticleMetadata;
  phase: Phase;
  preview?: IngestResult;
  /** True when the previewed article id is already in the graph. */
  known?: boolean;
  review: Review;
  outcome?: IngestResult;
  error?: OperationError;
}

const PHASE_LABELS: Record<Phase, MessageKey> = {
  waiting: 'addPhaseWaiting',
  analysing: 'addPhaseAnalysing',
  review: 'addPhaseReview',
  committing: 'addPhaseCommitting',
  done: 'addPhaseDone',
  error: 'addPhaseError',
};

const OUTCOME_LABELS: Record<string, MessageKey> = {
  CREATED: 'addOutcomeCreated',
  UPDATED: 'addOutcomeUpdated',
  UNCHANGED: 'addOutcomeUnchanged',
};

/** A failed item's status in the queue: what happened in words, or the code when it has none. */
function queueError(error: OperationError, language: Language): string {
  const text = errorText(error, language);
  return text.known ? text.title : error.code;
}

let counter = 0;
const nextKey = (): string => `item-${++counter}`;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function inputOf(item: Item): ArticleInput {
  const { source, meta } = item;
  const base: ArticleInput =
    source.kind === 'text' ? { text: source.text } : source.kind === 'file' ? { base64: source.base64, fileName: source.name } : { url: source.url };
  return {
    ...base,
    ...(meta.title.trim() ? { title: meta.title.trim() } : {}),
    ...(meta.date.trim() ? { publishedAt: meta.date.trim() } : {}),
    ...(meta.url.trim() && source.kind !== 'url' ? { url: meta.url.trim() } : {}),
  };
}

/** Why a file cannot be read, in words. */
function fileProblemText(problem: FileProblem | null, t: Translate): string | null {
  if (!problem) return null;
  if (problem.kind === 'type') return t('addFileType', { name: problem.name });
  if (problem.kind === 'size') return t('addFileSize', { name: problem.name, size: problem.megabytes.toFixed(1) });
  return t('addFileEmpty', { name: problem.name });
}

export default function AddArticleView({ explore, showExplore, active }: AddArticleViewProps) {
  const t = useMessages();
  const language = useLanguage();
  const [text, setText] = useState('');
  const [meta, setMeta] = useState<ArticleMetadata>({ title: '', date: '', url: '' });
  const [metaTouched, setMetaTouched] = useState(false);
  const [urls, setUrls] = useState('');
  const [items, setItems] = useState<Item[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [tokenPrompt, setTokenPrompt] = useState<{ reason: string } | null>(null);
  const [tokenText, setTokenText] = useState('');
  const [dragging, setDragging] = useState(false);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const pending = useRef<((token: string) => void) | null>(null);
  const tokenInput = useRef<HTMLInputElement>(null);

  // Title, date and URL follow the pasted text until the user edits them.
  useEffect(() => {
    if (!metaTouched) setMeta(text.trim() ? readMetadata(text) : { title: '', date: '', url: '' });
  }, [text, metaTouched]);

  useEffect(() => {
    if (tokenPrompt) tokenInput.current?.focus();
  }, [tokenPrompt]);

  const update = (key: string, patch: Partial<Item>): void => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  };

  /** Runs `task` with the stored token, or asks for one first. */
  function withToken(reason: string, task: (token: string) => void): void {
    const token = readToken();
    if (token) task(token);
    else {
      pending.current = task;
      setTokenPrompt({ reason });
    }
  }

  /** Asks for a token after the server refused one: the write token to commit, a read (or write) token to analyse where reads are guarded. */
  function tokenRefused(error: OperationError, retry: (token: string) => void, need: 'read' | 'write'): void {
    saveToken(null);
    pending.current = retry;
    const refused = error.code === 'FORBIDDEN';
    setTokenPrompt({
      reason: need === 'read'
        ? t('addReadToken', { code: error.code })
        : refused ? t('addTokenRefused') : t('addTokenNeeded'),
    });
  }

  async function addFiles(files: FileList | File[]): Promise<void> {
    const found: Item[] = [];
    const bad: string[] = [];
    for (const file of Array.from(files)) {
      const problem = fileProblemText(fileProblem(file), t);
      if (problem) {
        bad.push(problem);
        continue;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const content = new TextDecoder('utf-8').decode(bytes);
      found.push({ key: nextKey(), label: file.name, source: { kind: 'file', name: file.name, base64: toBase64(bytes), text: content }, meta: readMetadata(content), phase: 'waiting', review: EMPTY_REVIEW });
    }
    setProblems(bad);
    if (found.length > 0) setItems((current) => [...current, ...found]);
  }

  function queueInputs(): Item[] {
    const added: Item[] = [];
    if (text.trim()) {
      added.push({ key: nextKey(), label: meta.title.trim() || t('addPasted'), source: { kind: 'text', text }, meta, phase: 'waiting', review: EMPTY_REVIEW });
    }
    const bad: string[] = [];
    for (const line of urls.split(/\s+/).map((l) => l.trim()).filter(Boolean)) {
      if (!/^https?:\/\/\S+$/i.test(line)) {
        bad.push(t('addNotUrl', { line }));
        continue;
      }
      added.push({ key: nextKey(), label: line, source: { kind: 'url', url: line }, meta: { title: '', date: '', url: line }, phase: 'waiting', review: EMPTY_REVIEW });
    }
    setProblems(bad);
    return added;
  }

  function analyse(): void {
    const added = queueInputs();
    const all = [...itemsRef.current, ...added];
    setItems(all);
    if (added.length > 0) {
      setText('');
      setUrls('');
      setMetaTouched(false);
    }
    const waiting = all.filter((item) => item.phase === 'waiting' || item.phase === 'error');
    if (waiting.length === 0) return;
    // A dry run writes nothing: it needs no token unless this server guards reads.
    void analyseAll(waiting, readToken());
  }

  async function analyseAll(waiting: Item[], token: string | null): Promise<void> {
    for (const [index, item] of waiting.entries()) {
      setBusy(t('addAnalysingOf', { index: index + 1, count: waiting.length }));
      update(item.key, { phase: 'analysing' });
      const answer = await ingest(inputOf(item), true, token);
      if (!answer.ok) {
        if (TOKEN_ERRORS.has(answer.error.code)) {
          update(item.key, { phase: 'waiting' });
          setBusy(null);
          tokenRefused(answer.error, (next) => void analyseAll(waiting.slice(index), next), 'read');
          return;
        }
        update(item.key, { phase: 'error', error: answer.error });
        continue;
      }
      const preview = answer.result;
      const known = await articleExists(preview.articleId);
      const meta: ArticleMetadata = {
        title: item.meta.title || preview.title,
        // The date field holds a day; a dateline or metadata may give a time too.
        date: item.meta.date || (/^\d{4}-\d{2}-\d{2}/.exec(preview.publishedAt ?? '')?.[0] ?? ''),
        url: item.meta.url || (preview.url ?? ''),
      };
      const current = itemsRef.current.find((i) => i.key === item.key);
      const review = current?.preview ? keptReview(current.review, preview) : EMPTY_REVIEW;
      update(item.key, { phase: 'review', preview, known, meta, review, error: undefined });
      if (index === 0) setSelected(item.key);
    }
    setBusy(null);
  }

  function commit(keys: string[], showAfter: boolean): void {
    withToken(t('addCommitNeedsToken'), (token) => void commitAll(keys, token, showAfter));
  }

  async function commitAll(keys: string[], token: string, showAfter: boolean): Promise<void> {
    for (const [index, key] of keys.entries()) {
      const item = itemsRef.current.find((i) => i.key === key);
      if (!item?.preview) continue;
      setBusy(keys.length > 1 ? t('addCommittingOf', { index: index + 1, count: keys.length }) : t('addPhaseCommitting'));
      update(key, { phase: 'committing', error: undefined });
      // The fingerprint of the preview the corrections were chosen on: refused if the graph changed since.
      const answer = await ingest({ ...inputOf(item), corrections: correctionsOf(item.review), fingerprint: item.preview.fingerprint }, false, token);
      if (!answer.ok) {
        update(key, { phase: 'review', error: answer.error });
        if (TOKEN_ERRORS.has(answer.error.code)) {
          setBusy(null);
          tokenRefused(answer.error, (next) => void commitAll(keys.slice(index), next, showAfter), 'write');
          return;
        }
        continue;
      }
      update(key, { phase: 'done', outcome: answer.result, known: true });
      if (showAfter && keys.length === 1 && answer.result.status !== 'UNCHANGED') {
        setBusy(t('addDrawing'));
        await showOnCanvas(answer.result);
      }
    }
    setBusy(null);
  }

  async function showOnCanvas(result: IngestResult): Promise<void> {
    try {
      const { article } = await fetchArticle({ id: result.articleId });
      const nodes = new Map<string, GraphNode>();
      const edges: GraphEdge[] = [];
      for (const detail of article.edges) {
        nodes.set(detail.subject.id, detail.subject);
        nodes.set(detail.object.id, detail.object);
        edges.push(detail.edge);
      }
      showExplore(); // first, so that the layout and the fit see the canvas's real size
      // Highlighted: every relationship this article now supports (new edges or new sources of
      // known ones) and the entities it created.
      explore.current?.drawSubgraph([...nodes.values()], edges, {
        highlight: { nodeIds: result.addedEntities.filter((id) => nodes.has(id)), edgeIds: edges.map((edge) => edge.id) },
      });
    } catch (error) {
      setProblems([t('addNotDrawn', { message: (error as Error).message })]);
    }
  }

  function submitToken(event: React.FormEvent): void {
    event.preventDefault();
    const token = tokenText.trim();
    if (!token) return;
    saveToken(token);
    setTokenText('');
    setTokenPrompt(null);
    const task = pending.current;
    pending.current = null;
    task?.(token);
  }

  const current = items.find((item) => item.key === selected) ?? null;
  const reviewable = items.filter((item) => item.phase === 'review' && !item.error);
  const hasInput = text.trim() !== '' || urls.trim() !== '' || items.some((item) => item.phase === 'waiting' || item.phase === 'error');

  return (
    <main className="add-article" aria-label={t('addArticle')} hidden={!active}>
      <section className="intake" aria-label={t('addGive')}>
        <h1>{t('addHeading')}</h1>
        <label className="field">
          <span>{t('addPaste')}</span>
          <textarea value={text} onChange={(event) => setText(event.target.value)} rows={7} placeholder={t('addPastePlaceholder')} />
        </label>
        <div className="meta-fields">
          <label className="field">
            <span>{t('addTitle')}</span>
            <input value={meta.title} onChange={(event) => (setMetaTouched(true), setMeta({ ...meta, title: event.target.value }))} />
          </label>
          <div className="meta-row">
            <label className="field">
              <span>{t('addPublished')}</span>
              <input type="date" value={meta.date} onChange={(event) => (setMetaTouched(true), setMeta({ ...meta, date: event.target.value }))} />
            </label>
            <label className="field grow">
              <span>{t('addSourceUrl')}</span>
              <input type="url" value={meta.url} onChange={(event) => (setMetaTouched(true), setMeta({ ...meta, url: event.target.value }))} />
            </label>
          </div>
        </div>
        <label
          className={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(event) => (event.preventDefault(), setDragging(true))}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void addFiles(event.dataTransfer.files);
          }}
        >
          <input type="file" multiple accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" className="visually-hidden" onChange={(event) => event.target.files && void addFiles(event.target.files)} />
          <span className="drop-title">{t('addDrop')}</span>
          <span className="small">{t('addChoose')}</span>
        </label>
        <label className="field">
          <span>{t('addUrls')}</span>
          <textarea value={urls} onChange={(event) => setUrls(event.target.value)} rows={2} placeholder="https://…" />
        </label>
        <button type="button" className="button primary wide" onClick={analyse} disabled={!hasInput || busy !== null}>
          {t('addAnalyse')}
        </button>
        {problems.length > 0 && (
          <ul className="intake-problems" role="alert">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        {busy && (
          <p className="loading" role="status">
            <span className="spinner" aria-hidden="true" /> {busy}
          </p>
        )}
        {items.length > 0 && (
          <>
            <h2 className="queue-heading">
              {t('addQueueHeading')} <span className="count">{t('addQueueDone', { done: items.filter((i) => i.phase === 'done').length, count: items.length })}</span>
            </h2>
            <ol className="queue" aria-label={t('addQueue')}>
              {items.map((item) => (
                <li key={item.key}>
                  <button type="button" className="queue-item" aria-current={item.key === selected ? 'true' : undefined} onClick={() => setSelected(item.key)}>
                    <span className="queue-label">{item.outcome?.title ?? item.preview?.title ?? item.label}</span>
                    <span className={`queue-status phase-${item.phase}`} data-status={item.outcome?.status ?? item.phase}>
                      {item.outcome ? (OUTCOME_LABELS[item.outcome.status] ? t(OUTCOME_LABELS[item.outcome.status] as MessageKey) : item.outcome.status) : item.error ? queueError(item.error, language) : t(PHASE_LABELS[item.phase])}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
            {reviewable.length > 1 && (
              <button type="button" className="button wide" disabled={busy !== null} onClick={() => commit(reviewable.map((i) => i.key), false)}>
                {t('addCommitAll', { count: reviewable.length })}
              </button>
            )}
            <button type="button" className="link-button small" onClick={() => (setItems([]), setSelected(null))} disabled={busy !== null}>
              {t('addClearList')}
            </button>
          </>
        )}
      </section>

      <section className="review-area" aria-label={t('addReview')}>
        {tokenPrompt && (
          <form className="token-prompt" onSubmit={submitToken} aria-label={t('addTokenForm')}>
            <p className="token-reason" role="alert">
              {tokenPrompt.reason}
            </p>
            <label className="field">
              <span>{t('addTokenField')}</span>
              <input ref={tokenInput} type="password" autoComplete="off" value={tokenText} onChange={(event) => setTokenText(event.target.value)} />
            </label>
            <div className="tool-group">
              <button type="submit" className="button primary" disabled={!tokenText.trim()}>
                {t('addUseToken')}
              </button>
              <button type="button" className="button" onClick={() => ((pending.current = null), setTokenPrompt(null))}>
                {t('addCancel')}
              </button>
            </div>
          </form>
        )}
        {!current && !tokenPrompt && (
          <div className="review-empty">
            <h2>{t('addEmptyHeading')}</h2>
            <p>{t('addEmptyText')}</p>
          </div>
        )}
        {current && (
          <ArticleReview
            key={current.key}
            item={current}
            busy={busy !== null}
            onMeta={(next) => update(current.key, { meta: next })}
            onReview={(review: Review) => update(current.key, { review })}
            onCommit={() => commit([current.key], true)}
            onShow={() => current.outcome && void showOnCanvas(current.outcome)}
            onForgetToken={() => (saveToken(null), setTokenPrompt({ reason: t('addForgetToken') }))}
            onReanalyse={() => void analyseAll([current], readToken())}
          />
        )}
      </section>
    </main>
  );
}

/**
 * Whether the graph already holds the article: asked with `subgraph`, which leaves unknown ids out,
 * so a new article (the usual case) is not an error the browser logs as a failed request.
 */
async function articleExists(id: string): Promise<boolean> {
  try {
    const { subgraph } = await fetchSubgraph({ ids: [id] });
    return subgraph.nodes.some((node) => node.id === id);
  } catch {
    return false;
  }
}

