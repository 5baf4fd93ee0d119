"use client";
import { useStore, type ReactFlowState } from "@xyflow/react";
import { useMemo, useRef } from "react";
import { estimateSize } from "@/lib/domain/layout";
import type { NodeDto } from "@/lib/domain/schemas";
import { SpatialGrid } from "@/lib/domain/spatial-grid";
import type { ArgumentRfNode, RelationRfEdge } from "./to-flow";
import { WindowIndex, type Picked as Windowed } from "./window-index";

/**
 * Maps this big hand React Flow only what is near the view; a smaller one opens that way too, and
 * is then given the rest of its cards while the page is left alone (use-growth).
 */
export const WINDOW_THRESHOLD = 400;

/** The view in flow coordinates and its zoom. */
export type View = { x0: number; y0: number; x1: number; y1: number; zoom: number };

export function viewOf(s: ReactFlowState): View {
  const [tx, ty, zoom] = s.transform;
  const x = -tx / zoom,
    y = -ty / zoom;
  return { x0: x, y0: y, x1: x + s.width / zoom, y1: y + s.height / zoom, zoom };
}

/** The window around a view: one viewport of margin on each side, so a pan shows nodes already rendered. */
export function windowAround(v: View): View {
  const w = v.x1 - v.x0,
    h = v.y1 - v.y0;
  return { x0: v.x0 - w, y0: v.y0 - h, x1: v.x1 + w, y1: v.y1 + h, zoom: v.zoom };
}

/**
 * Whether the window still serves the view: the view and a quarter of it on each side lie inside
 * it, and the view has not zoomed in more than twice since (the window would hold far more than
 * the view shows). Panning then re-windows every ¾ viewport and zooming out every doubling, not on
 * every wheel notch (a key snapped to the view's size changed on almost every notch).
 */
export function windowServes(win: View | null, v: View): boolean {
  if (!win || v.zoom > win.zoom * 2) return false;
  const mx = (v.x1 - v.x0) / 4,
    my = (v.y1 - v.y0) / 4;
  return v.x0 - mx >= win.x0 && v.y0 - my >= win.y0 && v.x1 + mx <= win.x1 && v.y1 + my <= win.y1;
}

/**
 * The window's arguments and every argument one connection away from them, so that each line
 * leaving a card near the view is drawn to its other end however far that is (React Flow draws an
 * edge only between two nodes it holds).
 */
export function withNeighbours(inView: ReadonlySet<string>, rfEdges: readonly RelationRfEdge[]): Set<string> {
  const out = new Set(inView);
  for (const e of rfEdges) {
    if (inView.has(e.source)) out.add(e.target);
    else if (inView.has(e.target)) out.add(e.source);
  }
  return out;
}

type Rows = { nodes: Record<string, NodeDto>; order: readonly string[] };

/** The same arguments at the same places: walks the order (the record's ids) with identity first. */
function samePositions(a: Rows, b: Rows): boolean {
  if (a.order !== b.order) return false;
  for (const id of b.order) {
    const x = a.nodes[id],
      y = b.nodes[id];
    if (x === y) continue;
    if (!x || !y || x.position.x !== y.position.x || x.position.y !== y.position.y) return false;
  }
  return true;
}

/**
 * Where each argument sits, for windowing and for clicks on the overview. Rebuilt when an
 * argument is added, removed or moved (a drop, not every drag frame), not on text edits: the
 * sizes in it are estimates anyway.
 */
export function useSpatialGrid(nodes: Record<string, NodeDto>, order: readonly string[]): SpatialGrid {
  const last = useRef<{ rows: Rows; grid: SpatialGrid } | null>(null);
  return useMemo(() => {
    const prev = last.current;
    const rows = { nodes, order };
    const grid =
      prev && samePositions(prev.rows, rows)
        ? prev.grid
        : new SpatialGrid(
            Object.values(nodes).map((n) => {
              const s = estimateSize(n);
              return { id: n.id, x: n.position.x, y: n.position.y, w: s.width, h: s.height };
            }),
          );
    last.current = { rows, grid };
    return grid;
  }, [nodes, order]);
}

/** A small map's cards added beyond the window (use-growth): some ids, or "all" once it holds every card. */
export type Grown = ReadonlySet<string> | "all";

export type Last = {
  rfNodes: ArgumentRfNode[];
  rfEdges: RelationRfEdge[];
  key: unknown;
  grid: SpatialGrid;
  keep: string | null;
  grown: Grown;
  inView: Set<string>;
  out: Windowed;
};

/** Most changes a drag frame or a selection brings; more than this and the window is rebuilt. */
const PATCHABLE = 64;

/**
 * While a node is dragged, React Flow's list changes every frame in one or two entries: when
 * nothing else changed and every changed node is already in the window, patch those entries
 * into the last window (a pass of identity checks) instead of filtering the whole map again.
 */
export function patchWindow(
  last: Last | null,
  rfNodes: ArgumentRfNode[],
  rfEdges: RelationRfEdge[],
  key: unknown,
  grid: SpatialGrid,
  keep: string | null,
  grown: Grown = "all",
): Windowed | null {
  if (
    !last ||
    last.rfEdges !== rfEdges ||
    last.key !== key ||
    last.grid !== grid ||
    last.keep !== keep ||
    last.grown !== grown ||
    last.rfNodes.length !== rfNodes.length
  )
    return null;
  const changed = new Map<string, ArgumentRfNode>();
  for (let i = 0; i < rfNodes.length; i++) {
    const n = rfNodes[i]!;
    if (n === last.rfNodes[i]) continue;
    if (n.id !== last.rfNodes[i]!.id || !last.inView.has(n.id) || changed.size >= PATCHABLE) return null;
    changed.set(n.id, n);
  }
  return { ...last.out, nodes: last.out.nodes.map((n) => changed.get(n.id) ?? n) };
}

const NOTHING: Windowed = { nodes: [], edges: [] };

/**
 * What a map has to hand React Flow while there is no view yet (the canvas mounts React Flow once
 * it knows its opening view): a map drawn whole, all of it; a windowed one, nothing. Its whole list
 * went on to be named edge by edge (use-edge-names) for a render that draws none of it: ~40 ms of
 * a 20,000-argument map's first render.
 */
export function beforeAnyView(windowed: boolean, rfNodes: ArgumentRfNode[], rfEdges: RelationRfEdge[]): Windowed {
  return windowed ? NOTHING : { nodes: rfNodes, edges: rfEdges };
}

/**
 * Level of detail (React Flow's cost grows with every node it holds, rendered or not).
 * What React Flow is handed: everything on a small map that has grown whole, else the arguments in
 * the window around the view, the ones growth has added, the selection and whatever is dragged.
 * `first` is the view React Flow opens on (before it has measured its pane, its store has no size:
 * without it the first window would be empty and the cards would come a render later).
 */
export function useWindowedNodes(
  rfNodes: ArgumentRfNode[],
  rfEdges: RelationRfEdge[],
  grid: SpatialGrid,
  keep: string | null,
  first: View | null,
  grown: Grown,
): Windowed {
  const big = rfNodes.length > WINDOW_THRESHOLD;
  const windowed = big || grown !== "all";
  // The window in use; a new one (a new object) is taken when the view leaves it. The selector
  // returns the window itself, so the map re-renders only then, never per frame of a pan or zoom.
  const win = useRef<View | null>(null);
  const firstView = useRef(first);
  firstView.current = first;
  const key = useStore((s) => {
    if (!windowed) return null;
    const v = s.width > 0 ? viewOf(s) : firstView.current;
    if (!v) return null;
    return windowServes(win.current, v) ? win.current : windowAround(v);
  });
  win.current = key;
  const last = useRef<Last | null>(null);
  const index = useRef<WindowIndex | null>(null);
  return useMemo(() => {
    if (!key) return beforeAnyView(windowed, rfNodes, rfEdges);
    const patched = patchWindow(last.current, rfNodes, rfEdges, key, grid, keep, grown);
    if (patched) {
      last.current = { ...last.current!, rfNodes, out: patched };
      return patched;
    }
    // A small map, before it has grown whole, shows every line of the cards near its view, as it
    // did when it held every card; a big map keeps its window to what is near the view.
    const near = grid.query(key);
    const inView = big ? near : withNeighbours(near, rfEdges);
    if (keep) inView.add(keep);
    if (grown !== "all") for (const id of grown) inView.add(id);
    // Nodes being dragged stay, whatever the window. An indexed loop: this pass over every row
    // runs at each new window, too rarely for the engine to optimize it, and a for-of there
    // allocated an iterator result per row (4 of a zoom-through's 88 MB at 20,000; open-trace §21).
    for (let i = 0; i < rfNodes.length; i++) {
      const n = rfNodes[i]!;
      if (n.dragging || n.selected) inView.add(n.id);
    }
    index.current ??= new WindowIndex();
    const out = index.current.pick(rfNodes, rfEdges, inView);
    last.current = { rfNodes, rfEdges, key, grid, keep, grown, inView, out };
    return out;
  }, [key, big, windowed, rfNodes, rfEdges, grid, keep, grown]);
}
