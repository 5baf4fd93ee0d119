const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"];

/**
 * The same loopback address under its other names (http://localhost:3000 is also
 * http://127.0.0.1:3000 and http://[::1]:3000); none for any other host.
 */
export function loopbackAliases(origin: string): string[] {
  const url = new URL(origin);
  if (!LOOPBACK.includes(url.hostname)) return [];
  const port = url.port ? `:${url.port}` : "";
  return LOOPBACK.filter((h) => h !== url.hostname).map((h) => `${url.protocol}//${h}${port}`);
}
