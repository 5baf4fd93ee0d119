// The compact layout: a debate read column by column. Every answer sits in the column right of
// what it answers, its group centred on it as closely as the column allows, affirmative answers
// above negative ones, so the first ring of answers sits beside the resolution (the tidy tree
// spreads it over the height of the whole map) and the two sides stay apart.
import { estimateSize, GAP_X, GAP_Y, NODE_WIDTH, PARENT_PRIORITY, type Size } from "./layout";
import type { EdgeDto, NodeDto, Position } from "./schemas";
import type { Side } from "./vocabulary";

const SIDE_RANK: Record<Side, number> = { aff: 0, neutral: 1, neg: 2 };

type LayoutNode = Pick<NodeDto, "id" | "title" | "kind" | "side"> & { evidence: { quote: string } | null };

/**
 * Positions for every argument: column = response depth (cycles and stray arguments start new
 * roots), rows packed top to bottom in each column in the order of what they answer, so no two
 * boxes in a column overlap and columns never share a box. Linear after one sort per column.
 */
export function layoutCompact(
  nodes: readonly LayoutNode[],
  edges: readonly Pick<EdgeDto, "source" | "target" | "relation">[],
  sizes: ReadonlyMap<string, Size> = new Map(),
): Map<string, Position> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const sizeOf = (id: string) => sizes.get(id) ?? estimateSize(byId.get(id)!);
  const parentOf = new Map<string, string>();
  const sorted = [...edges].sort((a, b) => PARENT_PRIORITY[a.relation] - PARENT_PRIORITY[b.relation]);
  for (const e of sorted) {
    if (!byId.has(e.source) || !byId.has(e.target) || e.source === e.target) continue;
    if (!parentOf.has(e.source)) parentOf.set(e.source, e.target);
  }
  const children = new Map<string, string[]>();
  for (const [child, parent] of parentOf) {
    const list = children.get(parent);
    if (list) list.push(child);
    else children.set(parent, [child]);
  }
  const bySide = (a: string, b: string) => SIDE_RANK[byId.get(a)!.side] - SIDE_RANK[byId.get(b)!.side];
  for (const list of children.values()) list.sort(bySide);

  // Breadth-first from the roots gives each argument its column; an argument on a cycle that no
  // root reaches becomes a root itself.
  const depth = new Map<string, number>();
  const columns: string[][] = [];
  const visit = (root: string) => {
    depth.set(root, 0);
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      const d = depth.get(id)!;
      (columns[d] ??= []).push(id);
      for (const c of children.get(id) ?? []) {
        if (depth.has(c)) continue;
        depth.set(c, d + 1);
        queue.push(c);
      }
    }
  };
  for (const n of nodes) if (!parentOf.has(n.id)) visit(n.id);
  for (const n of nodes) if (!depth.has(n.id)) visit(n.id);

  const out = new Map<string, Position>();
  columns.forEach((column, d) => {
    const x = d * (NODE_WIDTH + GAP_X);
    // Group by parent, in the order the parents sit in their own column.
    const groups: { parent: string | null; ids: string[] }[] = [];
    for (const id of column) {
      const p = depth.get(id) === 0 ? null : (parentOf.get(id) ?? null);
      const last = groups[groups.length - 1];
      if (last && last.parent === p && p !== null) last.ids.push(id);
      else groups.push({ parent: p, ids: [id] });
    }
    groups.sort((a, b) => (a.parent && b.parent ? out.get(a.parent)!.y - out.get(b.parent)!.y : 0));
    let cursor = -Infinity;
    for (const g of groups) {
      const height = g.ids.reduce((h, id) => h + sizeOf(id).height + GAP_Y, -GAP_Y);
      let y = cursor;
      if (g.parent) {
        const py = out.get(g.parent)!.y + sizeOf(g.parent).height / 2;
        y = Math.max(cursor, py - height / 2);
      } else if (cursor === -Infinity) y = 0;
      for (const id of g.ids) {
        out.set(id, { x: Math.round(x), y: Math.round(y) });
        y += sizeOf(id).height + GAP_Y;
      }
      cursor = y;
    }
  });
  return out;
}
