"use client";
import { getNodesBounds, getViewportForBounds, type Node, type ReactFlowInstance, type Rect } from "@xyflow/react";

/** The longest side of an exported image, in pixels: big maps are scaled down to fit it. */
export const MAX_IMAGE_PX = 8_000;
/** White space around the map, in map units. */
export const IMAGE_PADDING = 40;

export type ImageGeometry = { width: number; height: number; zoom: number; x: number; y: number; pixelRatio: number };

/**
 * The size of an image holding the whole map (every shown node, not only the viewport) and the
 * viewport transform that draws it there: 1 map unit = 1 CSS pixel unless that would pass
 * MAX_IMAGE_PX, and a PNG gets up to 2 device pixels per CSS pixel within the same cap.
 */
export function imageGeometry(bounds: Rect, raster: boolean): ImageGeometry {
  const fullW = bounds.width + 2 * IMAGE_PADDING;
  const fullH = bounds.height + 2 * IMAGE_PADDING;
  const zoom = Math.min(1, MAX_IMAGE_PX / Math.max(fullW, fullH));
  const width = Math.max(1, Math.round(fullW * zoom));
  const height = Math.max(1, Math.round(fullH * zoom));
  const vp = getViewportForBounds(bounds, width, height, zoom, zoom, `${Math.round(IMAGE_PADDING * zoom)}px`);
  const pixelRatio = raster ? Math.max(0.01, Math.min(2, MAX_IMAGE_PX / Math.max(width, height))) : 1;
  return { width, height, zoom: vp.zoom, x: vp.x, y: vp.y, pixelRatio };
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

// Handles and the resize/selection chrome are for editing, not for a picture of the map.
const leaveOut = (el: HTMLElement) => !el.classList?.contains("react-flow__handle");

/**
 * Render the whole map as a PNG or SVG with html-to-image (loaded on first use). It draws the
 * `.react-flow__viewport` element with a transform that frames all nodes, on white. Everything is
 * inlined into a data: URL image, which the CSP allows (img-src 'self' blob: data:), and no web
 * font is fetched (the app uses system fonts).
 */
export async function renderMapImage(rf: ReactFlowInstance, kind: "png" | "svg"): Promise<Blob> {
  const { toBlob, toSvg } = await import("html-to-image");
  const viewportEl = document.querySelector<HTMLElement>(".canvas .react-flow__viewport");
  const nodes = rf.getNodes().filter((n: Node) => !n.hidden);
  if (!viewportEl || nodes.length === 0) throw new Error("the map is empty");

  // Big maps render only what is on screen (onlyRenderVisibleElements): fit everything first.
  const saved = rf.getViewport();
  const virtualized = viewportEl.querySelectorAll(".react-flow__node").length < nodes.length;
  if (virtualized) {
    await rf.fitView({ padding: 0, duration: 0 });
    await nextFrame();
    await nextFrame();
  }
  try {
    const g = imageGeometry(getNodesBounds(nodes), kind === "png");
    const options = {
      backgroundColor: "#ffffff",
      width: g.width,
      height: g.height,
      pixelRatio: g.pixelRatio,
      skipFonts: true,
      filter: leaveOut,
      style: {
        width: `${g.width}px`,
        height: `${g.height}px`,
        transform: `translate(${g.x}px, ${g.y}px) scale(${g.zoom})`,
      },
    };
    if (kind === "png") {
      const blob = await toBlob(viewportEl, options);
      if (!blob) throw new Error("the browser could not draw the image");
      return blob;
    }
    const url = await toSvg(viewportEl, options);
    return new Blob([decodeURIComponent(url.slice(url.indexOf(",") + 1))], { type: "image/svg+xml" });
  } finally {
    if (virtualized) await rf.setViewport(saved, { duration: 0 });
  }
}
