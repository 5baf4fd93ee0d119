"use client";
import type { ReactFlowInstance } from "@xyflow/react";
import { estimateSize } from "@/lib/domain/layout";
import type { NodeDto } from "@/lib/domain/schemas";
import { WINDOW_THRESHOLD } from "./use-windowed-nodes";

type Fit = { padding: number; duration?: number };

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
    void rf.fitView({
      padding: o.padding,
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
