"use client";
import { layoutGraph } from "@/lib/domain/layout";
import type { Position } from "@/lib/domain/schemas";
import { layoutBySpeech } from "@/lib/domain/speech-layout";
import { layoutCompact } from "@/lib/domain/compact-layout";
import type { LayoutRequest, LayoutResponse } from "./layout-worker";

/** Lay a map out in a Web Worker (falls back to this thread where workers are unavailable). */
export function runLayout(req: LayoutRequest): Promise<Map<string, Position>> {
  if (typeof Worker === "undefined") {
    const fn = req.mode === "speech" ? layoutBySpeech : req.mode === "compact" ? layoutCompact : layoutGraph;
    return Promise.resolve(fn(req.nodes, req.edges, new Map(req.sizes)));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
      worker.terminate();
      resolve(new Map(e.data.positions.map(([id, x, y]) => [id, { x, y }])));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || "layout failed"));
    };
    worker.postMessage(req);
  });
}
