/**
 * Views a team shares: copy the link of the view as it is (positions included), save it under a
 * name in the graph (a short link that never gets too long), and open any saved view. Saving is a
 * write, so it asks for the write token once per browser session.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { fetchSavedViews, saveView } from '../api/explorer-api.ts';
import { readToken, saveToken } from '../add-article/write-token.ts';
import { formatDay } from '../i18n/language.ts';
import { useMessages } from '../i18n/messages.ts';
import { ErrorMessage } from './error-message.tsx';

/** Links longer than this are hard to paste in mail and chat: saving gives a short one. */
const LONG_LINK = 2000;

interface SavedViewsPanelProps {
  /** The explorer's link as it is now. */
  currentHash(): string;
  onOpen(id: string): void;
}

export const savedViewLink = (id: string): string => `${window.location.origin}${window.location.pathname}#/explore?view=${id}`;

export default function SavedViewsPanel({ currentHash, onOpen }: SavedViewsPanelProps) {
  const queryClient = useQueryClient();
  const t = useMessages();
  const views = useQuery({ queryKey: ['savedViews'], queryFn: ({ signal }) => fetchSavedViews({}, signal).then((data) => data.savedViews), staleTime: 0 });
  const [name, setName] = useState('');
  const [token, setToken] = useState('');
  const [needsToken, setNeedsToken] = useState(() => readToken() === null);
  const [copied, setCopied] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (variables: { name: string; state: string; token: string | null }) => saveView({ name: variables.name, state: variables.state }, variables.token),
    onSuccess: (data, variables) => {
      if (variables.token) saveToken(variables.token);
      setNeedsToken(false);
      setName('');
      void queryClient.invalidateQueries({ queryKey: ['savedViews'] });
      void copy(savedViewLink(data.saveView.id));
    },
    onError: (error) => {
      if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') {
        saveToken(null);
        setNeedsToken(true);
      }
    },
  });

  async function copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(link);
    } catch {
      setCopied(link); // no clipboard permission: the link is shown to copy by hand
    }
  }

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (!name.trim()) return;
    save.mutate({ name: name.trim(), state: currentHash(), token: needsToken ? token.trim() || null : readToken() });
  }

  const link = `${window.location.origin}${window.location.pathname}${currentHash()}`;
  return (
    <div className="saved-views">
      <section>
        <h3>{t('viewsShare')}</h3>
        <p className="muted small">{t('viewsShareHint')}</p>
        <button type="button" className="button small" onClick={() => void copy(link)}>
          {t('viewsCopy')}
        </button>
        {link.length > LONG_LINK && <p className="muted small">{t('viewsLong', { count: link.length })}</p>}
        {copied && (
          <p className="small copied" role="status">
            {t('viewsCopied')} <input className="copied-link" readOnly value={copied} aria-label={t('viewsCopiedLabel')} onFocus={(event) => event.target.select()} />
          </p>
        )}
      </section>
      <form onSubmit={onSubmit}>
        <h3>{t('viewsSave')}</h3>
        <label className="field">
          <span>{t('name')}</span>
          <input value={name} maxLength={120} placeholder={t('viewsNamePlaceholder')} onChange={(event) => setName(event.target.value)} required />
        </label>
        {needsToken && (
          <label className="field">
            <span>{t('viewsToken')}</span>
            <input type="password" value={token} autoComplete="off" onChange={(event) => setToken(event.target.value)} />
          </label>
        )}
        <button type="submit" className="button primary small" disabled={save.isPending || !name.trim()}>
          {save.isPending ? t('viewsSaving') : t('viewsSaveButton')}
        </button>
        {save.isError && <ErrorMessage error={save.error} compact />}
      </form>
      <section>
        <h3>{t('viewsSaved')}</h3>
        {views.isPending && <p className="loading" role="status">{t('viewsLoading')}</p>}
        {views.isError && <ErrorMessage error={views.error} onRetry={() => void views.refetch()} />}
        {views.data?.length === 0 && <p className="muted small">{t('viewsNone')}</p>}
        <ul className="saved-view-list">
          {views.data?.map((view) => (
            <li key={view.id}>
              <button type="button" className="relation-link" onClick={() => onOpen(view.id)}>
                <span>{view.name}</span>
                <span className="muted small">{formatDay(view.createdAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
