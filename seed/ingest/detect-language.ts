/**
 * Language of an article: English or French, or "other" with a warning (other languages get
 * name-only extraction). `franc` scores the text against English, French and the main other
 * languages: the better of English and French is the answer unless another language clearly wins.
 */
import { francAll } from 'franc';
import type { Language } from '../../schema/vocabulary.ts';

export interface LanguageGuess {
  language: Language | 'other';
  /** ISO 639-3 code franc found without restriction ("spa", "deu"…), or "und". */
  detected: string;
  warning?: string;
}

/** Characters of text given to franc: enough to decide, bounded for speed. */
const SAMPLE_CHARS = 600;
/**
 * Languages franc compares the text with: English and French, the languages most often confused
 * with them, and the major languages of other scripts. Comparing with all 180+ would cost
 * most of an article's extraction time for no better decision.
 */
const COMPARED = ['eng', 'fra', 'spa', 'deu', 'ita', 'por', 'nld', 'pol', 'tur', 'swe', 'dan', 'nob', 'fin', 'ces', 'ron', 'hun', 'vie', 'ind', 'cat', 'sco', 'cmn', 'jpn', 'kor', 'rus', 'ukr', 'arb', 'ell', 'heb', 'hin', 'tha'];
/** Below this many letters franc cannot decide; the declared language (or English) is kept. */
const MIN_LETTERS = 40;
/** How close English or French must score to the best language to be taken anyway (franc confuses neighbours). */
const NEAR_BEST = 0.9;

const TO_LANGUAGE: Record<string, Language> = { eng: 'en', fra: 'fr' };

export function detectLanguage(text: string, declared?: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const declaredLanguage = declared === 'en' || declared === 'fr' ? declared : undefined;
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS) {
    return { language: declaredLanguage ?? 'en', detected: 'und', ...(declaredLanguage ? {} : { warning: 'The text is too short to tell its language; English is assumed.' }) };
  }
  const scores = francAll(sample, { minLength: 10, only: COMPARED });
  const detected = scores[0]?.[0] ?? 'und';
  // The restricted decision: the better of English and French.
  const restricted = scores.find(([code]) => code === 'eng' || code === 'fra');
  const choice = restricted ? TO_LANGUAGE[restricted[0]] : undefined;
  const choiceScore = restricted?.[1] ?? 0;
  if (choice && (TO_LANGUAGE[detected] || choiceScore >= NEAR_BEST)) {
    if (declaredLanguage && declaredLanguage !== choice) {
      return { language: choice, detected, warning: `The article is declared "${declaredLanguage}" but reads as "${choice}"; "${choice}" is used.` };
    }
    return { language: choice, detected };
  }
  return {
    language: 'other',
    detected,
    warning: `The article seems to be in a language other than English or French (${detected}); only known names are extracted.`,
  };
}
