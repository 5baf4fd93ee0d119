// Web Worker entry: paints the map onto an OffscreenCanvas and encodes the PNG, so the page stays
// responsive while a 20-megapixel image is drawn and compressed (seconds on a slow machine).
import { paintMap } from "@/lib/domain/map-paint";
import type { MapSvgEdge, MapSvgNode } from "@/lib/domain/map-svg";

export type MapPngRequest = { nodes: MapSvgNode[]; edges: MapSvgEdge[]; width: number; height: number; scale: number };
/** The PNG, or why not; with how long painting and encoding took (ms), for the bench. */
export type MapPngResponse =
  { ok: true; png: Blob; paintMs: number; encodeMs: number } | { ok: false; error: string; unsupported?: boolean };

self.onmessage = async (e: MessageEvent<MapPngRequest>) => {
  const post = (r: MapPngResponse) => (self as unknown as Worker).postMessage(r);
  const { nodes, edges, width, height, scale } = e.data;
  if (typeof OffscreenCanvas === "undefined")
    return post({ ok: false, error: "no OffscreenCanvas", unsupported: true });
  try {
    const t0 = performance.now();
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext("2d");
    if (!ctx) return post({ ok: false, error: "no 2D context in a worker", unsupported: true });
    paintMap(ctx, nodes, edges, scale, (d) => new Path2D(d));
    const t1 = performance.now();
    const png = await canvas.convertToBlob({ type: "image/png" });
    post({ ok: true, png, paintMs: t1 - t0, encodeMs: performance.now() - t1 });
  } catch (err) {
    post({ ok: false, error: err instanceof Error ? err.message : "the browser could not draw the image" });
  }
};
