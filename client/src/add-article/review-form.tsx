/**
 * What the reviewer's forms beside the article share: the frame (a titled form that Escape
 * cancels, with its submit and Cancel buttons), the taking of each new selection made in the
 * article, and the keys of what they add.
 */
import { useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/messages.ts';
import type { TextSpan } from './review-state.ts';

interface ReviewFormProps {
  /** The form's accessible name. */
  label: string;
  title: string;
  submitLabel: string;
  /** Whether the form may be submitted; `onSubmit` is called only then. */
  ready: boolean;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}

export function ReviewForm({ label, title, submitLabel, ready, onSubmit, onCancel, children }: ReviewFormProps) {
  const t = useMessages();
  return (
    <form
      className="review-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onSubmit();
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <h4>{title}</h4>
      {children}
      <div className="tool-group">
        <button type="submit" className="button primary small" disabled={!ready}>
          {submitLabel}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          {t('addCancel')}
        </button>
      </div>
    </form>
  );
}

/** Hands each new selection made in the article to `take`, once (while rendering, as React allows). */
export function useNewSelection(selection: TextSpan | null, take: (span: TextSpan) => void): void {
  const [seen, setSeen] = useState<TextSpan | null>(null);
  if (selection && selection !== seen) {
    setSeen(selection);
    take(selection);
  }
}

let counter = 0;

/** A key for a correction the reviewer adds, unique in the page: `prefix-N`. */
export function newReviewKey(prefix: string): string {
  return `${prefix}-${++counter}`;
}
