/**
 * The one test an article URL passes before it is stored: article URLs are shown as links, so
 * only absolute http(s) URLs without credentials are kept (`javascript:`, `data:`, `file:` and
 * relative URLs never are).
 */

/** The URL, normalized, when it is an absolute http(s) URL without credentials; otherwise undefined. */
export function articleUrlOrUndefined(raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}
