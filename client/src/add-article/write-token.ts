/** The write token, asked once and kept for the browser session (sessionStorage), never in the URL. */

export const TOKEN_KEY = 'chipgraph.writeToken';

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Without storage the token is asked again next time.
  }
}
