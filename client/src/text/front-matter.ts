/**
 * Where an article's body starts: after the front-matter block (`---` lines around `title:`,
 * `url:`, `date:`…) a Markdown article may begin with, and the blank lines after it. Offsets stay
 * those of the whole text, so the mentions' spans still apply.
 */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:[\w-]+:.*\r?\n|[ \t]+.*\r?\n|[ \t]*\r?\n)*?---[ \t]*(?:\r?\n|$)\s*/;

export function bodyStart(text: string): number {
  return FRONT_MATTER.exec(text)?.[0].length ?? 0;
}
