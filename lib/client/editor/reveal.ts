"use client";
import type { ReactFlowInstance } from "@xyflow/react";
import { NODE_WIDTH } from "@/lib/domain/layout";
import { DETAIL_ZOOM } from "@/lib/domain/semantic-zoom";

const MARGIN = 60;

/**
 * Bring the argument at `position` (its top left, in map units) into the canvas's view: the view
 * centres on it, at the same zoom, when its head lies outside the canvas, within 60 px of an edge
 * or under the panel where that opens over the canvas (a narrow window) and leaves room for it
 * beside. Zoomed out below the detail view, it zooms in on it: in a cluster of short cards it
 * would be one bar among many. With `whole`, a card whose sides are not both in view moves too
 * (a panel that opened beside the map cut its right half while its head was still in view).
 */
export function revealArgument(
  rf: ReactFlowInstance,
  position: { x: number; y: number },
  { whole = false }: { whole?: boolean } = {},
): void {
  const el = document.querySelector(".canvas");
  if (!el) return;
  const x = position.x + NODE_WIDTH / 2;
  const y = position.y + 40;
  const zoom = rf.getZoom();
  // A narrowed canvas (whole) keeps the person's zoom: only the selection's place changes.
  if (zoom < DETAIL_ZOOM && !whole) {
    void rf.setCenter(x, y, { zoom: DETAIL_ZOOM, duration: 200 });
    return;
  }
  const r = el.getBoundingClientRect();
  // On a narrow window the panel opens over the canvas's right side (globals.css): not in view.
  // On a phone it leaves a strip too narrow for a card: centred under it, the card is in the
  // middle when the panel closes (centred in the strip, it was half off the canvas's left edge).
  const over = document.querySelector(".editor-body > .inspector");
  const edge = over && getComputedStyle(over).position === "absolute" ? over.getBoundingClientRect().left : r.right;
  const right = edge - r.left >= NODE_WIDTH * zoom + MARGIN ? edge : r.right;
  const p = rf.flowToScreenPosition({ x, y });
  // Zoomed out, cards are drawn at a fixed size on screen (semantic zoom): their head is enough.
  const sides = whole && zoom >= DETAIL_ZOOM;
  const half = sides ? (NODE_WIDTH * zoom) / 2 : 0;
  const margin = sides ? MARGIN / 3 : MARGIN;
  if (p.x - half < r.left + margin || p.x + half > right - margin || p.y < r.top + MARGIN || p.y > r.bottom - MARGIN)
    // Centred in the part of the canvas left in view: the view's centre is that far right of it.
    void rf.setCenter(x + (r.right - right) / 2 / zoom, y, { zoom, duration: 200 });
}
