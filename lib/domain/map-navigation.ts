import type { EdgeDto, NodeDto } from "./schemas";

/** What the arrow keys ask for on the map: left goes to what an argument answers, right to its answers, up/down along its siblings. */
export type NavDirection = "parent" | "child" | "previous" | "next";

type NavNode = Pick<NodeDto, "id" | "position">;
type NavEdge = Pick<EdgeDto, "source" | "target">;

/** The answers (incoming edges' sources) and the answered (outgoing edges' targets) of every argument. */
export type NavIndex = {
  parents: Map<string, string[]>;
  children: Map<string, string[]>;
  roots: string[];
};

// Top to bottom, then left to right: the order a reader scans a column of the map in, so
// "next sibling" is the one below on screen, whatever order the rows were created in.
const byPosition = (nodes: ReadonlyMap<string, NavNode>) => (a: string, b: string) => {
  const pa = nodes.get(a)!.position;
  const pb = nodes.get(b)!.position;
  return pa.y - pb.y || pa.x - pb.x || (a < b ? -1 : a > b ? 1 : 0);
};

/** Index a graph once (per edit) so every key press is a lookup, not a pass over the map. */
export function navIndex(nodes: readonly NavNode[], edges: readonly NavEdge[]): NavIndex {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const list = m.get(k);
    if (list) {
      if (!list.includes(v)) list.push(v);
    } else m.set(k, [v]);
  };
  for (const e of edges) {
    if (!byId.has(e.source) || !byId.has(e.target) || e.source === e.target) continue;
    push(parents, e.source, e.target);
    push(children, e.target, e.source);
  }
  const order = byPosition(byId);
  for (const list of parents.values()) list.sort(order);
  for (const list of children.values()) list.sort(order);
  const roots = nodes.filter((n) => !parents.has(n.id)).map((n) => n.id);
  roots.sort(order);
  return { parents, children, roots };
}

/**
 * The argument an arrow key moves to from `from`, or null when there is none in that direction.
 * `via` is the parent the user came down from, so siblings stay those of the branch being read
 * when an argument answers two others. Roots (arguments that answer nothing) are siblings of
 * each other.
 */
export function navigate(index: NavIndex, from: string, dir: NavDirection, via?: string | null): string | null {
  const parents = index.parents.get(from) ?? [];
  switch (dir) {
    case "parent":
      return (via && parents.includes(via) ? via : parents[0]) ?? null;
    case "child":
      return index.children.get(from)?.[0] ?? null;
    case "previous":
    case "next": {
      const parent = via && parents.includes(via) ? via : parents[0];
      const row = parent ? (index.children.get(parent) ?? []) : index.roots;
      const i = row.indexOf(from);
      if (i < 0) return null;
      return row[dir === "next" ? i + 1 : i - 1] ?? null;
    }
  }
}

/** The arguments from a root down to `id`, following the first parent (breadcrumbs, outline levels). */
export function pathToRoot(index: NavIndex, id: string): string[] {
  const path = [id];
  const seen = new Set(path);
  let cur = id;
  for (;;) {
    const next = index.parents.get(cur)?.[0];
    if (!next || seen.has(next)) break;
    path.push(next);
    seen.add(next);
    cur = next;
  }
  return path.reverse();
}

/** One row of the outline: an argument at its depth under the parent it is listed under. */
export type OutlineRow = { id: string; level: number; parent: string | null; posInSet: number; setSize: number };

/**
 * The map as a tree for the outline, depth first. An argument that answers several others is
 * listed once, under its first parent; arguments only reachable through a cycle start their own
 * branch, so every argument appears exactly once.
 */
export function outlineRows(index: NavIndex, ids: readonly string[]): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const placed = new Set<string>();
  const walk = (id: string, level: number, parent: string | null, posInSet: number, setSize: number) => {
    placed.add(id);
    rows.push({ id, level, parent, posInSet, setSize });
    // Only answers whose first parent is this one are listed here (the others sit elsewhere).
    const kids = (index.children.get(id) ?? []).filter((c) => !placed.has(c) && index.parents.get(c)?.[0] === id);
    kids.forEach((c, i) => {
      if (!placed.has(c)) walk(c, level + 1, id, i + 1, kids.length);
    });
  };
  const starts = [...index.roots, ...ids.filter((id) => !index.roots.includes(id))];
  for (const id of starts) if (!placed.has(id)) walk(id, 1, null, 0, 0);
  // The top level is known only once the cycles have been broken into branches.
  const top = rows.filter((r) => r.level === 1);
  top.forEach((r, i) => {
    r.posInSet = i + 1;
    r.setSize = top.length;
  });
  return rows;
}
