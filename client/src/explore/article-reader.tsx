/**
 * An article's text with the mentions highlighted by type. The text is split at the mention
 * offsets and rendered as React text nodes, never as HTML. Clicking a mention selects the entity
 * on the canvas, adding it when absent. Loaded lazily.
 */
import { formatDay, useLanguage } from '../i18n/language.ts';
import { typeLabel, useMessages } from '../i18n/messages.ts';
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ArticleView } from '../api/explorer-api.ts';
import { articleQuery } from '../api/query-client.ts';
import { NODE_STYLES } from '../graph/node-styles.ts';
import { predicateWords } from '../graph/to-elements.ts';
import { bodyStart } from '../text/front-matter.ts';
import { splitAtSpans } from '../text/text-segments.ts';
import { ErrorMessage } from './error-message.tsx';
import { TypeBadge } from './type-badge.tsx';

interface ArticleReaderProps {
  id: string;
  onClose(): void;
  onPickEntity(id: string): void;
  onPickEdge(id: string, subject: string, object: string): void;
}

export default function ArticleReader({ id, onClose, onPickEntity, onPickEdge }: ArticleReaderProps) {
  const remote = useQuery(articleQuery(id));
  const t = useMessages();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), [id]);
  return (
    <section className="article-reader" role="dialog" aria-modal="false" aria-labelledby="article-reader-title" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <header className="reader-header">
        <h2 id="article-reader-title">{remote.data?.title ?? t('typeArticle')}</h2>
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          {t('readerBack')}
        </button>
      </header>
      {remote.isPending && <p className="loading" role="status">{t('readerLoading')}</p>}
      {remote.isError && <ErrorMessage error={remote.error} onRetry={() => void remote.refetch()} />}
      {remote.isSuccess && <ArticleBody article={remote.data} onPickEntity={onPickEntity} onPickEdge={onPickEdge} />}
    </section>
  );
}

function ArticleBody({ article, onPickEntity, onPickEdge }: { article: ArticleView } & Pick<ArticleReaderProps, 'onPickEntity' | 'onPickEdge'>) {
  const start = bodyStart(article.text);
  const segments = splitAtSpans(
    article.text,
    article.mentions.map((mention) => ({ start: mention.start, end: mention.end, value: mention })),
  )
    .filter((segment) => segment.start + segment.text.length > start)
    .map((segment) => (segment.start < start ? { ...segment, text: segment.text.slice(start - segment.start), start } : segment));
  const types = [...new Set(article.mentions.map((m) => m.type))];
  const t = useMessages();
  const language = useLanguage();
  return (
    <div className="reader-body">
      <p className="muted small reader-meta">
        {article.publishedAt ? formatDay(article.publishedAt, language) : t('undated')} · {article.language.toUpperCase()} · {t('readerMentions', { count: article.mentions.length })}
        {article.url && (
          <>
            {' · '}
            <a href={article.url} target="_blank" rel="noreferrer noopener">
              {t('readerOriginal')}
            </a>
          </>
        )}
      </p>
      {types.length > 0 && (
        <p className="reader-legend">
          {types.map((type) => (
            <span key={type} className={`mention-sample mention-${type}`}>
              <TypeBadge type={type} withLabel />
            </span>
          ))}
          <span className="muted small">{t('readerHint')}</span>
        </p>
      )}
      <div className={article.edges.length > 0 ? 'reader-columns' : 'reader-columns single'}>
        <article className="article-text" lang={article.language}>
          {segments.map((segment) =>
            segment.span ? (
              <button
                key={segment.start}
                type="button"
                className={`mention mention-${segment.span.value.type}`}
                style={{ ['--mention-color' as string]: NODE_STYLES[segment.span.value.type].color }}
                title={t('readerShow', { type: typeLabel(t, segment.span.value.type) })}
                data-entity={segment.span.value.entityId}
                onClick={() => onPickEntity(segment.span?.value.entityId ?? '')}
              >
                {segment.text}
              </button>
            ) : (
              <span key={segment.start}>{segment.text}</span>
            ),
          )}
        </article>
        {article.edges.length > 0 && (
          <aside className="reader-edges" aria-label={t('readerEdges')}>
            <h3>{t('readerEdgesHeading')}</h3>
            <ul>
              {article.edges.map((detail) => (
                <li key={detail.edge.id}>
                  <button type="button" className="relation-link" onClick={() => onPickEdge(detail.edge.id, detail.subject.id, detail.object.id)}>
                    {detail.subject.name} <span className="predicate-words">{predicateWords(detail.edge.predicate, language)}</span> {detail.object.name}
                  </button>
                </li>
              ))}
            </ul>
          </aside>
        )}
      </div>
    </div>
  );
}
