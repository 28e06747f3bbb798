/**
 * The time bar under the canvas: a histogram of the drawn facts (edges) by month of their own time
 * (`edgeTime`), with the window drawn over it. Dragging across the histogram picks a window,
 * "As of" shows what held on one day, the date fields set either end, "All time" clears it. The
 * window is applied once the drag ends, so each choice is one step of the history.
 */
import { useMemo, useRef, useState, type PointerEvent } from 'react';
import type { GraphEdge } from '../api/explorer-api.ts';
import { edgeTime, hasTimeWindow, type GraphFilters } from '../graph/graph-filters.ts';
import { formatDay, useLanguage } from '../i18n/language.ts';
import { useMessages } from '../i18n/messages.ts';

const MONTH_MS = 30.44 * 86_400_000;
/** Height of the histogram in px. */
const HEIGHT = 36;

interface TimeBarProps {
  edges: readonly GraphEdge[];
  filters: GraphFilters;
  /** Earliest and latest dates of the whole graph, used when nothing dated is drawn. */
  firstDate: string | null;
  lastDate: string | null;
  onChange(filters: GraphFilters): void;
}

const monthOf = (iso: string): string => iso.slice(0, 7);
const monthStart = (month: string): number => Date.parse(`${month}-01T00:00:00Z`);
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Month buckets from the first to the last dated fact, each with the facts that start in it. */
export function factHistogram(edges: readonly GraphEdge[], fallback: { first: string | null; last: string | null }): { months: string[]; counts: number[] } {
  const dated = edges
    .map((edge) => edgeTime(edge))
    .map(({ start, end }) => start ?? end)
    .filter((at): at is string => at !== null)
    .sort();
  // A few very old facts would squeeze the rest into a corner: the bar starts at the 5th
  // percentile, and what is older counts in its first month.
  const floor = dated[Math.floor(dated.length * 0.05)] ?? null;
  const counts = new Map<string, number>();
  for (const at of dated) {
    const month = monthOf(floor !== null && at < floor ? floor : at);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const known = [...counts.keys()].sort();
  const first = known[0] ?? (fallback.first ? monthOf(fallback.first) : null);
  const last = known.at(-1) ?? (fallback.last ? monthOf(fallback.last) : null);
  if (!first || !last) return { months: [], counts: [] };
  const months: string[] = [];
  for (let at = monthStart(first); months.length < 600; at += MONTH_MS) {
    const month = isoDay(at).slice(0, 7);
    if (months.at(-1) !== month) months.push(month);
    if (month >= last) break;
  }
  return { months, counts: months.map((month) => counts.get(month) ?? 0) };
}

export function TimeBar({ edges, filters, firstDate, lastDate, onChange }: TimeBarProps) {
  const { months, counts } = useMemo(() => factHistogram(edges, { first: firstDate, last: lastDate }), [edges, firstDate, lastDate]);
  const svg = useRef<SVGSVGElement>(null);
  const t = useMessages();
  const language = useLanguage();
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const max = Math.max(1, ...counts);
  const domainStart = months[0] ? monthStart(months[0]) : 0;
  const domainEnd = months.at(-1) ? monthStart(months.at(-1) as string) + MONTH_MS : 1;
  const span = domainEnd - domainStart;
  const fraction = (iso: string): number => Math.min(1, Math.max(0, (Date.parse(`${iso}T00:00:00Z`) - domainStart) / span));
  const dateAt = (clientX: number): number => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return domainStart;
    return domainStart + Math.min(1, Math.max(0, (clientX - box.left) / box.width)) * span;
  };

  const shown = drag ? { from: isoDay(Math.min(drag.from, drag.to)), to: isoDay(Math.max(drag.from, drag.to)) } : { from: filters.from, to: filters.to };
  const windowLeft = shown.from ? fraction(shown.from) : 0;
  const windowRight = shown.to ? fraction(shown.to) : 1;
  const asOf = filters.from !== null && filters.from === filters.to ? filters.from : '';

  function onPointerDown(event: PointerEvent<SVGSVGElement>): void {
    if (months.length === 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const at = dateAt(event.clientX);
    setDrag({ from: at, to: at });
  }
  function onPointerMove(event: PointerEvent<SVGSVGElement>): void {
    if (drag) setDrag({ ...drag, to: dateAt(event.clientX) });
  }
  function onPointerUp(): void {
    if (!drag) return;
    const from = isoDay(Math.min(drag.from, drag.to));
    const to = isoDay(Math.max(drag.from, drag.to));
    setDrag(null);
    onChange({ ...filters, from, to });
  }

  const day = (iso: string): string => formatDay(iso, language);
  const described = hasTimeWindow(filters)
    ? asOf
      ? t('factsHeldOn', { day: day(asOf) })
      : t('factsFromTo', { from: filters.from ? day(filters.from) : t('theStart'), to: filters.to ? day(filters.to) : t('now') })
    : t('allFacts');
  return (
    <section className="time-bar" aria-label={t('time')}>
      <div className="time-bar-chart">
        {months.length === 0 ? (
          <p className="muted small">{t('noDatedFact')}</p>
        ) : (
          <svg
            ref={svg}
            role="img"
            aria-label={`${t('factsByMonth', { first: months[0] ?? '', last: months.at(-1) ?? '' })} ${described}.`}
            viewBox={`0 0 ${months.length} ${HEIGHT}`}
            preserveAspectRatio="none"
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={() => setDrag(null)}
          >
            {counts.map((count, index) => (
              <rect key={months[index]} className={count > 0 ? 'bar' : 'bar empty'} x={index + 0.1} width={0.8} y={HEIGHT - (count / max) * (HEIGHT - 2)} height={(count / max) * (HEIGHT - 2)}>
                <title>{`${months[index]}: ${count}`}</title>
              </rect>
            ))}
            {(hasTimeWindow(filters) || drag) && (
              <rect className="window" x={windowLeft * months.length} width={Math.max(0.15, (windowRight - windowLeft) * months.length)} y={0} height={HEIGHT} />
            )}
          </svg>
        )}
        <div className="time-bar-axis muted small" aria-hidden="true">
          <span>{months[0] ?? ''}</span>
          <span>{described}</span>
          <span>{months.at(-1) ?? ''}</span>
        </div>
      </div>
      <div className="time-bar-fields">
        <label>
          <span>{t('from')}</span>
          <input type="date" value={filters.from ?? ''} max={filters.to ?? undefined} onChange={(event) => onChange({ ...filters, from: event.target.value || null })} />
        </label>
        <label>
          <span>{t('to')}</span>
          <input type="date" value={filters.to ?? ''} min={filters.from ?? undefined} onChange={(event) => onChange({ ...filters, to: event.target.value || null })} />
        </label>
        <label>
          <span>{t('asOf')}</span>
          <input type="date" value={asOf} onChange={(event) => onChange({ ...filters, from: event.target.value || null, to: event.target.value || null })} />
        </label>
        <button type="button" className="button small" disabled={!hasTimeWindow(filters)} onClick={() => onChange({ ...filters, from: null, to: null })}>
          {t('allTime')}
        </button>
      </div>
    </section>
  );
}
