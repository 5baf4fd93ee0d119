import { flextree } from "d3-flextree";
import { CARD_WIDTH, cardHeight, type SizedNode } from "./card-size";
import type { EdgeDto, NodeDto, Position } from "./schemas";
import type { Relation } from "./vocabulary";

export type Size = { width: number; height: number };

export const NODE_WIDTH = CARD_WIDTH;
/** Between columns (response depth): an answer sits NODE_WIDTH + GAP_X right of what it answers. */
export const GAP_X = 90;
/** Between arguments stacked in one column: room too for a card a late badge gives one more row (19 px). */
export const GAP_Y = 32;
// d3-flextree recurses per level; chains deeper than this continue as a new tree below.
const MAX_DEPTH = 300;

// Rows are immutable (an edit makes a new object), and a map's open asks for each argument's size
// several times (its React Flow node, the spatial grid, the box around the map): one estimate each.
const estimated = new WeakMap<SizedNode, Size>();

/** A deterministic estimate of a rendered node's size (card-size.ts), for layouts made without a DOM. */
export function estimateSize(node: SizedNode): Size {
  let size = estimated.get(node);
  if (!size) estimated.set(node, (size = Object.freeze({ width: NODE_WIDTH, height: cardHeight(node) })));
  return size;
}

// Which outgoing edge makes a node's parent when it has several: direct answers win.
export const PARENT_PRIORITY: Record<Relation, number> = {
  rebuts: 0,
  turns: 1,
  contradicts: 2,
  undercuts: 3,
  premise: 4,
  supports: 5,
  extends: 6,
};

type TreeNode = { id: string; size: [number, number]; children: TreeNode[] };

/**
 * Tidy-tree layout, left to right: each argument sits one column right of what it answers or
 * supports. Argument maps are mostly trees, so a spanning tree is laid out with d3-flextree
 * (linear time, variable node sizes, no overlaps) and the remaining cross-links are drawn over it.
 */
export function layoutGraph(
  nodes: readonly Pick<NodeDto, "id" | "title" | "kind" | "evidence">[],
  edges: readonly Pick<EdgeDto, "source" | "target" | "relation">[],
  sizes: ReadonlyMap<string, Size> = new Map(),
): Map<string, Position> {
  const ids = new Set(nodes.map((n) => n.id));
  const sizeOf = new Map(nodes.map((n) => [n.id, sizes.get(n.id) ?? estimateSize(n)]));
  const parentOf = new Map<string, string>();
  const sorted = [...edges].sort((a, b) => PARENT_PRIORITY[a.relation] - PARENT_PRIORITY[b.relation]);
  for (const e of sorted) {
    if (!ids.has(e.source) || !ids.has(e.target) || e.source === e.target) continue;
    if (!parentOf.has(e.source)) parentOf.set(e.source, e.target);
  }
  const children = new Map<string, string[]>();
  for (const n of nodes) children.set(n.id, []);
  for (const [child, parent] of parentOf) children.get(parent)!.push(child);

  // Roots: nodes without a parent, then one node of every cycle not yet reached.
  const placed = new Set<string>();
  const roots: string[] = nodes.filter((n) => !parentOf.has(n.id)).map((n) => n.id);
  const overflow: string[] = [];
  const build = (rootId: string): TreeNode => {
    // Iterative build so deep chains cannot overflow the stack.
    const make = (id: string): TreeNode => {
      const s = sizeOf.get(id)!;
      placed.add(id);
      return { id, size: [s.height + GAP_Y, s.width + GAP_X], children: [] };
    };
    const root = make(rootId);
    const stack: [TreeNode, number][] = [[root, 0]];
    while (stack.length) {
      const [t, depth] = stack.pop()!;
      for (const c of children.get(t.id) ?? []) {
        if (placed.has(c)) continue;
        if (depth + 1 >= MAX_DEPTH) {
          overflow.push(c);
          continue;
        }
        const child = make(c);
        t.children.push(child);
        stack.push([child, depth + 1]);
      }
    }
    return root;
  };
  const forest: TreeNode[] = [];
  for (const r of roots) forest.push(build(r));
  for (let i = 0; i < overflow.length; i++) if (!placed.has(overflow[i]!)) forest.push(build(overflow[i]!));
  for (const n of nodes) if (!placed.has(n.id)) forest.push(build(n.id));

  const virtual: TreeNode = { id: "\u0000root", size: [0, 0], children: forest };
  const layout = flextree<TreeNode>({
    children: (d) => d.children,
    nodeSize: (d) => d.data.size,
    spacing: (a, b) => (a.parent === b.parent ? 0 : GAP_Y),
  });
  const tree = layout.hierarchy(virtual);
  layout(tree);
  const out = new Map<string, Position>();
  tree.each((d) => {
    if (d.data.id === virtual.id) return;
    const s = sizeOf.get(d.data.id)!;
    // flextree grows top-down; swap axes for left-to-right and the virtual root has no width, so real roots sit at x = 0.
    out.set(d.data.id, { x: Math.round(d.y), y: Math.round(d.x - s.height / 2) });
  });
  return out;
}
