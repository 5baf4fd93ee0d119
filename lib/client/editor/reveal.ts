"use client";
import type { ReactFlowInstance } from "@xyflow/react";
import { NODE_WIDTH } from "@/lib/domain/layout";
import { DETAIL_ZOOM } from "@/lib/domain/semantic-zoom";

const MARGIN = 60;

/**
 * Bring the argument at `position` (its top left, in map units) into the canvas's view: the view
 * centres on it, at the same zoom, when its head lies outside the canvas or within 60 px of an
 * edge (under the inspector beside it, say). Zoomed out below the detail view, it zooms in on it:
 * in a cluster of short cards the argument reached would be one bar among many.
 */
export function revealArgument(rf: ReactFlowInstance, position: { x: number; y: number }): void {
  const el = document.querySelector(".canvas");
  if (!el) return;
  const x = position.x + NODE_WIDTH / 2;
  const y = position.y + 40;
  const zoom = rf.getZoom();
  if (zoom < DETAIL_ZOOM) {
    void rf.setCenter(x, y, { zoom: DETAIL_ZOOM, duration: 200 });
    return;
  }
  const r = el.getBoundingClientRect();
  const p = rf.flowToScreenPosition({ x, y });
  if (p.x < r.left + MARGIN || p.x > r.right - MARGIN || p.y < r.top + MARGIN || p.y > r.bottom - MARGIN)
    void rf.setCenter(x, y, { zoom, duration: 200 });
}
