"use client";
import { useStore, useStoreApi, type OnMove, type ReactFlowInstance } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, type RefObject } from "react";
import { estimateSize } from "@/lib/domain/layout";
import type { SpatialGrid } from "@/lib/domain/spatial-grid";
import {
  leastZoom,
  type SemanticView,
  steadyViewport,
  zoomAnchor,
  zoomBucket,
  type Point,
  type Tree,
  type Viewport,
} from "@/lib/domain/semantic-zoom";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { mapBox } from "@/lib/client/editor/map-box";
import { nodeMap } from "@/lib/client/editor/node-map";
import { semanticStore } from "@/lib/client/editor/semantic-store";
import { shownGridOf } from "@/lib/client/editor/shown-grid";

/** The wheel's zoom step, as React Flow reads it (a trackpad pinch on a Mac comes as a Ctrl+wheel, ten times finer). */
function wheelDelta(e: WheelEvent): number {
  const mac = typeof navigator !== "undefined" && /Mac/.test(navigator.platform || navigator.userAgent);
  const factor = e.ctrlKey && mac ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * factor;
}

const transformOf = (t: readonly [number, number, number]): Viewport => ({ x: t[0], y: t[1], zoom: t[2] });

/**
 * Zoom that keeps its place across the semantic zoom's buckets. Zoomed out, the short cards spread
 * the first columns by an amount that changes with the bucket, so a plain zoom that crosses a
 * bucket would leave the pointer (or the view's centre) over empty canvas: each such zoom moves
 * the view so what was under its anchor stays there (lib/domain/semantic-zoom: steadyViewport).
 * The wheel and the +/- buttons zoom here; a gesture React Flow runs itself (a pinch on a touch
 * screen, a double click) is put right where it ends.
 */
export function useSteadyZoom(
  rf: ReactFlowInstance,
  tree: Tree,
  canvas: RefObject<HTMLDivElement | null>,
): { zoomBy: (factor: number, anchor?: Point) => void; onMoveStart: OnMove; onMoveEnd: OnMove } {
  const api = useStoreApi();
  const store = useEditorStore();
  const treeRef = useRef(tree);
  treeRef.current = tree;

  /** `next` moved so the zoom from `from` keeps what was under `anchor`. */
  const steady = useCallback(
    (from: Viewport, next: Viewport, anchor: Point): Viewport => {
      const viewAt = semanticStore.getState().viewAt;
      const b0 = zoomBucket(from.zoom),
        b1 = zoomBucket(next.zoom);
      if (b0 === b1 || !viewAt) return next;
      const nodes = nodeMap(store.getState().nodes);
      const sizeOf = (id: string) => estimateSize(nodes.get(id)!);
      return steadyViewport(next, anchor, viewAt(b0), viewAt(b1), nodes, treeRef.current, sizeOf);
    },
    [store],
  );

  const zoomTo = useCallback(
    (zoom: number, anchor: Point) => {
      const s = api.getState();
      const from = transformOf(s.transform);
      // A view already past a limit (a fit lands where it must) never jumps back to it.
      const k = Math.max(Math.min(s.minZoom, from.zoom), Math.min(Math.max(s.maxZoom, from.zoom), zoom));
      if (k === from.zoom) return;
      const next = {
        x: anchor.x - ((anchor.x - from.x) / from.zoom) * k,
        y: anchor.y - ((anchor.y - from.y) / from.zoom) * k,
        zoom: k,
      };
      void rf.setViewport(steady(from, next, anchor));
    },
    [api, rf, steady],
  );

  const zoomBy = useCallback(
    (factor: number, anchor?: Point) => {
      const s = api.getState();
      zoomTo(s.transform[2] * factor, anchor ?? { x: s.width / 2, y: s.height / 2 });
    },
    [api, zoomTo],
  );

  // The wheel (and a trackpad's pinch) zooms here, not in d3-zoom: d3 keeps the map point under
  // the pointer for the whole wheel gesture and would undo the move on the next notch.
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      const pane = target?.closest<HTMLElement>(".react-flow__renderer");
      if (!pane || target?.closest(".nowheel")) return;
      e.preventDefault();
      e.stopPropagation();
      const box = pane.getBoundingClientRect();
      zoomTo(api.getState().transform[2] * 2 ** wheelDelta(e), { x: e.clientX - box.left, y: e.clientY - box.top });
    };
    el.addEventListener("wheel", onWheel, { capture: true, passive: false });
    return () => el.removeEventListener("wheel", onWheel, { capture: true });
  }, [canvas, api, zoomTo]);

  const start = useRef<Viewport | null>(null);
  const onMoveStart = useCallback<OnMove>((event, vp) => {
    // Our own moves (and fitting the map) come without an event: they are placed already.
    start.current = event ? vp : null;
  }, []);
  const onMoveEnd = useCallback<OnMove>(
    (event, vp) => {
      const from = start.current;
      start.current = null;
      if (!event || !from || zoomBucket(from.zoom) === zoomBucket(vp.zoom)) return;
      const s = api.getState();
      const anchor = zoomAnchor(from, vp, { width: s.width, height: s.height });
      const next = steady(from, vp, anchor);
      if (next.x !== vp.x || next.y !== vp.y) void rf.setViewport(next);
    },
    [api, rf, steady],
  );

  return { zoomBy, onMoveStart, onMoveEnd };
}

/**
 * A big map is windowed by where its cards are drawn: zoomed out, the overview moves cards far from
 * their arguments (spread columns, slides), so windowing by the arguments' positions could miss one
 * on screen. The detail view draws cards at their arguments: the positions' grid serves.
 */
export function useShownGrid(view: SemanticView, grid: SpatialGrid): SpatialGrid {
  const store = useEditorStore();
  return useMemo(() => shownGridOf(view, grid, store.getState().nodes), [view, grid, store]);
}

/**
 * How far this map zooms out: far enough for See whole map to show all of it in this canvas
 * (lib/domain/semantic-zoom: leastZoom). Read again when arguments move or the canvas resizes.
 */
export function useLeastZoom(grid: unknown): number {
  const store = useEditorStore();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  return useMemo(() => {
    void grid; // the positions stamp
    const box = mapBox(store.getState().nodes) ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    return leastZoom(box, { width, height });
  }, [grid, width, height, store]);
}
