"use client";
import type { ReactFlowInstance } from "@xyflow/react";
import { estimateSize } from "@/lib/domain/layout";
import type { NodeDto } from "@/lib/domain/schemas";
import { controlInsets, type Insets } from "@/lib/domain/view-insets";
import { WINDOW_THRESHOLD } from "./use-windowed-nodes";

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
 * Frame these arguments. A big map hands React Flow only the arguments near the view, so its own
 * fitView would frame just those: above the windowing threshold the bounds come from the store.
 */
export function fitArguments(
  rf: Pick<ReactFlowInstance, "fitView" | "fitBounds">,
  nodes: readonly NodeDto[],
  o: Fit,
): void {
  const duration = o.duration ?? 300;
  if (nodes.length <= WINDOW_THRESHOLD) {
    const insets = canvasInsets(o.padding);
    void rf.fitView({
      padding: insets
        ? {
            top: `${insets.top}px`,
            right: `${insets.right}px`,
            bottom: `${insets.bottom}px`,
            left: `${insets.left}px`,
          }
        : o.padding,
      maxZoom: 1,
      duration,
      ...(nodes.length ? { nodes: nodes.map((n) => ({ id: n.id })) } : {}),
    });
    return;
  }
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
  void rf.fitBounds({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, { padding: o.padding, duration });
}

/** Frame the whole map (the F key, the Fit button, after auto-layout). */
export function fitMap(
  rf: Pick<ReactFlowInstance, "fitView" | "fitBounds">,
  s: { order: string[]; nodes: Record<string, NodeDto> },
): void {
  fitArguments(
    rf,
    s.order.flatMap((id) => (s.nodes[id] ? [s.nodes[id]] : [])),
    { padding: 0.08 },
  );
}
