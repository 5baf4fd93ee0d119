"use client";
import { useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { semanticStore } from "@/lib/client/editor/semantic-store";
import { warmOrder, zoomBucket } from "@/lib/domain/semantic-zoom";
import type { SpatialGrid } from "@/lib/domain/spatial-grid";
import { shownGridOf } from "@/lib/client/editor/shown-grid";

/** Quiet this long (no move of the view, no pointer, key or wheel) before a level is computed. */
const QUIET_MS = 1_000;

/**
 * A big map's overview levels, computed ahead on the page while the map is idle: at 20,000
 * arguments a level takes 10–200 ms to compute and grid, which the first wheel notch into it would
 * otherwise wait for (bench: the frame rate while zooming through the levels). The levels worker
 * (use-levels-ahead) normally has them ready first; this is what is left when it has not (no
 * workers, a level not sent yet): only once the person has zoomed, one level per idle moment, the
 * nearest first, and only after a second without input, so that panning or typing never meets it.
 */
export function useWarmLevels(big: boolean, grid: SpatialGrid, bucket: number, minZoom: number): void {
  const api = useStoreApi();
  const store = useEditorStore();
  // Kept across levels: whether the person has zoomed since the map opened.
  const zoomed = useRef({ yes: false });
  useEffect(() => {
    if (!big) return;
    const z = zoomed.current;
    let last = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    let running = false;
    const todo = warmOrder(bucket, zoomBucket(minZoom));
    const next = () => {
      running = true;
      timer = setTimeout(() => {
        if (performance.now() - last < QUIET_MS) return next();
        const run = () => {
          const viewAt = semanticStore.getState().viewAt;
          const b = todo.shift();
          if (!viewAt || b === undefined) return void (running = false);
          if (performance.now() - last >= QUIET_MS) shownGridOf(viewAt(b), grid, store.getState().nodes);
          else todo.unshift(b);
          next();
        };
        if (typeof requestIdleCallback === "function") idle = requestIdleCallback(run, { timeout: 2_000 });
        else run();
      }, 250);
    };
    let input = -Infinity;
    const touch = () => void (last = input = performance.now());
    const offView = api.subscribe((s, prev) => {
      if (s.transform === prev.transform) return;
      last = performance.now();
      // A zoom the person made (within a second of their input), not the map framing itself on open.
      if (!z.yes && s.transform[2] !== prev.transform[2] && last - input < 1_000) z.yes = true;
      if (z.yes && !running) next();
    });
    const events = ["pointerdown", "keydown", "wheel"] as const;
    for (const e of events) window.addEventListener(e, touch, { capture: true, passive: true });
    if (z.yes) next();
    return () => {
      offView();
      for (const e of events) window.removeEventListener(e, touch, { capture: true });
      clearTimeout(timer);
      if (idle !== undefined && typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
    };
  }, [big, grid, bucket, minZoom, api, store]);
}
