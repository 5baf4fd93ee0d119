"use client";
import type { ReactFlowInstance } from "@xyflow/react";
import type { EditorState } from "@/lib/client/editor/editor-store";
import { passes, type MapFilter } from "@/lib/client/editor/map-view";
import { evaluationOf } from "@/lib/client/editor/use-evaluation";
import { shortCiteOf } from "@/lib/domain/cite";
import { estimateSize } from "@/lib/domain/layout";
import { mapToSvg, pngScale, svgBounds, type MapSvgEdge, type MapSvgNode } from "@/lib/domain/map-svg";

type Graph = Pick<EditorState, "nodes" | "order" | "edges">;

/**
 * What the image shows: every argument the filter lets through (not only those on screen or
 * windowed in), where it is, at the size React Flow measured (estimated for one never rendered),
 * with its computed status.
 */
export function mapImageInput(
  s: Graph,
  rf: Pick<ReactFlowInstance, "getInternalNode">,
  filter: MapFilter,
): { nodes: MapSvgNode[]; edges: MapSvgEdge[] } {
  const evaluation = evaluationOf(s);
  const nodes: MapSvgNode[] = [];
  for (const id of s.order) {
    const n = s.nodes[id];
    if (!n) continue;
    const status = evaluation.get(id)?.status;
    if (!passes(filter, n, status)) continue;
    const measured = rf.getInternalNode(id)?.measured;
    const size = measured?.width && measured.height ? (measured as { width: number; height: number }) : estimateSize(n);
    nodes.push({
      id,
      title: n.title,
      kind: n.kind,
      side: n.side,
      speech: n.speech,
      status: status ?? null,
      cite: n.evidence ? shortCiteOf(n.evidence) : null,
      quote: n.evidence?.quote ?? null,
      x: n.position.x,
      y: n.position.y,
      width: size.width,
      height: size.height,
    });
  }
  const edges = Object.values(s.edges).map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    relation: e.relation,
  }));
  return { nodes, edges };
}

/** The whole map as a vector SVG (lib/domain/map-svg), drawn from the map's geometry. */
export function renderMapSvg(input: { nodes: MapSvgNode[]; edges: MapSvgEdge[] }, title: string): Blob {
  if (input.nodes.length === 0) throw new Error("the map is empty");
  return new Blob([mapToSvg(input.nodes, input.edges, { title })], { type: "image/svg+xml" });
}

/**
 * The same SVG rasterised by the browser: drawn as an image into a canvas at up to 2 device pixels
 * per map unit (pngScale: fewer for a big map), on white. No DOM is cloned, so the demo takes well under a
 * second where the old snapshot of the page took tens. A blob: image is allowed by the CSP
 * (img-src 'self' blob: data:) and, holding no foreignObject, does not taint the canvas.
 */
export async function renderMapPng(input: { nodes: MapSvgNode[]; edges: MapSvgEdge[] }, title: string): Promise<Blob> {
  const svg = renderMapSvg(input, title);
  const b = svgBounds(input.nodes);
  const w = Math.max(1, Math.ceil(b.width));
  const h = Math.max(1, Math.ceil(b.height));
  const scale = pngScale(w, h);
  const url = URL.createObjectURL(svg);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(w * scale));
    canvas.height = Math.max(1, Math.round(h * scale));
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("the browser could not draw the image");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!png) throw new Error("the browser could not draw the image");
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}
