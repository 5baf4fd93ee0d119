"use client";
import { useStore, useStoreApi, type ReactFlowState } from "@xyflow/react";
import { useMemo, useRef } from "react";
import { estimateSize } from "@/lib/domain/layout";
import type { NodeDto } from "@/lib/domain/schemas";
import { SpatialGrid, type Rect } from "@/lib/domain/spatial-grid";
import type { ArgumentRfNode, RelationRfEdge } from "./to-flow";

/** Maps this big hand React Flow only what is near the view; below it React Flow gets everything. */
export const WINDOW_THRESHOLD = 400;

/**
 * Which viewport "window" we are in: the view snapped to half-viewport steps plus a zoom bucket.
 * Components re-render only when it changes, not on every pan frame.
 */
function windowKey(s: ReactFlowState): string {
  const [tx, ty, zoom] = s.transform;
  const w = s.width / zoom,
    h = s.height / zoom;
  return `${Math.floor(-tx / zoom / (w / 2))}:${Math.floor(-ty / zoom / (h / 2))}:${Math.round(Math.log2(zoom) * 2)}`;
}

function windowRect(s: ReactFlowState): Rect {
  const [tx, ty, zoom] = s.transform;
  const w = s.width / zoom,
    h = s.height / zoom;
  const x = -tx / zoom,
    y = -ty / zoom;
  // One viewport of margin on each side, so a pan shows nodes already rendered.
  return { x0: x - w, y0: y - h, x1: x + 2 * w, y1: y + 2 * h };
}

function samePositions(a: Record<string, NodeDto>, b: Record<string, NodeDto>): boolean {
  const ids = Object.keys(b);
  if (Object.keys(a).length !== ids.length) return false;
  for (const id of ids) {
    const x = a[id],
      y = b[id]!;
    if (x === y) continue;
    if (!x || x.position.x !== y.position.x || x.position.y !== y.position.y) return false;
  }
  return true;
}

/**
 * Where each argument sits, for windowing and for clicks on the overview. Rebuilt when an
 * argument is added, removed or moved (a drop, not every drag frame), not on text edits: the
 * sizes in it are estimates anyway.
 */
export function useSpatialGrid(nodes: Record<string, NodeDto>): SpatialGrid {
  const last = useRef<{ nodes: Record<string, NodeDto>; grid: SpatialGrid } | null>(null);
  return useMemo(() => {
    const prev = last.current;
    const grid =
      prev && samePositions(prev.nodes, nodes)
        ? prev.grid
        : new SpatialGrid(
            Object.values(nodes).map((n) => ({
              id: n.id,
              x: n.position.x,
              y: n.position.y,
              ...((s) => ({ w: s.width, h: s.height }))(estimateSize(n)),
            })),
          );
    last.current = { nodes, grid };
    return grid;
  }, [nodes]);
}

/**
 * Level of detail for big maps: React Flow renders only the arguments near the view (its cost
 * grows with every node it holds, rendered or not), and nothing at all when zoomed out so far
 * that the canvas layer draws the map instead. Small maps pass through untouched.
 */
type Windowed = { nodes: ArgumentRfNode[]; edges: RelationRfEdge[]; lod: boolean };
export type Last = {
  rfNodes: ArgumentRfNode[];
  rfEdges: RelationRfEdge[];
  key: string;
  grid: SpatialGrid;
  keep: string | null;
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
  key: string,
  grid: SpatialGrid,
  keep: string | null,
): Windowed | null {
  if (
    !last ||
    last.rfEdges !== rfEdges ||
    last.key !== key ||
    last.grid !== grid ||
    last.keep !== keep ||
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

export function useWindowedNodes(
  rfNodes: ArgumentRfNode[],
  rfEdges: RelationRfEdge[],
  grid: SpatialGrid,
  keep: string | null,
): Windowed {
  const big = rfNodes.length > WINDOW_THRESHOLD;
  const key = useStore((s) => (big ? windowKey(s) : "all"));
  const api = useStoreApi();
  const last = useRef<Last | null>(null);
  return useMemo(() => {
    if (!big) return { nodes: rfNodes, edges: rfEdges, lod: false };
    const patched = patchWindow(last.current, rfNodes, rfEdges, key, grid, keep);
    if (patched) {
      last.current = { ...last.current!, rfNodes, out: patched };
      return patched;
    }
    // Read the view once per window change (the key), not on every frame.
    const inView = key === "lod" ? new Set<string>() : grid.query(windowRect(api.getState()));
    if (keep) inView.add(keep);
    // Nodes being dragged stay, whatever the window.
    for (const n of rfNodes) if (n.dragging || n.selected) inView.add(n.id);
    const nodes = rfNodes.filter((n) => inView.has(n.id));
    const edges = rfEdges.filter((e) => inView.has(e.source) && inView.has(e.target));
    const out = { nodes, edges, lod: key === "lod" };
    last.current = { rfNodes, rfEdges, key, grid, keep, inView, out };
    return out;
  }, [big, key, rfNodes, rfEdges, grid, keep, api]);
}
