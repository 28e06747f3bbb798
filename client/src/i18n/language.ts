/**
 * The interface language: French or English. The browser's language by default, then the
 * reader's choice, remembered in the browser. Views read it with `useLanguage`; words of the
 * vocabulary come from its `en`/`fr` entries, dates and numbers from `Intl` in that language.
 */
import { useSyncExternalStore } from 'react';

export type Language = 'en' | 'fr';
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

const STORAGE_KEY = 'chipgraph.language';
const listeners = new Set<() => void>();

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'fr') return stored;
  } catch {
    // storage refused: fall back to the browser's language
  }
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return preferred.some((tag) => tag?.toLowerCase().startsWith('fr')) && !preferred[0]?.toLowerCase().startsWith('en') ? 'fr' : 'en';
}

let current: Language = typeof window === 'undefined' ? 'en' : initialLanguage();
if (typeof document !== 'undefined') document.documentElement.lang = current;

export function currentLanguage(): Language {
  return current;
}

export function setLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered without storage
  }
  document.documentElement.lang = language;
  for (const listener of [...listeners]) listener();
}

export function onLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function useLanguage(): Language {
  return useSyncExternalStore(onLanguage, currentLanguage, () => 'en' as Language);
}

/**
 * A day (YYYY-MM-DD…) as the language writes it: "9 avr. 2025", "9 Apr 2025"; a month alone
 * (YYYY-MM, as some announcements are dated) "avr. 2025", "Apr 2025"; anything else as it is.
 */
export function formatDay(iso: string, language: Language = current): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  if (/^\d{4}-\d{2}$/.test(iso)) {
    const month = new Date(`${iso}-01T00:00:00Z`);
    return Number.isNaN(month.getTime()) ? iso : new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(month);
  }
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A count as the language writes it: "1 234" in French, "1,234" in English. */
export function formatNumber(value: number, language: Language = current): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-US').format(value);
}
