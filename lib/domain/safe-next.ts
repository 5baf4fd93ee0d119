/**
 * Where to go after signing in: only a path on this site. The value is resolved against the app's
 * origin exactly as a browser would resolve it (backslashes count as slashes, tabs and newlines
 * are dropped, `//host` is another host), and anything that lands on another origin — or that
 * is not written as an absolute path — becomes "/". What is returned is the normalized path that
 * was checked, so the caller follows exactly what passed the check.
 */
export function safeNextPath(next: string | null | undefined, origin = "https://clash.invalid"): string {
  if (!next || !next.startsWith("/")) return "/";
  // Backslashes and control characters never belong in a path we link to; browsers rewrite them.
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
