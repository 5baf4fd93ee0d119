"use client";
import { useStoreApi } from "@xyflow/react";
import { startTransition, useEffect, useState } from "react";
import { estimateSize } from "@/lib/domain/layout";
import type { NodeDto } from "@/lib/domain/schemas";
import { whenLeftAlone } from "@/lib/client/when-left-alone";
import { useEditor, useEditorStore } from "./editor-context";
import { viewOf, WINDOW_THRESHOLD, type Grown } from "./use-windowed-nodes";
import { rowsInOrder } from "./rows-in-order";

/**
 * Cards added per step. Each step is one render and commit of these cards and React Flow's measure
 * of them, so input that comes meanwhile waits for a few cards, never for the whole map.
 */
export const GROWTH_STEP = 8;
/** The first step waits this long after the map appeared, as the deferred panels do. */
const FIRST_STEP_AFTER_MS = 3_000;
const NONE: ReadonlySet<string> = new Set();

/** The `count` arguments nearest `centre` (by their centres) that `skip` does not rule out, nearest first. */
export function nearestFirst(
  nodes: readonly NodeDto[],
  centre: { x: number; y: number },
  skip: (id: string) => boolean,
  count: number,
): string[] {
  const far = (n: NodeDto) => {
    const size = estimateSize(n);
    return Math.hypot(n.position.x + size.width / 2 - centre.x, n.position.y + size.height / 2 - centre.y);
  };
  return nodes
    .filter((n) => !skip(n.id))
    .map((n) => ({ id: n.id, d: far(n) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((n) => n.id);
}

/**
 * A small map opens with only the cards around its first view: React Flow's cost is per card it
 * holds, and a 100-argument map drew 100 cards to show 8 (bench/open-trace.md, session 10). Once the
 * page is left alone (whenLeftAlone), the rest are added a few at a time, nearest the view first,
 * until React Flow holds every card: then the map is whole, as a small map should be for the
 * browser's find, a screen reader's browse and the tab order. A pan or zoom before that is served
 * by the window (use-windowed-nodes), as on a big map. Big maps stay windowed and never grow.
 */
export function useGrowth(opened: boolean): Grown {
  const store = useEditorStore();
  const rf = useStoreApi();
  const small = useEditor((s) => s.order.length <= WINDOW_THRESHOLD);
  const [grown, setGrown] = useState<Grown>(NONE);
  useEffect(() => {
    if (!opened || !small || grown === "all") return;
    // A map whose window already holds every card (a few arguments) is whole from the start.
    if (grown.size === 0) {
      const { nodeLookup } = rf.getState();
      if (store.getState().order.every((id) => nodeLookup.has(id))) return setGrown("all");
    }
    return whenLeftAlone(
      () => {
        const s = store.getState();
        const state = rf.getState();
        const v = viewOf(state);
        const centre = { x: (v.x0 + v.x1) / 2, y: (v.y0 + v.y1) / 2 };
        const { nodeLookup } = state;
        const nodes = rowsInOrder(s.nodes, s.order);
        const next = nearestFirst(nodes, centre, (id) => nodeLookup.has(id) || grown.has(id), GROWTH_STEP);
        // A transition: React renders the step in slices and puts input first.
        startTransition(() => setGrown(next.length ? new Set([...grown, ...next]) : "all"));
      },
      grown.size === 0 ? FIRST_STEP_AFTER_MS : 0,
    );
  }, [opened, small, grown, store, rf]);
  return grown;
}
