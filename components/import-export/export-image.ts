"use client";
import type { ReactFlowInstance } from "@xyflow/react";
import type { EditorState } from "@/lib/client/editor/editor-store";
import { passes, type MapFilter } from "@/lib/client/editor/map-view";
import { evaluationOf } from "@/lib/client/editor/use-evaluation";
import { shortCiteOf } from "@/lib/domain/cite";
import { estimateSize } from "@/lib/domain/layout";
import { paintMap } from "@/lib/domain/map-paint";
import { mapToSvg, pngScale, svgBounds, type MapSvgEdge, type MapSvgNode } from "@/lib/domain/map-svg";
import type { MapPngRequest, MapPngResponse } from "./map-png-worker";

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

/** The PNG's size: the map's bounds (padding included) at pngScale pixels per map unit. */
export function pngSize(nodes: readonly MapSvgNode[]): { width: number; height: number; scale: number } {
  const b = svgBounds(nodes);
  const w = Math.max(1, Math.ceil(b.width));
  const h = Math.max(1, Math.ceil(b.height));
  const scale = pngScale(w, h);
  return { width: Math.max(1, Math.round(w * scale)), height: Math.max(1, Math.round(h * scale)), scale };
}

/**
 * The map as a PNG: the same shapes as the SVG (lib/domain/map-svg's scene) painted with Canvas 2D
 * calls at pngScale pixels per map unit, on white. Painted and encoded in a worker on an
 * OffscreenCanvas, so the page is not frozen for the seconds a big map's PNG takes; on this thread
 * where the browser has no OffscreenCanvas. No SVG is decoded: that and rasterising it again were
 * most of the time (3.6 s for the demo under load).
 */
export async function renderMapPng(input: { nodes: MapSvgNode[]; edges: MapSvgEdge[] }): Promise<Blob> {
  if (input.nodes.length === 0) throw new Error("the map is empty");
  const size = pngSize(input.nodes);
  if (canPaintInWorker()) {
    const r = await inWorker({ ...input, ...size });
    if (r.ok) return r.png;
    if (!r.unsupported) throw new Error(r.error);
  }
  return onThisThread(input, size);
}

const canPaintInWorker = () => typeof Worker !== "undefined" && typeof OffscreenCanvas !== "undefined";
const startWorker = () => new Worker(new URL("./map-png-worker.ts", import.meta.url), { type: "module" });

/** A worker started before it is needed, so an export does not wait for one to load (100s of ms on a busy machine). */
let spare: Worker | null = null;

/** Start the PNG worker ahead of need: the Export menu calls this when it opens. */
export function warmPngWorker(): void {
  if (spare || !canPaintInWorker()) return;
  const w = startWorker();
  // One that fails before it is used is dropped: the export then starts its own (and falls back).
  w.onerror = (e) => {
    e.preventDefault();
    w.terminate();
    if (spare === w) spare = null;
  };
  spare = w;
}

function inWorker(req: MapPngRequest): Promise<MapPngResponse> {
  const worker = spare ?? startWorker();
  spare = null;
  return new Promise((resolve) => {
    worker.onmessage = (e: MessageEvent<MapPngResponse>) => {
      worker.terminate();
      resolve(e.data);
    };
    // A worker that cannot start (a blocked script, an old browser): paint on this thread instead.
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve({ ok: false, error: e.message || "the image worker failed", unsupported: true });
    };
    worker.postMessage(req);
  });
}

async function onThisThread(
  input: { nodes: MapSvgNode[]; edges: MapSvgEdge[] },
  size: { width: number; height: number; scale: number },
): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("the browser could not draw the image");
  paintMap(ctx, input.nodes, input.edges, size.scale, (d) => new Path2D(d));
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!png) throw new Error("the browser could not draw the image");
  return png;
}
