"use client";
import { useEffect, useRef } from "react";
import { decodeLevel, levelsRequest, transferOf, type EncodedLevel } from "@/lib/domain/semantic-levels";
import { warmOrder, type SemanticView } from "@/lib/domain/semantic-zoom";
import type { EdgeDto, NodeDto } from "@/lib/domain/schemas";
import type { SpatialGrid } from "@/lib/domain/spatial-grid";
import { shownGridOf } from "./shown-grid";

/** How long after the map (re)opens, or its shape changes, before its levels are asked for. */
export const AFTER_MS = 3_000;
/** The page's part (asking, decoding a level, gridding it) waits for this long without input. */
export const QUIET_MS = 1_000;
const INPUTS = ["pointerdown", "pointermove", "keydown", "wheel"] as const;

export type LevelsAhead = {
  /** The deepest bucket this map zooms out to; below 1, none is computed ahead (a small map). */
  deepest: number;
  nodes: () => Record<string, NodeDto>;
  edges: Record<string, EdgeDto>;
  collapsed: ReadonlySet<string>;
  opened: ReadonlySet<string>;
  /** The positions' grid the levels' own grids are made for. */
  grid: SpatialGrid;
  /** Each level as it is decoded (for the shape the job started with): true if it was kept. */
  offer: (view: SemanticView) => boolean;
};

type Job = LevelsAhead & {
  /** The bucket on screen when the levels are asked for: the nearest come first. */
  bucket: () => number;
  makeWorker: () => Worker;
  /** Where input is heard (the window). */
  input: EventTarget;
};

/**
 * Ask a worker for every overview level of the map, and take them in: each step on the page
 * (building the request, decoding a level, gridding it) runs alone, only after QUIET_MS without
 * input. Returns the stop (the worker ends, nothing more runs).
 */
export function startLevelsAhead(job: Job): () => void {
  let worker: Worker | null = null;
  let last = performance.now();
  const touch = () => void (last = performance.now());
  for (const e of INPUTS) job.input.addEventListener(e, touch, { capture: true, passive: true });
  // What is left to do on the page, in order: ask, then decode or grid each level as it comes.
  const steps: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    const wait = last + QUIET_MS - performance.now();
    if (wait > 0) return void (timer = setTimeout(run, wait));
    try {
      steps.shift()?.();
    } finally {
      // A step that failed (a level that would not decode) leaves the rest to be done.
      if (steps.length) timer = setTimeout(run, 16);
    }
  };
  const later = (step: () => void) => {
    steps.push(step);
    if (timer === undefined) timer = setTimeout(run, 0);
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const ask = () => {
    const { nodes, edges, collapsed, opened, grid, offer } = job;
    const req = levelsRequest(nodes(), edges, collapsed, opened, warmOrder(job.bucket(), job.deepest));
    let left = req.buckets.length;
    if (!left) return;
    try {
      worker = job.makeWorker();
    } catch {
      return; // refused (a policy, a sandbox): levels are computed when needed
    }
    worker.onmessage = (e: MessageEvent<EncodedLevel>) => {
      if (--left === 0) stop();
      later(() => {
        const view = decodeLevel(e.data, req.ids);
        if (offer(view)) later(() => shownGridOf(view, grid, nodes()));
      });
    };
    worker.onerror = stop;
    worker.postMessage(req, transferOf(req));
  };
  const first = setTimeout(() => later(ask), AFTER_MS);
  return () => {
    clearTimeout(first);
    clearTimeout(timer);
    steps.length = 0;
    stop();
    for (const e of INPUTS) job.input.removeEventListener(e, touch, { capture: true });
  };
}

const levelsWorker = () => new Worker(new URL("./levels-worker.ts", import.meta.url), { type: "module" });

/**
 * A big map's overview levels, computed in a Web Worker after it opens (and again after its
 * shape or folds change): at 20,000 arguments each level took 40–200 ms of the main thread in the
 * frame the wheel first crossed into it (bench: the frame rate while zooming through the levels).
 * The page's own part runs a step at a time after a second without input (startLevelsAhead), so
 * panning, dragging or typing never meets it. Without workers, or if the worker fails, a level is
 * computed when first needed, as before.
 */
export function useLevelsAhead({
  bucket,
  deepest,
  nodes,
  edges,
  collapsed,
  opened,
  grid,
  offer,
}: LevelsAhead & { bucket: number }): void {
  // The bucket when the levels are asked for orders them; a zoom alone does not ask again.
  const now = useRef(bucket);
  now.current = bucket;
  useEffect(() => {
    if (deepest < 1 || typeof Worker === "undefined") return;
    const job = { deepest, nodes, edges, collapsed, opened, grid, offer };
    return startLevelsAhead({ ...job, bucket: () => now.current, makeWorker: levelsWorker, input: window });
  }, [deepest, nodes, edges, collapsed, opened, grid, offer]);
}
