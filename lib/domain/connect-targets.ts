// The arguments a keyboard connection can go to, filtered by what the user types and ranked so
// the likeliest target comes first: a title starting with the words typed, then a word of the
// title starting with them, then the words anywhere; among equals the nearest on the map.

type Target = { id: string; title: string; position: { x: number; y: number } };

const words = (s: string) => s.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").split(/\s+/).filter(Boolean);

/** How well `title` matches the words of `query` (lower is better), or null when a word is missing. */
export function matchRank(title: string, query: string): number | null {
  const q = words(query);
  if (!q.length) return 0;
  const t = words(title);
  const text = t.join(" ");
  if (!q.every((w) => text.includes(w))) return null;
  if (text.startsWith(q.join(" "))) return 0;
  if (q.every((w) => t.some((tw) => tw.startsWith(w)))) return 1;
  return 2;
}

/**
 * Every argument but `sourceId` that matches `query`, best first; an empty query lists them all,
 * nearest first. At most `limit`, so a map of thousands stays a short list.
 * With no source (K with nothing selected, choosing where a connection starts) every argument is a
 * candidate and "nearest" means nearest to `origin`, the centre of what the user is looking at.
 */
export function rankConnectTargets<T extends Target>(
  sourceId: string | null,
  nodes: readonly T[],
  query: string,
  limit = 50,
  origin?: { x: number; y: number },
): T[] {
  const from = (sourceId !== null ? nodes.find((n) => n.id === sourceId)?.position : origin) ??
    origin ?? { x: 0, y: 0 };
  const scored: { n: T; rank: number; dist: number }[] = [];
  for (const n of nodes) {
    if (n.id === sourceId) continue;
    const rank = matchRank(n.title, query);
    if (rank === null) continue;
    scored.push({ n, rank, dist: Math.hypot(n.position.x - from.x, n.position.y - from.y) });
  }
  scored.sort((a, b) => a.rank - b.rank || a.dist - b.dist || a.n.title.localeCompare(b.n.title));
  return scored.slice(0, limit).map((s) => s.n);
}
