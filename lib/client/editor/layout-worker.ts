// Web Worker entry: lays a map out off the main thread, so a 20,000-argument layout never
// freezes the page. Pure domain code; positions go back as a flat array.
import { layoutGraph, type Size } from "@/lib/domain/layout";
import type { EdgeDto, NodeDto } from "@/lib/domain/schemas";
import { layoutBySpeech } from "@/lib/domain/speech-layout";
import { layoutCompact } from "@/lib/domain/compact-layout";

export type LayoutRequest = {
  mode: "tree" | "speech" | "compact";
  nodes: Pick<NodeDto, "id" | "kind" | "side" | "speech" | "title" | "evidence">[];
  edges: Pick<EdgeDto, "source" | "target" | "relation">[];
  sizes: [string, Size][];
};
export type LayoutResponse = { positions: [string, number, number][] };

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { mode, nodes, edges, sizes } = e.data;
  const fn = mode === "speech" ? layoutBySpeech : mode === "compact" ? layoutCompact : layoutGraph;
  const pos = fn(nodes, edges, new Map(sizes));
  const positions: LayoutResponse["positions"] = [];
  for (const [id, p] of pos) positions.push([id, p.x, p.y]);
  (self as unknown as Worker).postMessage({ positions } satisfies LayoutResponse);
};
