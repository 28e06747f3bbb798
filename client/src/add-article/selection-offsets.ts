/**
 * The offsets in the article's text of what the reader selected in it. The text is rendered as
 * pieces (`splitAtSpans`), each an element carrying `data-start`, the offset of its first
 * character; a DOM selection point is a text node and an offset in it, or an element and a child
 * index.
 */
import type { TextSpan } from './review-state.ts';

function pieceOf(node: Node, root: HTMLElement): HTMLElement | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current instanceof HTMLElement && current.dataset['start'] !== undefined) return current;
    current = current.parentNode;
  }
  return null;
}

/** Offset in the text of a selection point inside `root`, or null when it lies outside. */
function offsetOf(node: Node, offset: number, root: HTMLElement, textLength: number): number | null {
  if (!root.contains(node)) return null;
  if (node === root) {
    // Between pieces: the start of the piece after the point, or the end of the text.
    const next = root.childNodes[offset];
    const piece = next ? pieceOf(next, root) ?? (next instanceof HTMLElement ? next : null) : null;
    return piece?.dataset['start'] !== undefined ? Number(piece.dataset['start']) : textLength;
  }
  const piece = pieceOf(node, root);
  if (!piece) return null;
  const start = Number(piece.dataset['start']);
  if (node.nodeType === Node.TEXT_NODE) return start + offset;
  // An element inside a piece: count the characters of the children before the point.
  let count = 0;
  for (let i = 0; i < offset; i++) count += node.childNodes[i]?.textContent?.length ?? 0;
  return start + count;
}

/** The selected span of `text` rendered in `root`, or null when nothing (or something else) is selected. */
export function selectedSpan(selection: Selection | null, root: HTMLElement | null, text: string): TextSpan | null {
  if (!selection || !root || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOf(range.startContainer, range.startOffset, root, text.length);
  const end = offsetOf(range.endContainer, range.endOffset, root, text.length);
  if (start === null || end === null || end <= start) return null;
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return to > from ? { start: from, end: to, text: text.slice(from, to) } : null;
}

/** Where `words` occur in `text`, exactly as written first, else ignoring case. */
export function occurrencesOf(words: string, text: string): TextSpan[] {
  const needle = words.trim();
  if (needle.length === 0) return [];
  const find = (haystack: string, target: string): TextSpan[] => {
    const found: TextSpan[] = [];
    for (let at = haystack.indexOf(target); at >= 0; at = haystack.indexOf(target, at + target.length)) {
      found.push({ start: at, end: at + target.length, text: text.slice(at, at + target.length) });
    }
    return found;
  };
  const exact = find(text, needle);
  const lower = text.toLowerCase();
  // Lower-casing keeps offsets only when it keeps the length (it does not for "İ").
  return exact.length > 0 || lower.length !== text.length ? exact : find(lower, needle.toLowerCase());
}
