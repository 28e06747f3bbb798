/**
 * The publication date of a pasted article that carries no metadata, from its dateline
 * ("Washington, 3 March 2026 — …", "PÉKIN, 12 août 2025 (Agence) - …") or a "Published …" line
 * near its top. Only a date whose year the text states is taken: "TAIPEI, Oct 7 -" gives none.
 */
import { extractDates } from './extract-dates.ts';

/** A dateline: a place (capitals or a capitalised word), a comma, a date, then a dash. */
const DATELINE = /^[ \t]*\p{Lu}[\p{L}'’./ -]{1,40}?(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*,[ \t]*([^—–\n]{3,40}?)[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:—|–|-{1,2})[ \t]/mu;
/** A byline date: "Published 3 March 2026", "Publié le 12 août 2025". */
const PUBLISHED = /^[ \t]*(?:published|updated|posted|publi[ée]|mis à jour)(?: on| le)?[ \t:]*([^\n]{6,40})$/imu;
/** How far into the body a dateline may stand, in characters (after a title and a standfirst). */
const HEAD = 800;

/** ISO date (`YYYY-MM-DD`, or `YYYY-MM`) of the dateline, when the text states its year. */
export function datelineDate(text: string, bodyStart = 0, bodyEnd = text.length): string | undefined {
  const head = text.slice(bodyStart, Math.min(bodyEnd, bodyStart + HEAD));
  for (const pattern of [DATELINE, PUBLISHED]) {
    const match = pattern.exec(head);
    const said = match?.[1];
    if (!said || !/\b(?:19|20)\d\d\b/.test(said)) continue;
    for (const language of ['en', 'fr'] as const) {
      const date = extractDates(said, language)[0]?.date;
      if (date && /^\d{4}-\d\d/.test(date)) return date;
    }
  }
  return undefined;
}
