/**
 * Whether every %-escape in a URL path decodes (`/debates/%E0%A4%A` and `/s/%` do not). Next and
 * our pages decode path segments with decodeURIComponent, which throws on these; refused at the
 * edge they are a 400, not a 500 from deep inside a render.
 */
export function isDecodablePath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** decodeURIComponent that gives back the input unchanged when it does not decode. */
export function decodeOrKeep(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
