"use client";
import type { ReactFlowInstance } from "@xyflow/react";
import { estimateSize } from "@/lib/domain/layout";
import type { NodeDto } from "@/lib/domain/schemas";
import { fitViewport, shownBounds, type Bounds } from "@/lib/domain/semantic-zoom";
import { semanticStore } from "./semantic-store";
import { controlInsets, type Insets } from "@/lib/domain/view-insets";
import { rowsInOrder } from "./rows-in-order";
import { nodeMap } from "./node-map";

type Fit = { padding: number; duration?: number };

// What floats over the canvas, docked to its edges: framing the map leaves them room.
const CONTROLS = ".react-flow__minimap, .react-flow__controls, .whole-map-panel";

/**
 * Per-side padding, in screen pixels, that keeps the canvas's docked controls (minimap, zoom
 * buttons, "See whole map") clear of the framed arguments, and at least `fraction` of the view.
 */
export function canvasInsets(fraction: number): Insets | null {
  const canvas = typeof document === "undefined" ? null : document.querySelector<HTMLElement>(".canvas");
  if (!canvas || canvas.clientWidth === 0) return null;
  const box = canvas.getBoundingClientRect();
  const controls = [...canvas.querySelectorAll<HTMLElement>(CONTROLS)].map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height };
  });
  const view = { width: box.width, height: box.height };
  const p = controlInsets(view, controls);
  const min = Math.round(fraction * Math.min(view.width, view.height));
  return {
    top: Math.max(p.top, min),
    right: Math.max(p.right, min),
    bottom: Math.max(p.bottom, min),
    left: Math.max(p.left, min),
  };
}

/**
 * Frame these arguments, from the stored positions (a big map hands React Flow only the arguments
 * near the view, and zoomed out the semantic view hides some: React Flow's own fitView would frame
 * just what it holds), with room for the short cards of the zoom it lands on, inside the part of
 * the canvas the docked controls leave free.
 */
export function fitArguments(
  rf: Pick<ReactFlowInstance, "setViewport">,
  nodes: readonly NodeDto[],
  o: Fit,
  shownAt?: (bucket: number) => Bounds | null,
): void {
  const el = document.querySelector(".canvas");
  if (!el || !nodes.length) return;
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const n of nodes) {
    const s = estimateSize(n);
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + s.width);
    y1 = Math.max(y1, n.position.y + s.height);
  }
  const insets = canvasInsets(o.padding);
  const duration = o.duration ?? 300;
  if (!insets) {
    const view = { width: el.clientWidth, height: el.clientHeight };
    void rf.setViewport(fitViewport({ x0, y0, x1, y1 }, view, o.padding, 1, shownAt), { duration });
    return;
  }
  const free = {
    width: Math.max(1, el.clientWidth - insets.left - insets.right),
    height: Math.max(1, el.clientHeight - insets.top - insets.bottom),
  };
  const vp = fitViewport({ x0, y0, x1, y1 }, free, 0, 1, shownAt);
  void rf.setViewport({ x: vp.x + insets.left, y: vp.y + insets.top, zoom: vp.zoom }, { duration });
}

/** Frame the whole map (the F key, the Fit button, after auto-layout). */
export function fitMap(
  rf: Pick<ReactFlowInstance, "setViewport">,
  s: { order: string[]; nodes: Record<string, NodeDto> },
): void {
  const nodes = rowsInOrder(s.nodes, s.order);
  const viewAt = semanticStore.getState().viewAt;
  // Zoomed out, the whole map is what its cards cover (spread columns, slid cards, clusters); the
  // rows by id are the map the semantic view already built for these rows.
  const shownAt = viewAt ? (bucket: number) => shownBounds(viewAt(bucket), nodeMap(s.nodes)) : undefined;
  fitArguments(rf, nodes, { padding: 0.04 }, shownAt);
}
