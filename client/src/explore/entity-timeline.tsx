/**
 * The timeline of an entity or a policy: its policy dates, its dated relationships and every
 * sentence an article said about it, in order, each with its article. Loaded when opened.
 */
import { formatDay, useLanguage } from '../i18n/language.ts';
import { useMessages, type MessageKey } from '../i18n/messages.ts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchTimeline } from '../api/explorer-api.ts';
import { ErrorMessage } from './error-message.tsx';
import { parseEdgeId } from '../../../schema/edge-id.ts';
import { predicateWords } from '../graph/to-elements.ts';

/** Events one timeline shows. */
const TIMELINE_LIMIT = 200;

const KIND_WORDS: Record<string, MessageKey> = { POLICY: 'timelinePolicy', RELATIONSHIP: 'timelineFact', STATEMENT: 'timelineReported', ARTICLE: 'timelineArticle' };

interface EntityTimelineProps {
  id: string;
  onOpenArticle(id: string): void;
  onShowEdge(id: string): void;
}

export function EntityTimeline({ id, onOpenArticle, onShowEdge }: EntityTimelineProps) {
  const [open, setOpen] = useState(false);
  const t = useMessages();
  const language = useLanguage();
  const events = useQuery({
    queryKey: ['timeline', id],
    queryFn: ({ signal }) => fetchTimeline({ ids: [id], limit: TIMELINE_LIMIT }, signal).then((data) => data.timeline),
    enabled: open,
  });
  return (
    <section className="entity-timeline">
      <h3>
        <button type="button" className="disclosure" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
          {open ? '▾' : '▸'} {t('timeline')}
        </button>
      </h3>
      {open && events.isPending && <p className="loading" role="status">{t('timelineLoading')}</p>}
      {open && events.isError && <ErrorMessage error={events.error} onRetry={() => void events.refetch()} />}
      {open && events.data?.length === 0 && <p className="muted small">{t('timelineNone')}</p>}
      {open && events.data && events.data.length > 0 && (
        <ol className="timeline-list" aria-label={t('timeline')}>
          {events.data.map((event, index) => (
            <li key={`${event.date}-${event.kind}-${event.edgeId ?? event.nodeId ?? event.articleId}-${index}`} className={`timeline-event ${event.kind.toLowerCase()}`}>
              <span className="timeline-date">{formatDay(event.date, language)}</span>
              <span className="timeline-kind muted small">{KIND_WORDS[event.kind] ? t(KIND_WORDS[event.kind] as MessageKey) : event.kind.toLowerCase()}</span>
              {event.sentence && <q className="timeline-sentence">{event.sentence}</q>}
              <span className="timeline-links">
                {event.articleId ? (
                  <button type="button" className="link-button" onClick={() => event.articleId && onOpenArticle(event.articleId)}>
                    {event.label}
                  </button>
                ) : event.edgeId ? (
                  <button type="button" className="link-button" onClick={() => event.edgeId && onShowEdge(event.edgeId)}>
                    {event.label}
                  </button>
                ) : (
                  <span>{event.label}</span>
                )}
                {event.kind === 'STATEMENT' && event.edgeId && (
                  <button type="button" className="link-button small" onClick={() => event.edgeId && onShowEdge(event.edgeId)}>
                    {t('timelineRelationship', { words: predicateWords(parseEdgeId(event.edgeId)?.predicate ?? '', language) })}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
