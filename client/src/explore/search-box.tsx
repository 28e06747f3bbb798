/**
 * Autocomplete over entity names and aliases (the `search` query, debounced), as an ARIA
 * combobox: ArrowUp/ArrowDown move, Enter picks, Escape closes. Each hit shows its type and, when
 * an alias matched, which one ("matched: Team Green").
 */
import { typeLabel, useMessages } from '../i18n/messages.ts';
import { useEffect, useId, useRef, useState } from 'react';
import { searchEntities, type SearchHit } from '../api/explorer-api.ts';
import { asRequestError, type GraphQLRequestError } from '../api/graphql-client.ts';
import { TypeBadge } from './type-badge.tsx';
import { errorText } from './error-text.ts';
import { SEARCH_MAX_TEXT_LENGTH } from '../../../schema/search-text.ts';

/** ms to wait after the last keystroke before searching. */
const DEBOUNCE_MS = 180;
const LIMIT = 10;

interface SearchBoxProps {
  label: string;
  placeholder: string;
  onPick(hit: SearchHit): void;
  /** Shown (and kept) in the box after a pick; the box empties otherwise. */
  keepPicked?: boolean;
  className?: string;
  /** Focused by the "/" shortcut. */
  shortcut?: boolean;
}

type Results = { status: 'idle' } | { status: 'tooLong' } | { status: 'loading' } | { status: 'done'; hits: SearchHit[] } | { status: 'error'; error: GraphQLRequestError };

export function SearchBox({ label, placeholder, onPick, keepPicked = false, className, shortcut = false }: SearchBoxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const t = useMessages();
  const [text, setText] = useState('');
  const [results, setResults] = useState<Results>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const pickedRef = useRef<string | null>(null);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2 || query === pickedRef.current) {
      setResults({ status: 'idle' });
      return;
    }
    if (query.length > SEARCH_MAX_TEXT_LENGTH) {
      setResults({ status: 'tooLong' });
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setResults({ status: 'loading' });
      searchEntities({ text: query, limit: LIMIT }, controller.signal).then(
        (data) => {
          setResults({ status: 'done', hits: data.search });
          setActive(0);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setResults({ status: 'error', error: asRequestError(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcut]);

  const hits = results.status === 'done' ? results.hits : [];
  const expanded = open && results.status !== 'idle';

  function pick(hit: SearchHit): void {
    pickedRef.current = keepPicked ? hit.name : null;
    setText(keepPicked ? hit.name : '');
    setOpen(false);
    setResults({ status: 'idle' });
    onPick(hit);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0) setActive((i) => (i + 1) % hits.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length > 0) setActive((i) => (i - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (expanded && hit) {
        event.preventDefault();
        pick(hit);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else setText('');
    }
  }

  const activeId = expanded && hits[active] ? `${id}-hit-${active}` : undefined;
  return (
    <div className={`search-box ${className ?? ''}`}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <span className="search-icon" aria-hidden="true">
        ⌕
      </span>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeId}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          pickedRef.current = null;
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {shortcut && !text && (
        <kbd className="search-shortcut" aria-hidden="true">
          /
        </kbd>
      )}
      <div className="search-popup" hidden={!expanded}>
        {results.status === 'loading' && <p className="search-status" role="status">{t('searchSearching')}</p>}
        {results.status === 'tooLong' && (
          <p className="search-status" role="status">
            {t('searchTooLong', { max: SEARCH_MAX_TEXT_LENGTH })}
          </p>
        )}
        {results.status === 'error' && (
          <p className="search-status error" role="alert">
            {errorText(results.error).title}
          </p>
        )}
        {results.status === 'done' && hits.length === 0 && (
          <p className="search-status" role="status">
            {t('searchNothing', { text: text.trim() })}
          </p>
        )}
        <ul id={listId} role="listbox" aria-label={t('searchSuggestions', { label })} className="search-hits">
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`${id}-hit-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'search-hit active' : 'search-hit'}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(hit)}
            >
              <TypeBadge type={hit.type} />
              <span className="hit-text">
                <span className="hit-name">{hit.name}</span>
                <span className="hit-meta">
                  {typeLabel(t, hit.type)}
                  {hit.matched.toLowerCase() !== hit.name.toLowerCase() && <> · {t('searchMatched', { text: hit.matched })}</>}
                </span>
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
