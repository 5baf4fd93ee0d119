"use client";
import type { ReactFlowInstance } from "@xyflow/react";
import { estimateSize } from "@/lib/domain/layout";
import type { NodeDto } from "@/lib/domain/schemas";
import { fitViewport } from "@/lib/domain/semantic-zoom";

type Fit = { padding: number; duration?: number };

/**
 * Frame these arguments, from the stored positions (a big map hands React Flow only the arguments
 * near the view, and zoomed out the semantic view hides some: React Flow's own fitView would frame
 * just what it holds), with room for the short cards of the zoom it lands on.
 */
export function fitArguments(rf: Pick<ReactFlowInstance, "setViewport">, nodes: readonly NodeDto[], o: Fit): void {
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
  const view = { width: el.clientWidth, height: el.clientHeight };
  void rf.setViewport(fitViewport({ x0, y0, x1, y1 }, view, o.padding), { duration: o.duration ?? 300 });
}

/** Frame the whole map (the F key, the Fit button, after auto-layout). */
export function fitMap(
  rf: Pick<ReactFlowInstance, "setViewport">,
  s: { order: string[]; nodes: Record<string, NodeDto> },
): void {
  fitArguments(
    rf,
    s.order.flatMap((id) => (s.nodes[id] ? [s.nodes[id]] : [])),
    { padding: 0.08 },
  );
}
