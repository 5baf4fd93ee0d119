/** The markers the databases put around matches in a snippet (control characters: never in prose). */
export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";

/** Split a marked snippet into plain and matching parts. */
export function snippetParts(marked: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [i, chunk] of marked.split(MATCH_START).entries()) {
    // Text before the first start marker is never a match, whatever stray markers it holds.
    const end = i === 0 ? -1 : chunk.indexOf(MATCH_END);
    if (end < 0) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    if (end > 0) parts.push({ text: chunk.slice(0, end), match: true });
    const rest = chunk.slice(end + 1);
    if (rest) parts.push({ text: rest, match: false });
  }
  const clean = parts.map((p) => ({ ...p, text: p.text.replaceAll(MATCH_END, "").replace(/\s+/g, " ") }));
  // Merge neighbours of the same kind (stray markers can split plain text).
  return clean.reduce<typeof clean>((out, p) => {
    const last = out.at(-1);
    if (last && last.match === p.match) last.text += p.text;
    else if (p.text) out.push({ ...p });
    return out;
  }, []);
}

/**
 * Turn what a user typed into an FTS5 query that cannot be a syntax error: every word quoted
 * (so AND of words), the last one a prefix. Null when nothing searchable is left.
 */
export function toFts5Query(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w.replaceAll('"', '""')}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}
