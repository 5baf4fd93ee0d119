/** Locate a search snippet (plain and matching parts, whitespace collapsed) in the text it came from. */

type Part = { text: string; match: boolean };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const loose = (s: string) => s.split(/\s+/).filter(Boolean).map(escape).join("\\s+");

/** The offsets of the snippet's first matching words in `text`, or null when they cannot be found. */
export function findSnippet(text: string, parts: readonly Part[]): { start: number; end: number } | null {
  const first = parts.findIndex((p) => p.match && p.text.trim());
  if (first < 0) return null;
  // The snippet's words around the first match, without the "…" the database adds at its ends.
  const before = (parts[first - 1]?.match === false ? parts[first - 1]!.text : "").replace(/^.*…/s, "");
  const after = (parts[first + 1]?.match === false ? parts[first + 1]!.text : "").replace(/….*$/s, "");
  const match = parts[first]!.text.trim();
  const tries = [
    new RegExp(`${loose(before)}\\s*(${loose(match)})\\s*${loose(after)}`, "d"),
    new RegExp(`(${loose(match)})`, "di"),
  ];
  for (const re of tries) {
    const m = re.exec(text);
    const span = m?.indices?.[1];
    if (span) return { start: span[0], end: span[1] };
  }
  return null;
}
